// SPDX-License-Identifier: Apache-2.0
#include "VipCommand.h"

#include "AppSettings.h"
#include "CommandLine.h"
#include "CurrentUser.h"
#include "EngineTextTranslator.h"
#include "HeadlessImport.h"
#include "Translations.h"

#include "core/AtomicFile.h"
#include "core/Clock.h"
#include "core/InputFile.h"
#include "store/Database.h"
#include "vip/VipCsv.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

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
    // The audit row names the OS user who ran the import and the file it came from.
    const std::string actor = ui::currentUserName().toStdString();
    const engine::AdminContext context{actor, VipText::tr("imported from %1").arg(o.file).toStdString()};
    const HeadlessImport import{
        o.db, o.file, VipText::tr("%1: nothing was imported").arg(o.file),
        VipText::tr("imported %n VIP assignment(s) from %1 into %2", nullptr, static_cast<int>(parsed.rows.size()))
            .arg(o.file, o.db)};
    return runHeadlessImport(import, engine::VipCsv::toCommand(parsed.rows, actor), context);
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
