// SPDX-License-Identifier: Apache-2.0
#include "ScreenshotsCommand.h"

#include "CommandLine.h"
#include "CurrentUser.h"
#include "EngineHost.h"
#include "MainWindow.h"
#include "Page.h"
#include "Translations.h"

#include "core/AtomicFile.h"
#include "core/Clock.h"
#include "http/TokenStore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace sluice::app {

namespace {

// Lets queued snapshots and repaints through for `ms` milliseconds.
void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

// Sends each command and waits for its answer, so what it changed is in the database before the shots.
void sendEach(EngineHost& host, const std::vector<engine::Command>& commands)
{
    for (const engine::Command& command : commands) {
        bool answered = false;
        const quint64 id = host.sendCommand(command);
        const auto connection = QObject::connect(
            &host, &EngineHost::commandFinished, &host, [&answered, id](quint64 done, bool ok, const QString& error) {
                if (done == id) {
                    answered = true;
                    if (!ok) {
                        std::fprintf(stderr, "sluice: screenshots: an admin action was refused: %s\n",
                                     qPrintable(error));
                    }
                }
            });
        QElapsedTimer waited;
        waited.start();
        while (!answered && waited.elapsed() < 10000) {
            settle(10);
        }
        QObject::disconnect(connection);
    }
}

// A few real admin changes, so the Audit page shows what a working console records. Each waits for its answer:
// the audit rows are in the database before the shots are taken.
void performAdminActions(EngineHost& host)
{
    const engine::TimeNs now = host.simulation()->virtualNow();
    const std::vector<engine::Command> commands = {
        engine::cmd::PutVipTier{"bronze", 1.1},
        engine::cmd::AssignVip{"partner-api-7", "gold", now + 30 * engine::kNsPerDay, "launch partner, contract 2291",
                               ui::currentUserName().toStdString()},
        engine::cmd::SetThrottleOverride{engine::ThrottleLevel::Low, "load test on the checkout backend",
                                         now + engine::kNsPerHour, ui::currentUserName().toStdString()},
        engine::cmd::SetFlagRollout{engine::flags::kAnomalyDetection, 25, ui::currentUserName().toStdString()},
        engine::cmd::ClearThrottleOverride{ui::currentUserName().toStdString()},
    };
    sendEach(host, commands);
}

// A flexibleRollout over the key at `percent`, grouped by the flag's name.
engine::flags::Strategy demoRollout(const std::string& flag, int percent)
{
    engine::flags::Strategy s;
    s.name = "flexibleRollout";
    s.parameters = {{"rollout", std::to_string(percent)}, {"stickiness", "default"}, {"groupId", flag}};
    return s;
}

engine::flags::FeatureFlag demoFlag(const std::string& name, const std::string& description)
{
    engine::flags::FeatureFlag flag;
    flag.name = name;
    flag.description = description;
    flag.enabled = true;
    return flag;
}

// Flags as a team that uses them has: a new checkout in a gradual rollout plan, a VIP boost for a share of keys,
// and an experiment with variants that was killed.
void seedDemoFlags(EngineHost& host)
{
    namespace flags = engine::flags;
    const std::string actor = ui::currentUserName().toStdString();
    flags::FeatureFlag checkout = demoFlag("checkout-v2", "The new checkout service, per key");
    checkout.strategies.push_back(demoRollout(checkout.name, 20));
    flags::Constraint apps;
    apps.contextName = "appName";
    apps.operatorName = "IN";
    apps.values = {"web", "ios"};
    checkout.strategies.back().constraints.push_back(apps);
    flags::FeatureFlag boost = demoFlag("partner-boost", "Gold tier for a share of keys without a VIP of their own");
    boost.strategies.push_back(demoRollout(boost.name, 40));
    boost.effect.kind = flags::EffectKind::VipTier;
    boost.effect.target = "gold";
    flags::FeatureFlag search = demoFlag("new-search", "Search ranking experiment");
    search.strategies.push_back(demoRollout(search.name, 100));
    for (const char* name : {"blue", "green"}) {
        flags::Variant v;
        v.name = name;
        v.weight = 500;
        search.variants.push_back(v);
    }
    flags::RolloutPlan plan;
    plan.stepPercent = 10;
    plan.stepEvery = engine::kNsPerHour;
    plan.targetPercent = 100;
    plan.haltOn = {"spike"};
    sendEach(host, {
                       engine::cmd::PutFlag{checkout, actor},
                       engine::cmd::PutFlag{boost, actor},
                       engine::cmd::PutFlag{search, actor},
                       engine::cmd::SetRolloutPlan{"checkout-v2", plan, actor},
                       engine::cmd::SetFlagKilled{"new-search", true, "search latency above 2 s", actor},
                   });
}

// Built-in scenarios assign no VIPs, and an empty VIP page shows nothing of it. The shots run on a throw-away
// database, so a few assignments on keys of the scenario's partner and app populations, marked as demo
// data, cost the user nothing.
void seedDemoVips(EngineHost& host, engine::TimeNs shotAt)
{
    struct Demo {
        const char* key;
        const char* tier;
        engine::TimeNs expiresIn;  // after the shot; 0 = never
        const char* notes;
    };
    const Demo demos[] = {
        {"partner-17", "platinum", 0, "Demo: reseller contract"},
        {"partner-42", "gold", 2 * engine::kNsPerDay + 5 * engine::kNsPerHour, "Demo: launch partner, trial ends"},
        {"app-7", "silver", 40 * engine::kNsPerDay, "Demo: mobile app beta"},
        {"app-12", "gold", 12 * engine::kNsPerDay, "Demo: support escalation"},
    };
    int pending = 0;
    QObject::connect(&host, &ui::EngineClient::commandFinished, &host, [&pending] { --pending; });
    for (const Demo& d : demos) {
        ++pending;
        host.sendCommand(
            engine::cmd::AssignVip{d.key, d.tier, d.expiresIn == 0 ? 0 : shotAt + d.expiresIn, d.notes, "screenshots"});
    }
    while (pending > 0) {
        settle(20);
    }
    QObject::disconnect(&host, &ui::EngineClient::commandFinished, &host, nullptr);
}

// The Sources page lists who may call the check API; a throw-away database has nobody, so two demo tokens (a
// proxy's and a dashboard's) show what a working listener's list looks like. Their secrets are discarded.
void seedDemoTokens(const std::string& databasePath)
{
    std::string error;
    auto tokens = engine::http::TokenStore::open(databasePath, error);
    if (!tokens) {
        std::fprintf(stderr, "sluice: screenshots: no demo tokens: %s\n", error.c_str());
        return;
    }
    const engine::TimeNs now = engine::SystemClock{}.now();
    std::string secret;
    for (const auto& [name, scope] : {std::pair{"nginx-edge", engine::http::TokenScope::Check},
                                      std::pair{"grafana", engine::http::TokenScope::Read}}) {
        if (auto problem = tokens->create(name, scope, "screenshots", now, secret)) {
            std::fprintf(stderr, "sluice: screenshots: demo token %s: %s\n", name, problem->message.c_str());
        }
    }
}

// Follows an access log, as the Sources page's "Add log file" does, until every line it holds was read. The
// engine's refusal, if it refuses the file, in `error`.
bool followLog(EngineHost& host, const QString& path, QString& error)
{
    ui::LogSourceSettings settings;
    settings.path = path;
    error = host.addLogSource(settings);
    if (!error.isEmpty()) {
        return false;
    }
    const std::string name = QFileInfo(path).absoluteFilePath().toStdString();
    const auto caughtUp = [&host, &name, &path] {
        const QList<engine::SourceState> sources = host.sources();
        return std::any_of(sources.begin(), sources.end(), [&](const engine::SourceState& s) {
            return s.kind == engine::SourceKind::LogTail && (s.name == name || s.name == path.toStdString()) &&
                   s.read > 0 && s.lagNs == 0;
        });
    };
    QElapsedTimer waited;
    waited.start();
    while (!caughtUp() && waited.elapsed() < 60000) {
        settle(50);
    }
    return true;
}

}  // namespace

int runScreenshots(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");  // no display needed
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "screenshots", "Warms the engine with simulated traffic, then renders every page to <page>.png.\n"
                       "Example: sluice screenshots --out shots --scenario ddos-wave --warmup 30m"));
    parser.addHelpOption();
    addLanguageOption(parser);
    parser.addPositionalArgument(QStringLiteral("screenshots"),
                                 QCoreApplication::translate("screenshots", "The command."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("screenshots", "Directory for the PNG files."),
                                 QStringLiteral("dir"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QCoreApplication::translate("screenshots", "Scenario to warm up with."),
                                      QStringLiteral("name"), QStringLiteral("normal-day"));
    const QCommandLineOption warmup(QStringLiteral("warmup"),
                                    QCoreApplication::translate("screenshots", "Simulated time before the shots."),
                                    QStringLiteral("duration"), QStringLiteral("10m"));
    const QCommandLineOption size(QStringLiteral("size"), QCoreApplication::translate("screenshots", "Window size."),
                                  QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption readOnly(
        QStringLiteral("read-only"),
        QCoreApplication::translate("screenshots", "Render the console as `sluice --read-only` shows it."));
    const QCommandLineOption log(
        QStringLiteral("log"),
        QCoreApplication::translate("screenshots", "Also follow this access log (combined format) before the shots."),
        QStringLiteral("file"));
    parser.addOptions({out, scenario, warmup, size, readOnly, log});
    parser.process(app);
    if (!parser.isSet(out)) {
        return fail(kExitBadInput, QCoreApplication::translate("screenshots", "--out is required"));
    }
    const auto warm = parseDuration(parser.value(warmup));
    if (!warm) {
        return fail(
            kExitBadInput,
            QCoreApplication::translate("screenshots", "--warmup: '%1' is not a duration").arg(parser.value(warmup)));
    }
    const auto windowSize = parseSize(parser.value(size));
    if (!windowSize) {
        return fail(kExitBadInput,
                    QCoreApplication::translate("screenshots", "--size: '%1' is not WxH between 640x480 and 7680x4320")
                        .arg(parser.value(size)));
    }
    const QDir dir(parser.value(out));
    if (!QDir().mkpath(dir.absolutePath())) {
        return fail(kExitFailure, QCoreApplication::translate("screenshots", "cannot create %1").arg(dir.path()));
    }

    QTemporaryDir data;  // the shots never touch the user's own database
    engine::RuntimeOptions options;
    options.databasePath = data.filePath(QStringLiteral("screenshots.db")).toStdString();
    options.readOnly = parser.isSet(readOnly);
    options.backgroundThreads = true;  // as in the console the shots show
    SimulationOptions simulation;
    simulation.scenario = parser.value(scenario);
    simulation.speed = 0;
    simulation.startNow = false;
    EngineHost host(options, simulation);
    ui::MainWindow window(&host);
    window.resize(*windowSize);
    window.show();
    QString error;
    QObject::connect(&host, &EngineHost::failed, &app, [&error](const QString& e) { error = e; });
    host.start();
    while (!host.simulation() && error.isEmpty()) {
        settle(20);
    }
    if (!error.isEmpty()) {
        return fail(kExitBadInput, error);
    }
    const engine::TimeNs until = host.simulation()->startTime() + *warm;
    seedDemoVips(host, until);
    while (host.simulation()->virtualNow() < until) {
        settle(20);
    }
    host.controlSource(QString::fromUtf8(engine::SimulationSource::kId), engine::control::SetPaused{true});
    if (!options.readOnly) {
        performAdminActions(host);
        seedDemoFlags(host);
    }
    seedDemoTokens(options.databasePath);
    if (!options.readOnly) {
        // The check API as a user who pressed Start sees it: on a free port, so shots never clash with a server.
        host.startHttpListener(QStringLiteral("127.0.0.1:0"));
        QElapsedTimer listening;
        listening.start();
        while (host.httpListener().phase == ui::HttpListenerState::Phase::Starting && listening.elapsed() < 10000) {
            settle(20);
        }
    }
    QString logError;
    if (parser.isSet(log) && !followLog(host, parser.value(log), logError)) {
        return fail(kExitBadInput, QStringLiteral("--log: %1").arg(logError));
    }
    host.runtime()->sync();
    settle(400);
    for (int i = 0; i < window.pageCount(); ++i) {
        window.setCurrentPage(i);
        settle(300);
        // Tables fill from the engine and the database off the UI thread; on a busy machine that takes a
        // while, and a shot of an empty table shows nothing. A table that stays empty is left so after 10 s.
        QElapsedTimer filling;
        filling.start();
        const auto tables = window.pageWidget(i)->findChildren<QAbstractItemView*>();
        while (filling.elapsed() < 10000 && std::any_of(tables.begin(), tables.end(), [](QAbstractItemView* v) {
                   return v->isVisible() && v->model() != nullptr && v->model()->rowCount() == 0;
               })) {
            settle(50);
        }
        settle(200);  // the rows' text arrives a page at a time after the count
        // A list that drives a detail pane shows its first row's details, as after a user's first click; on the
        // Sources page the followed log's, whose rejected lines are what that pane is for.
        const bool showLog = parser.isSet(log) && window.pageId(i) == QLatin1String("sources");
        for (auto* view : window.pageWidget(i)->findChildren<QAbstractItemView*>()) {
            if (!view->property(ui::Page::kDrivesDetailProperty).toBool() || view->model() == nullptr ||
                view->model()->rowCount() == 0 || (!showLog && view->currentIndex().isValid())) {
                continue;
            }
            const QModelIndexList logRow = showLog ? view->model()->match(view->model()->index(0, 0), Qt::DisplayRole,
                                                                          parser.value(log), 1, Qt::MatchEndsWith)
                                                   : QModelIndexList{};
            view->setCurrentIndex(logRow.isEmpty() ? view->model()->index(0, 0) : logRow.first());
            settle(500);
        }
        const QString file = dir.filePath(window.pageId(i) + QStringLiteral(".png"));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!window.grab().save(&buffer, "PNG")) {
            return fail(kExitFailure, QCoreApplication::translate("screenshots", "cannot render %1").arg(file));
        }
        if (const auto problem = engine::writeFileAtomically(
                file.toStdString(), std::string_view(png.constData(), static_cast<std::size_t>(png.size())))) {
            return fail(kExitFailure, QCoreApplication::translate("screenshots", "cannot write %1: %2")
                                          .arg(file, QString::fromStdString(*problem)));
        }
        std::printf("%s\n", qPrintable(file));
    }
    host.stop();
    return kExitOk;
}

}  // namespace sluice::app
