// SPDX-License-Identifier: Apache-2.0
#include "WhatIfCommand.h"

#include "CommandLine.h"
#include "Translations.h"
#include "pages/whatif/WhatIfDocument.h"
#include "pages/whatif/WhatIfText.h"

#include "sim/ScenarioLoader.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "vip/VipCatalog.h"
#include "vip/VipSetup.h"
#include "whatif/WhatIfReport.h"
#include "whatif/WhatIfRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace sluice::app {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("whatif", text); }

struct Options {
    QString scenario;
    std::optional<engine::whatif::LogInput> log;
    QString a;
    QString b;
    QString faults;
    std::optional<engine::TimeNs> duration;
    std::optional<std::uint64_t> seed;
    QString report;
    QString db;                    // the VIP state's database; empty = no VIPs
    QMap<QString, double> bTiers;  // --b-vip-tier: B's multiplier by tier name
};

int parse(const QCoreApplication& app, Options& o)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs one scenario's traffic under two engine configurations, A and B, on identical requests, and "
           "writes the comparison: who gets hurt and who gets through.\n"
           "Example: sluice whatif --scenario ddos-wave --b stricter.json --report compare.json"));
    parser.addHelpOption();
    addLanguageOption(parser);
    parser.addPositionalArgument(QStringLiteral("whatif"), tr("The command."));
    const QCommandLineOption scenario(QStringLiteral("scenario"), tr("Built-in scenario <name> or a file."),
                                      QStringLiteral("name|file"));
    const QCommandLineOption a(QStringLiteral("a"),
                               tr("Configuration A <file> (JSON) over the scenario's (default: the scenario's)."),
                               QStringLiteral("file"));
    const QCommandLineOption b(QStringLiteral("b"), tr("Configuration B <file> (JSON) over the scenario's."),
                               QStringLiteral("file"));
    const QCommandLineOption faults(QStringLiteral("faults"),
                                    tr("Faults to inject into the modelled backend, from <file> (JSON)."),
                                    QStringLiteral("file"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      tr("Simulated time, e.g. 90s, 10m, 1h, 2d (default: the scenario's)."),
                                      QStringLiteral("duration"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed (default: the scenario's)."),
                                  QStringLiteral("N"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("Write the report to <file>: .json, .pdf, .html, or .csv (one file per "
                                       "table)."),
                                    QStringLiteral("file"));
    const QCommandLineOption log(
        QStringLiteral("log"),
        tr("Replay this access log <file> (plain or .gz) instead of a scenario: the comparison "
           "is then by key."),
        QStringLiteral("file"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("The log's format: combined (default), common, json, json:VARIABLE=FIELD,... or "
                                       "an nginx log_format pattern in quotes."),
                                    QStringLiteral("format"), QStringLiteral("combined"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 tr("What to limit in the log: ip (default), xff-first, xff-last, user, header:NAME or "
                                    "path:REGEX."),
                                 QStringLiteral("key"), QStringLiteral("ip"));
    const QCommandLineOption routes(QStringLiteral("routes"),
                                    tr("Route of each path prefix in the log, e.g. /api=api,/login=login."),
                                    QStringLiteral("map"));
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("Give both engines the VIP tiers and assignments stored in the database <file> "
                                   "(read only)."),
                                QStringLiteral("file"));
    const QCommandLineOption bTier(QStringLiteral("b-vip-tier"),
                                   tr("B's limit multiplier for a VIP tier of --db, e.g. gold=3 (repeatable)."),
                                   QStringLiteral("name=multiplier"));
    parser.addOptions({scenario, log, format, key, routes, a, b, faults, duration, seed, report, db, bTier});
    if (!parser.parse(app.arguments())) {
        return fail(kExitBadInput, parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return -1;
    }
    if (parser.isSet(scenario) == parser.isSet(log) || (!parser.isSet(b) && !parser.isSet(bTier)) ||
        !parser.isSet(report)) {
        return fail(kExitBadInput, tr("--scenario, --b and --report are required"));
    }
    if (parser.isSet(log)) {
        if (parser.isSet(faults) || parser.isSet(duration) || parser.isSet(seed)) {
            return fail(kExitBadInput, tr("--faults, --duration and --seed are for scenarios; a log brings its own "
                                          "traffic and has no modelled backend"));
        }
        engine::whatif::LogInput input;
        input.path = parser.value(log).toStdString();
        if (const auto problem =
                readIngestOptions(parser.value(format), parser.value(key), parser.value(routes), input.ingest)) {
            return fail(kExitBadInput, *problem);
        }
        o.log = std::move(input);
    }
    o.db = parser.value(db);
    for (const QString& entry : parser.values(bTier)) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        bool ok = false;
        const double multiplier = eq > 0 ? entry.mid(eq + 1).toDouble(&ok) : 0.0;
        ok = ok && std::isfinite(multiplier);  // toDouble takes "nan" and "inf"
        if (!ok) {
            return fail(kExitBadInput, tr("--b-vip-tier: '%1' is not a tier and a multiplier, like gold=3").arg(entry));
        }
        if (multiplier < engine::VipCatalog::kMinMultiplier || multiplier > engine::VipCatalog::kMaxMultiplier) {
            return fail(kExitBadInput, tr("--b-vip-tier: the multiplier of %1 must lie between %2 and %3, not %4")
                                           .arg(entry.left(eq))
                                           .arg(engine::VipCatalog::kMinMultiplier)
                                           .arg(engine::VipCatalog::kMaxMultiplier)
                                           .arg(entry.mid(eq + 1)));
        }
        o.bTiers.insert(entry.left(eq), multiplier);
    }
    if (!o.bTiers.isEmpty() && o.db.isEmpty()) {
        return fail(kExitBadInput, tr("--b-vip-tier changes a tier of --db <file>, which names none"));
    }
    o.scenario = parser.value(scenario);
    o.a = parser.value(a);
    o.b = parser.value(b);
    o.faults = parser.value(faults);
    o.report = parser.value(report);
    if (const auto problem = badReportName(QStringLiteral("--report"), o.report)) {
        return fail(kExitBadInput, *problem);
    }
    if (parser.isSet(duration)) {
        o.duration = parseDuration(parser.value(duration));
        if (!o.duration) {
            return fail(kExitBadInput,
                        tr("--duration: '%1' is not a duration like 90s, 10m, 1h or 2d").arg(parser.value(duration)));
        }
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        o.seed = parser.value(seed).toULongLong(&ok);
        if (!ok) {
            return fail(kExitBadInput, tr("--seed: '%1' is not a whole number").arg(parser.value(seed)));
        }
    }
    return kExitOk;
}

// The stored VIP state both engines start with: every tier and every assignment (the run leaves out those that
// ended before it starts). Read only, beside a running Sluice.
std::optional<std::pair<int, QString>> readVipSetup(const QString& path, engine::VipSetup& out)
{
    engine::store::StoreError storeError;
    auto db = engine::store::Database::openReadOnly(path.toStdString(), storeError);
    if (!db) {
        const bool typo = storeError.code == engine::store::StoreError::Code::Missing;
        return std::pair{typo ? kExitBadInput : kExitFailure,
                         QStringLiteral("--db: ") + QString::fromStdString(storeError.message)};
    }
    auto problem =
        db->readRows("SELECT name, multiplier FROM vip_tiers ORDER BY name", [&](const engine::store::Statement& row) {
            out.tiers.push_back({row.columnText(0), row.columnDouble(1)});
        });
    if (!problem) {
        problem = db->readVipAssignments(0, out.assignments);
    }
    if (problem) {
        return std::pair{kExitFailure, QStringLiteral("--db: ") + QString::fromStdString(problem->message)};
    }
    return std::nullopt;
}

}  // namespace

int runWhatIf(int argc, char* argv[])
{
    drawWithoutAWindow();  // fonts and the PDF writer need a GUI application
    QGuiApplication app(argc, argv);
    Options o;
    if (const int code = parse(app, o); code != kExitOk) {
        return code < 0 ? kExitOk : code;
    }
    engine::whatif::WhatIfSpec spec;
    std::string error;
    spec.log = o.log;
    if (!o.log && !engine::sim::loadScenario(o.scenario.toStdString(), spec.scenario, error)) {
        return fail(kExitBadInput, QString::fromStdString(error));
    }
    for (int side = 0; side < engine::whatif::kSides; ++side) {
        engine::EngineConfig& config = spec.configs[side];
        if (auto problem = o.log ? std::nullopt : engine::sim::applyEngineConfig(spec.scenario, config)) {
            return fail(kExitBadInput, QString::fromStdString(*problem));
        }
        // Without --b, B is A with the tiers of --b-vip-tier changed.
        const QString& file = side == 0 || o.b.isEmpty() ? o.a : o.b;
        if (!file.isEmpty()) {
            if (auto problem = readEngineConfig(file, config)) {
                return fail(kExitBadInput, QStringLiteral("--%1: %2").arg(side == 0 ? 'a' : 'b').arg(*problem));
            }
        }
    }
    if (!o.faults.isEmpty() && !engine::sim::loadFaults(o.faults.toStdString(), spec.faults, error)) {
        return fail(kExitBadInput, QString::fromStdString(error));
    }
    if (!o.db.isEmpty()) {
        engine::VipSetup vip;
        if (const auto problem = readVipSetup(o.db, vip)) {
            return fail(problem->first, problem->second);
        }
        spec.vip[0] = vip;
        for (auto it = o.bTiers.cbegin(); it != o.bTiers.cend(); ++it) {
            const auto tier = std::find_if(vip.tiers.begin(), vip.tiers.end(),
                                           [&](const engine::VipTier& t) { return t.name == it.key().toStdString(); });
            if (tier == vip.tiers.end()) {
                return fail(kExitBadInput, tr("--b-vip-tier: %1 has no VIP tier %2").arg(o.db, it.key()));
            }
            tier->multiplier = it.value();
        }
        spec.vip[1] = std::move(vip);
    }
    spec.seed = o.seed.value_or(spec.scenario.seed);
    spec.duration = o.duration.value_or(0);

    engine::whatif::WhatIfControl control;
    const auto result = engine::whatif::runWhatIf(spec, control, error);
    if (!result) {
        // With a log, what fails is reading it: the input, not the machine.
        return fail(spec.log ? kExitBadInput : kExitFailure, QString::fromStdString(error));
    }
    const ui::ReportWritten written = ui::ReportFiles::write(ui::WhatIfDocument::build(*result), o.report);
    if (!written.error.isEmpty()) {
        return fail(kExitFailure, written.error);
    }
    std::printf("%s: %.0f %s seconds, %llu requests judged twice in %.2f s (%.0f decisions per wall second)\n"
                "%s\n",
                result->log.empty() ? result->scenario.c_str() : result->log.c_str(),
                static_cast<double>(result->duration) / engine::kNsPerSec, result->log.empty() ? "simulated" : "logged",
                static_cast<unsigned long long>(result->requests), result->wallSeconds,
                2.0 * static_cast<double>(result->requests) / result->wallSeconds,
                qPrintable(ui::WhatIfText::verdict(*result)));  // in the language of the interface
    return kExitOk;
}

}  // namespace sluice::app
