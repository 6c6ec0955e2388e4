// SPDX-License-Identifier: Apache-2.0
#include "FlagsCommand.h"

#include "AppSettings.h"
#include "CommandLine.h"
#include "CurrentUser.h"
#include "HeadlessImport.h"
#include "Translations.h"

#include "core/AtomicFile.h"
#include "core/InputFile.h"
#include "flags/FlagCaseJson.h"
#include "flags/FlagEvaluator.h"
#include "flags/FlagsJson.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace sluice::app {

namespace {

// The command's texts, under one translation context that lupdate sees too.
struct FlagsText {
    Q_DECLARE_TR_FUNCTIONS(flags)
};

constexpr std::size_t kMaxFlagsBytes = 10 * engine::kMiB;

struct Options {
    QString action;
    QString file;  // import and export
    QString db;
    bool replace = false;
    QString state;  // eval
    QString toggle;
    QString context;
    QString cases;
};

QString usage()
{
    return FlagsText::tr("usage: sluice flags eval --state <flags.json> (--toggle <name> [--context <json>] | --cases "
                         "<cases.jsonl>)\n"
                         "       sluice flags import <file.json> [--db <file>] [--replace]\n"
                         "       sluice flags export <file.json> [--db <file>]");
}

int parse(const QCoreApplication& app, Options& o)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        FlagsText::tr("Evaluates, imports or exports feature flags in Unleash's client-features JSON, with Sluice's "
                      "additions, without a display.\n"
                      "An import is all or nothing: one bad flag and nothing changes.\n"
                      "Example: sluice flags eval --state flags.json --toggle checkout --context "
                      "'{\"userId\": \"42\"}'"));
    parser.addHelpOption();
    addLanguageOption(parser);
    parser.addPositionalArgument(QStringLiteral("flags"), FlagsText::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("eval|import|export"), FlagsText::tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("file"), FlagsText::tr("The JSON file to import or export."));
    const QCommandLineOption db(QStringLiteral("db"),
                                FlagsText::tr("Use the database <file> (default: the console's)."),
                                QStringLiteral("file"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     FlagsText::tr("Import: remove the flags and segments the file does not hold."));
    const QCommandLineOption state(QStringLiteral("state"), FlagsText::tr("Eval: the flags, as client-features JSON."),
                                   QStringLiteral("file"));
    const QCommandLineOption toggle(QStringLiteral("toggle"), FlagsText::tr("Eval: the toggle to evaluate."),
                                    QStringLiteral("name"));
    const QCommandLineOption context(
        QStringLiteral("context"),
        FlagsText::tr("Eval: the context as JSON (userId, sessionId, remoteAddress, environment, appName, "
                      "currentTime, properties)."),
        QStringLiteral("json"));
    const QCommandLineOption cases(QStringLiteral("cases"),
                                   FlagsText::tr("Eval: one {\"toggle\": ..., \"context\": {...}} per line; one "
                                                 "result per line."),
                                   QStringLiteral("file"));
    parser.addOptions({db, replace, state, toggle, context, cases});
    if (!parser.parse(app.arguments())) {
        return fail(kExitBadInput, parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return -1;
    }
    const QStringList args = parser.positionalArguments();
    const QString action = args.size() > 1 ? args[1] : QString();
    const bool eval = action == QLatin1String("eval") && args.size() == 2 && parser.isSet(state) &&
                      (parser.isSet(toggle) != parser.isSet(cases)) && !(parser.isSet(context) && parser.isSet(cases));
    const bool move = (action == QLatin1String("import") || action == QLatin1String("export")) && args.size() == 3 &&
                      !parser.isSet(state) && !parser.isSet(toggle) && !parser.isSet(cases) && !parser.isSet(context) &&
                      (action == QLatin1String("import") || !parser.isSet(replace));
    if (!eval && !move) {
        return fail(kExitBadInput, usage());
    }
    o.action = action;
    o.file = move ? args[2] : QString();
    o.db = parser.isSet(db) ? parser.value(db) : AppSettings().databasePath();
    o.replace = parser.isSet(replace);
    o.state = parser.value(state);
    o.toggle = parser.value(toggle);
    o.context = parser.value(context);
    o.cases = parser.value(cases);
    return kExitOk;
}

// Reads a client-features file; warnings (unknown strategies and operators) go to standard error.
std::optional<engine::flags::FlagSet> readFlagsFile(const QString& path, QString& error)
{
    std::string text;
    if (auto problem = engine::readInputFile(path.toStdString(), kMaxFlagsBytes, text, "flags file")) {
        error = QString::fromStdString(*problem);
        return std::nullopt;
    }
    engine::flags::FlagsRead read = engine::flags::readClientFeatures(text);
    if (!read.flags) {
        error = QStringLiteral("%1: %2").arg(path, QString::fromStdString(read.error));
        return std::nullopt;
    }
    for (const std::string& warning : read.warnings) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(escapedForTerminal(
                         FlagsText::tr("%1: warning: %2").arg(path, QString::fromStdString(warning)))));
    }
    return std::move(read.flags);
}

int runEval(const Options& o)
{
    QString error;
    const auto flags = readFlagsFile(o.state, error);
    if (!flags) {
        return fail(kExitBadInput, error);
    }
    std::vector<engine::flags::FlagCase> cases;
    if (o.cases.isEmpty()) {
        engine::flags::FlagCase one{o.toggle.toStdString(), {}};
        if (!o.context.isEmpty()) {
            std::string problem;
            auto context = engine::flags::readFlagContext(o.context.toStdString(), problem);
            if (!context) {
                return fail(kExitBadInput, FlagsText::tr("--context: %1").arg(QString::fromStdString(problem)));
            }
            one.context = std::move(*context);
        }
        cases.push_back(std::move(one));
    } else {
        std::string text;
        if (auto problem = engine::readInputFile(o.cases.toStdString(), kMaxFlagsBytes, text, "cases file")) {
            return fail(kExitBadInput, QString::fromStdString(*problem));
        }
        // Every line is read before anything is printed, so a bad line leaves no half of the answers.
        std::size_t line = 0;
        for (std::size_t start = 0; start < text.size();) {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            const std::string_view row = std::string_view(text).substr(start, end - start);
            start = end + 1;
            ++line;
            if (row.find_first_not_of(" \t\r") == std::string_view::npos) {
                continue;  // blank lines, a final newline
            }
            std::string problem;
            auto one = engine::flags::readFlagCase(row, problem);
            if (!one) {
                return fail(kExitBadInput,
                            FlagsText::tr("%1:%2: %3").arg(o.cases).arg(line).arg(QString::fromStdString(problem)));
            }
            cases.push_back(std::move(*one));
        }
    }
    const engine::flags::FlagEvaluator evaluator(*flags);
    for (const engine::flags::FlagCase& c : cases) {
        const engine::flags::Evaluation result = evaluator.evaluate(c.toggle, c.context.view());
        std::printf("%s\n", engine::flags::writeEvaluation(result).c_str());
        if (!result.found) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(escapedForTerminal(FlagsText::tr("%1: warning: no toggle named '%2'")
                                                           .arg(o.state, QString::fromStdString(c.toggle)))));
        }
    }
    return kExitOk;
}

int runImport(const Options& o)
{
    QString error;
    auto flags = readFlagsFile(o.file, error);
    if (!flags) {
        fail(kExitBadInput, error);
        return fail(kExitBadInput, FlagsText::tr("%1: nothing was imported").arg(o.file));
    }
    const std::string actor = ui::currentUserName().toStdString();
    const engine::AdminContext context{actor, FlagsText::tr("imported from %1").arg(o.file).toStdString()};
    const HeadlessImport import{o.db, o.file, FlagsText::tr("%1: nothing was imported").arg(o.file),
                                FlagsText::tr("imported %n flag(s) and %1 segment(s) from %2 into %3", nullptr,
                                              static_cast<int>(flags->features.size()))
                                    .arg(flags->segments.size())
                                    .arg(o.file, o.db)};
    return runHeadlessImport(
        import, engine::cmd::ImportFlags{std::move(*flags), o.replace, o.file.toStdString(), actor}, context);
}

int runExport(const Options& o)
{
    // Only reads: no engine, no lock, no migration, nothing written; a missing file is an error, not a new one.
    engine::store::StoreError storeError;
    auto db = engine::store::Database::openReadOnly(o.db.toStdString(), storeError);
    if (!db) {
        const bool typo = storeError.code == engine::store::StoreError::Code::Missing;
        return fail(typo ? kExitBadInput : kExitFailure, QString::fromStdString(storeError.message));
    }
    engine::store::PersistedState state;
    try {
        state = db->load();
    } catch (const std::exception& e) {
        return fail(kExitFailure, QString::fromUtf8(e.what()));
    }
    db.reset();
    engine::flags::FlagSet flags;
    for (const auto& [name, definition] : state.flags) {
        engine::flags::FlagRead read = engine::flags::readFeature(definition);
        if (!read.flag) {
            return fail(kExitFailure, FlagsText::tr("the stored flag '%1' cannot be read: %2; nothing was exported")
                                          .arg(QString::fromStdString(name), QString::fromStdString(read.error)));
        }
        flags.features.push_back(std::move(*read.flag));
    }
    for (const auto& [id, definition] : state.segments) {
        std::string problem;
        auto segment = engine::flags::readSegment(definition, problem);
        if (!segment) {
            return fail(kExitFailure, FlagsText::tr("the stored segment %1 cannot be read: %2; nothing was exported")
                                          .arg(id)
                                          .arg(QString::fromStdString(problem)));
        }
        flags.segments.push_back(std::move(*segment));
    }
    if (const auto problem =
            engine::writeFileAtomically(o.file.toStdString(), engine::flags::writeClientFeatures(flags))) {
        return fail(
            kExitFailure,
            FlagsText::tr("cannot write %1: %2; nothing was exported").arg(o.file, QString::fromStdString(*problem)));
    }
    std::printf("%s\n", qPrintable(FlagsText::tr("exported %n flag(s) and %1 segment(s) to %2", nullptr,
                                                 static_cast<int>(flags.features.size()))
                                       .arg(flags.segments.size())
                                       .arg(o.file)));
    return kExitOk;
}

}  // namespace

int runFlags(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Options o;
    if (const int code = parse(app, o); code != kExitOk) {
        return code < 0 ? kExitOk : code;
    }
    if (o.action == QLatin1String("eval")) {
        return runEval(o);
    }
    return o.action == QLatin1String("import") ? runImport(o) : runExport(o);
}

}  // namespace sluice::app
