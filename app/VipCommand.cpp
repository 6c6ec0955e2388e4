// SPDX-License-Identifier: Apache-2.0
#include "VipCommand.h"

#include "AppSettings.h"
#include "CommandLine.h"
#include "CurrentUser.h"
#include "EngineHost.h"
#include "EngineTextTranslator.h"
#include "Translations.h"

#include "core/AtomicFile.h"
#include "core/InputFile.h"
#include "decision/Engine.h"
#include "runtime/EngineRuntime.h"
#include "store/Database.h"
#include "vip/VipCsv.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <future>

namespace sluice::app {

namespace {

// The command's texts, under one translation context that lupdate sees too.
struct VipText {
    Q_DECLARE_TR_FUNCTIONS(vip)
};

struct Options {
    QString action;
    QString file;
    QString db;
};

int parse(const QCoreApplication& app, Options& o)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        VipText::tr("Imports or exports VIP assignments as CSV (columns key, tier, expires, notes) without a display.\n"
                    "An import is all or nothing: one bad row and nothing changes.\n"
                    "Example: sluice vip import partners.csv --db ops.db"));
    parser.addHelpOption();
    addLanguageOption(parser);
    parser.addPositionalArgument(QStringLiteral("vip"), VipText::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("import|export"), VipText::tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("file"), VipText::tr("The CSV file to read or write."));
    const QCommandLineOption db(QStringLiteral("db"), VipText::tr("Use the database <file> (default: the console's)."),
                                QStringLiteral("file"));
    parser.addOption(db);
    if (!parser.parse(app.arguments())) {
        return fail(kExitBadInput, parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return -1;
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3 || (args[1] != QLatin1String("import") && args[1] != QLatin1String("export"))) {
        return fail(kExitBadInput, VipText::tr("usage: sluice vip import|export <file.csv> [--db <file>]"));
    }
    o.action = args[1];
    o.file = args[2];
    o.db = parser.isSet(db) ? parser.value(db) : AppSettings().databasePath();
    return kExitOk;
}

std::unique_ptr<engine::EngineRuntime> startRuntime(const Options& o, const engine::Clock& clock, QString& error)
{
    engine::RuntimeOptions options;
    options.databasePath = o.db.toStdString();
    std::string problem;
    auto runtime = engine::EngineRuntime::start(options, clock, {}, problem);
    error = QString::fromStdString(problem);
    return runtime;
}

template <typename T>
T onEngine(engine::EngineRuntime& runtime, std::function<T(const engine::Engine&)> fn)
{
    auto promise = std::make_shared<std::promise<T>>();
    auto answer = promise->get_future();
    runtime.post([promise, fn](const engine::Engine& e) { promise->set_value(fn(e)); });
    return answer.get();
}

int runImport(const Options& o)
{
    std::string text;
    if (auto problem = engine::readInputFile(o.file.toStdString(), engine::kMaxCsvBytes, text, "CSV file")) {
        return fail(kExitBadInput, QString::fromStdString(*problem));
    }
    const engine::VipCsvParse parsed = engine::VipCsv::parse(text);
    if (!parsed.errors.empty()) {
        for (const auto& e : parsed.errors) {
            fail(kExitBadInput, QStringLiteral("%1: %2").arg(o.file, ui::localizedEngineText(e.message())));
        }
        return fail(kExitBadInput, VipText::tr("%1: nothing was imported").arg(o.file));
    }
    const engine::SystemClock clock;
    QString error;
    auto runtime = startRuntime(o, clock, error);
    if (!runtime) {
        return fail(kExitFailure, error);
    }
    engine::Command command = engine::VipCsv::toCommand(parsed.rows, ui::currentUserName().toStdString());
    // Checked first on its own, so a refused row (unknown tier, past expiry) is told apart from a store failure.
    const engine::CommandResult checked = onEngine<engine::CommandResult>(
        *runtime, [&command, &clock](const engine::Engine& e) { return e.validate(command, clock.now()); });
    if (!checked.ok) {
        fail(kExitBadInput, QStringLiteral("%1: %2").arg(o.file, ui::localizedEngineText(checked.error)));
        return fail(kExitBadInput, VipText::tr("%1: nothing was imported").arg(o.file));
    }
    auto promise = std::make_shared<std::promise<engine::CommandResult>>();
    auto done = promise->get_future();
    // The audit row names the OS user who ran the import and the file it came from.
    const engine::AdminContext context{ui::currentUserName().toStdString(),
                                       VipText::tr("imported from %1").arg(o.file).toStdString()};
    runtime->command(std::move(command), context, [promise](const engine::CommandResult& r) { promise->set_value(r); });
    const engine::CommandResult result = done.get();
    const engine::StoreHealth health = runtime->shutdown();  // writes everything before the process ends
    runtime.reset();
    if (!result.ok) {
        return fail(kExitFailure, QStringLiteral("%1: %2").arg(o.file, ui::localizedEngineText(result.error)));
    }
    std::printf("%s\n", qPrintable(VipText::tr("imported %n VIP assignment(s) from %1 into %2", nullptr,
                                               static_cast<int>(parsed.rows.size()))
                                       .arg(o.file, o.db)));
    // The assignments are stored (durable before reported done); only their history events can be missing.
    return health.lostAnything() ? fail(kExitFailure, EngineHost::notStoredMessage(health)) : kExitOk;
}

int runExport(const Options& o)
{
    // Only reads: no engine, no lock, no migration, nothing written; a missing file is an error, not a new one.
    engine::store::StoreError storeError;
    auto db = engine::store::Database::openReadOnly(o.db.toStdString(), storeError);
    if (!db) {
        // A --db that names no file is a typo to correct, like a missing CSV file for an import.
        const bool typo = storeError.code == engine::store::StoreError::Code::Missing;
        return fail(typo ? kExitBadInput : kExitFailure, QString::fromStdString(storeError.message));
    }
    std::vector<engine::store::VipAssignment> all;
    if (auto problem = db->readVipAssignments(engine::SystemClock().now(), all)) {
        return fail(kExitFailure, QString::fromStdString(problem->message));
    }
    db.reset();
    const std::string csv = engine::VipCsv::write(all);
    if (const auto problem = engine::writeFileAtomically(o.file.toStdString(), csv)) {
        return fail(
            kExitFailure,
            VipText::tr("cannot write %1: %2; nothing was exported").arg(o.file, QString::fromStdString(*problem)));
    }
    std::printf(
        "%s\n",
        qPrintable(
            VipText::tr("exported %n VIP assignment(s) to %1", nullptr, static_cast<int>(all.size())).arg(o.file)));
    return kExitOk;
}

}  // namespace

int runVip(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Options o;
    if (const int code = parse(app, o); code != kExitOk) {
        return code < 0 ? kExitOk : code;
    }
    return o.action == QLatin1String("import") ? runImport(o) : runExport(o);
}

}  // namespace sluice::app
