// SPDX-License-Identifier: Apache-2.0
#pragma once
// The Fleet page test's fleet: engines in this process that share a real redis-server (limits, scores, admin changes
// and the roster) as `sluice serve --redis` engines do, and what the test asks of them.
#include "../engine/RedisTestSupport.h"
#include "../engine/RuntimeTestSupport.h"

#include "AppSettings.h"
#include "Console.h"
#include "ConsoleTestSupport.h"
#include "MainWindow.h"
#include "Translations.h"
#include "fleet/FleetScopeBox.h"
#include "pages/fleet/FleetModel.h"
#include "pages/fleet/FleetPage.h"
#include "secrets/Keychain.h"

#include "core/AnomalyView.h"
#include "core/Clock.h"
#include "http/CheckService.h"
#include "http/TokenStore.h"
#include "notify/InboxGlance.h"
#include "redis/FleetChanges.h"
#include "redis/FleetRoster.h"
#include "redis/RedisReputation.h"
#include "redis/RedisShared.h"
#include "runtime/EngineRuntime.h"
#include "shard/EngineShards.h"
#include "snapshot/SummaryMaker.h"

#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace sluice::testing::fleet {

using namespace sluice::engine;

inline const QString kService = QStringLiteral("sluice-test-fleet");

// One engine of the fleet, in this process: its runtime, the roster it writes into Redis, and its admin API.
struct FleetEngine {
    QTemporaryDir dir;
    SystemClock clock;
    std::mutex latestMutex;
    SnapshotPtr latest;
    // When set, the anomaly view the engine's summaries are made with instead of its own (alerts raised by hand).
    std::shared_ptr<const AnomalyView> anomalies;
    SummaryMaker summaries;
    std::unique_ptr<notify::InboxGlance> inbox;  // the roster's thread alone
    std::unique_ptr<EngineRuntime> runtime;
    std::unique_ptr<redis::FleetChanges> changes;
    std::unique_ptr<redis::FleetRoster> roster;
    std::unique_ptr<http::CheckService> service;
    std::string token;
    std::string checker;  // for a proxy's checks
    std::string admin;    // for changes

    // `seed` writes into the engine's database before the engine starts (alerts an earlier run left).
    // `version` is the Sluice version its summaries name.
    FleetEngine(const sluice::test::RedisServer& server, const std::string& id,
                const std::function<void(const std::string& path)>& seed = {}, const std::string& version = "0.1.0")
        : summaries("host-" + id, version, SystemClock().now())
    {
        const std::string path = dir.filePath(QStringLiteral("sluice.db")).toStdString();
        if (seed) {
            seed(path);
        }
        std::string error;
        auto runtimeOptions = engine::testing::optionsFor(QString::fromStdString(path));
        // The engines share their limits through the same Redis, as a fleet's do.
        runtimeOptions->makeSharedLimiter = [endpoint = server.endpoint()] {
            redis::RedisOptions shared;
            shared.seeds = {endpoint};
            return redis::makeRedisLimiter(shared, "fleet-page-test");
        };
        // And their keys' scores.
        runtimeOptions->makeSharedReputation = [endpoint = server.endpoint(), id] {
            redis::RedisOptions shared;
            shared.seeds = {endpoint};
            return std::make_unique<redis::RedisReputation>(shared, "fleet-page-test", id);
        };
        runtime = EngineRuntime::start(
            *runtimeOptions, clock,
            [this](SnapshotPtr s) {
                const std::lock_guard lock(latestMutex);
                latest = std::move(s);
            },
            error);
        // Admin changes shared as `sluice serve --redis` shares them.
        redis::RedisOptions shared;
        shared.seeds = {server.endpoint()};
        changes = std::make_unique<redis::FleetChanges>(
            shared, "fleet-page-test", id, id, [this](redis::FleetChange c, redis::FleetChanges::Made made) {
                // As `sluice serve` says where a change came from.
                const std::string reason = c.target.empty() ? "made on " + c.origin + ", shared by the fleet"
                                                            : "asked on " + c.origin + " through the fleet";
                runtime->command(std::move(c.command), AdminContext{c.actor, reason},
                                 [made](const CommandResult&) { made(); });
            });
        inbox = std::make_unique<notify::InboxGlance>(path);
        redis::FleetRoster::Options options;
        options.redis.seeds = {server.endpoint()};
        options.prefix = "fleet-page-test";
        options.every = std::chrono::milliseconds(200);
        options.silentAfter = std::chrono::milliseconds(1500);
        roster = std::make_unique<redis::FleetRoster>(
            options, id,
            [this] {
                SnapshotPtr s;
                {
                    const std::lock_guard lock(latestMutex);
                    s = latest;
                    if (s && anomalies) {
                        auto withAlerts = std::make_shared<Snapshot>(*s);
                        withAlerts->anomaly = anomalies;
                        s = std::move(withAlerts);
                    }
                }
                EngineSummary summary = summaries.make(s.get(), clock.now());
                summary.changeCursor = changes->cursor();
                inbox->fill(summary);
                return summary;
            },
            [this] { return clock.now(); });
        auto store = http::TokenStore::open(path, error);
        if (store) {
            store->create("console", http::TokenScope::Read, "tester", clock.now(), token);
            store->create("proxy", http::TokenScope::Check, "tester", clock.now(), checker);
            store->create("ops", http::TokenScope::Admin, "tester", clock.now(), admin);
        }
        http::CheckServiceOptions o;
        o.databasePath = path;
        o.port = 0;
        o.fleet = [this] { return roster->engines(); };
        o.adminApplied = [this](const Command& command, const std::string& actor,
                                std::function<void(std::string)> answered) {
            changes->publishLater(command, actor, std::move(answered));
        };
        o.forward = [this](const std::string& engine, Command command, const std::string& actor,
                           std::function<void(std::string)> answered) {
            changes->publishLater(std::move(command), actor, std::move(answered), engine);
        };
        o.fleetEngine = id;
        http::CheckServiceError failure;
        service = http::CheckService::start(*runtime, clock, o, failure);
    }
    ~FleetEngine()
    {
        service.reset();
        roster.reset();
        inbox.reset();
        runtime->shutdown();
        changes.reset();
        runtime.reset();
    }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(service->port()); }
};

inline QString cell(const ui::FleetModel& model, int row, int column)
{
    return model.data(model.index(row, column), Qt::DisplayRole).toString();
}

// An anomaly view with `alerts` (newest first), as an engine's snapshot carries it; `unresolved` counts those not
// resolved.
inline std::shared_ptr<const AnomalyView> anomalyView(std::vector<AnomalyAlert> alerts, std::uint64_t unresolved)
{
    auto view = std::make_shared<AnomalyView>();
    view->enabled = true;
    view->alerts = std::move(alerts);
    view->openAlerts = unresolved;
    return view;
}

inline AnomalyAlert alertOf(std::uint64_t id, AnomalyKind kind, const std::string& metric, AlertState state,
                            TimeNs start)
{
    AnomalyAlert a;
    a.id = id;
    a.kind = kind;
    a.metric = metric;
    a.state = state;
    a.confidence = 0.9;
    a.start = start;
    a.lastAnomalous = start;
    a.value = 400;
    a.expected = 100;
    a.spread = 20;
    return a;
}

// Both engines with alerts raised by hand: A has a key surge it answered (open), an acknowledged spike and a
// resolved one; B has a new-key flood with the same id as A's surge, the newest of all.
inline void raiseAlerts(FleetEngine& a, FleetEngine& b)
{
    const TimeNs now = SystemClock().now();
    AnomalyAlert surge = alertOf(3, AnomalyKind::KeySurge, "key:bot-1", AlertState::Open, now - 120 * kNsPerSec);
    for (int k = 0; k < 8; ++k) {
        surge.affectedKeys.emplace_back("bot-" + std::to_string(k + 1), 900 - k);
    }
    surge.response.throttleRaised = true;
    surge.response.throttleLevel = ThrottleLevel::High;
    surge.response.throttleUntil = now + 600 * kNsPerSec;
    AnomalyAlert spike = alertOf(2, AnomalyKind::Spike, "requests", AlertState::Acknowledged, now - 600 * kNsPerSec);
    spike.acknowledgedBy = "ops-anna";
    spike.acknowledgedAt = now - 300 * kNsPerSec;
    AnomalyAlert old = alertOf(1, AnomalyKind::Spike, "requests", AlertState::Resolved, now - 3600 * kNsPerSec);
    old.end = now - 3000 * kNsPerSec;
    {
        const std::lock_guard lock(a.latestMutex);
        a.anomalies = anomalyView({surge, spike, old}, 2);
    }
    const std::lock_guard lock(b.latestMutex);
    b.anomalies =
        anomalyView({alertOf(3, AnomalyKind::NewKeyFlood, "new_keys", AlertState::Open, now - 60 * kNsPerSec)}, 1);
}

inline void clearAlerts(FleetEngine& a, FleetEngine& b)
{
    for (FleetEngine* e : {&a, &b}) {
        const std::lock_guard lock(e->latestMutex);
        e->anomalies.reset();
    }
}

// Reads one keychain entry: its text, "<missing>", or "<error: …>".
inline QString keychainEntry(const char* key)
{
    ui::Keychain keychain(kService);
    QString out;
    bool done = false;
    keychain.read(QString::fromLatin1(key), [&](const ui::Keychain::Outcome& o) {
        out = o.missing ? QStringLiteral("<missing>") : !o.error.isEmpty() ? "<error: " + o.error + ">" : o.text;
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 30000) ? out : QStringLiteral("<no answer>");
}

// The level an engine's throttle override holds now; empty for none.
inline std::string heldLevel(EngineRuntime& runtime)
{
    std::promise<std::string> level;
    runtime.post([&](const EngineShards& e) {
        const auto& held = e.throttle().override();
        level.set_value(held ? std::string(nameOf(held->level)) : std::string());
    });
    return level.get_future().get();
}

// The VIP tier `key` has on an engine now; empty for none.
inline std::string tierOf(EngineRuntime& runtime, const std::string& key)
{
    std::promise<std::string> tier;
    runtime.post([&](const EngineShards& e) {
        const auto v = e.vipAssignment(key);
        tier.set_value(v ? v->tier : std::string());
    });
    return tier.get_future().get();
}

// A flag as an engine holds it now: "on 30 %", "off 30 %", "on" (no rollout); empty when it has no such flag.
inline std::string flagOf(EngineRuntime& runtime, const std::string& name)
{
    std::promise<std::string> state;
    runtime.post([&](const EngineShards& e) {
        const flags::FeatureFlag* f = e.flagSet().find(name);
        const auto rollout = f != nullptr ? flags::rolloutOf(*f) : std::nullopt;
        state.set_value(f == nullptr ? std::string()
                                     : std::string(f->enabled ? "on" : "off") +
                                           (rollout ? " " + std::to_string(*rollout) + " %" : std::string()));
    });
    return state.get_future().get();
}

// In a test's cleanupTestCase: the engines SLUICE_START_TWO_ENGINE_FLEET started, stopped in the reverse order.
inline void stopFleet(std::unique_ptr<FleetEngine>& a, std::unique_ptr<FleetEngine>& b)
{
    b.reset();
    a.reset();
}

// Shows `page` and attaches it to `engine`'s server with `token`; true once it lists both engines.
inline bool attachShown(ui::FleetPage& page, const FleetEngine& engine, const std::string& token)
{
    page.show();
    if (!QTest::qWaitForWindowExposed(&page)) {
        return false;
    }
    page.findChild<QLineEdit*>(QStringLiteral("fleetServer"))->setText(engine.address());
    page.findChild<QLineEdit*>(QStringLiteral("fleetToken"))->setText(QString::fromStdString(token));
    page.attach();
    return QTest::qWaitFor([&] { return page.model()->rowCount() == 2; }, 15000);
}

// Makes `command` on each engine, as an admin of each did before the test (not through the fleet).
inline bool madeOnEach(const Command& command, std::initializer_list<FleetEngine*> engines)
{
    for (FleetEngine* e : engines) {
        std::promise<bool> made;
        e->runtime->command(command, AdminContext{"tester", {}},
                            [&made](const CommandResult& r) { made.set_value(r.ok); });
        if (!made.get_future().get()) {
            return false;
        }
    }
    return true;
}

// A console of its own (its database and settings in a folder of their own, no traffic), started and shown.
struct ShownConsole {
    QTemporaryDir dir;
    QString settingsFile = dir.filePath(QStringLiteral("console.ini"));
    app::AppSettings settings{settingsFile, nullptr};
    app::Console console{
        sluice::testing::consoleSetup({QStringLiteral("sluice"), QStringLiteral("--scenario"), QStringLiteral("none"),
                                       QStringLiteral("--db"), dir.filePath(QStringLiteral("console.db"))},
                                      settingsFile),
        settings};

    bool show()
    {
        console.start();
        console.window().resize(1280, 800);
        console.window().show();
        return QTest::qWaitForWindowExposed(&console.window());
    }
    // Once its engine runs, attaches the window to the fleet `engine` is in, with `token`, as a person does on the
    // Fleet page; true once the fleet answered and the toolbar offers it.
    bool attach(const FleetEngine& engine, const std::string& token)
    {
        ui::MainWindow& window = console.window();
        if (!QTest::qWaitFor([&] { return !window.findChild<QLabel*>(QStringLiteral("statusRate"))->text().isEmpty(); },
                             15000)) {
            return false;
        }
        window.setCurrentPageId(QStringLiteral("fleet"));
        auto* page = window.findChild<ui::FleetPage*>();
        page->findChild<QLineEdit*>(QStringLiteral("fleetServer"))->setText(engine.address());
        page->findChild<QLineEdit*>(QStringLiteral("fleetToken"))->setText(QString::fromStdString(token));
        page->attach();
        return QTest::qWaitFor([&] { return window.fleetScope()->offersFleet(); }, 15000);
    }
};

}  // namespace sluice::testing::fleet

// In a test's initTestCase: the console in English (the status line's plural forms), a redis-server in `server` (or
// the test program skipped without one) with no roster left from an earlier run, and two engines on it, engine-a:1
// in `a` and engine-b:2 in `b`.
#define SLUICE_START_TWO_ENGINE_FLEET(server, a, b)                                                                    \
    do {                                                                                                               \
        sluice::app::selectLanguage(QStringLiteral("en"));                                                             \
        sluice::app::installTranslations();                                                                            \
        SLUICE_START_REDIS_OR_SKIP(server);                                                                            \
        (server)->call({"DEL", "fleet-page-test:fleet"});                                                              \
        (a) = std::make_unique<sluice::testing::fleet::FleetEngine>(*(server), "engine-a:1");                          \
        (b) = std::make_unique<sluice::testing::fleet::FleetEngine>(*(server), "engine-b:2");                          \
        QVERIFY((a)->service && (b)->service && !(a)->token.empty());                                                  \
    } while (false)
