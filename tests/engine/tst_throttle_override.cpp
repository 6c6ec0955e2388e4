// SPDX-License-Identifier: Apache-2.0
// Manual throttle overrides: validation, exact expiry, clearing back to the controller, and what survives a
// restart of the engine with its real database file.
#include "RuntimeTestSupport.h"

#include "throttle/HostLoadSource.h"

#include <QtTest>

using namespace sluice::engine;
using namespace sluice::engine::testing;

namespace {
Snapshot snapshotOf(Engine& e, TimeNs at)
{
    Snapshot s;
    e.tick(at);
    e.fillSnapshot(at, s);
    return s;
}

QString textOf(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    QString text;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        text = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return text;
}
}  // namespace

class TestThrottleOverride final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void refusesAnOverrideWithoutAReason();
    void overrideSetsTheLevelAndSaysWhoAndWhy();
    void expiresAtTheExactInstant();
    void clearingReturnsControlToTheController();
    void survivesARestart();
    void expiredWhileStoppedReturnsControlAtStart();
    void eachPeriodEndsWhereTheNextBegins();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestThrottleOverride::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("sluice.db"));
}

void TestThrottleOverride::refusesAnOverrideWithoutAReason()
{
    Engine e(smallConfig());
    e.restore({}, kT0);
    const CommandResult blank = e.apply(cmd::SetThrottleOverride{ThrottleLevel::High, "  ", 0, "alice"}, kT0);
    QVERIFY(!blank.ok);
    QCOMPARE(blank.error, std::string("a throttle override needs a reason"));
    QVERIFY(!e.apply(cmd::SetThrottleOverride{ThrottleLevel::High, "deploy", 0, ""}, kT0).ok);
    const CommandResult past = e.apply(cmd::SetThrottleOverride{ThrottleLevel::High, "deploy", kT0, "alice"}, kT0);
    QCOMPARE(past.error, std::string("the end of a throttle override must be in the future"));
    QCOMPARE(e.apply(cmd::ClearThrottleOverride{"alice"}, kT0).error,
             std::string("there is no throttle override to clear"));
    QCOMPARE(e.throttle().level(), ThrottleLevel::None);
}

void TestThrottleOverride::overrideSetsTheLevelAndSaysWhoAndWhy()
{
    Engine e(smallConfig());
    e.restore({}, kT0);
    const TimeNs until = kT0 + kNsPerHour;
    QVERIFY(e.apply(cmd::SetThrottleOverride{ThrottleLevel::High, "database failover", until, "alice"}, kT0).ok);
    QCOMPARE(e.limitFor("k").throttleMultiplier, 0.4);
    QCOMPARE(e.decide(request("k", kT0 + kNsPerSec)).throttleLevel, ThrottleLevel::High);
    const Snapshot s = snapshotOf(e, kT0 + kNsPerSec);
    QCOMPARE(s.throttle.level, ThrottleLevel::High);
    QCOMPARE(s.throttle.multiplier, 0.4);
    QVERIFY(!s.throttle.automatic);
    QCOMPARE(s.throttle.actor, std::string("alice"));
    QCOMPARE(s.throttle.reason, std::string("database failover"));
    QCOMPARE(s.throttle.until, until);
    const auto events = eventsOf(e, EventKind::ThrottleChanged);
    QCOMPARE(events.size(), std::size_t(2));  // the start at restore, then the override
    QCOMPARE(events[1].throttle.level, ThrottleLevel::High);
    QVERIFY(!events[1].throttle.automatic);
    QCOMPARE(events[1].throttle.actor, std::string("alice"));
}

void TestThrottleOverride::expiresAtTheExactInstant()
{
    Engine e(smallConfig());
    e.restore({}, kT0);
    const TimeNs until = kT0 + 90 * kNsPerSec;
    QVERIFY(e.apply(cmd::SetThrottleOverride{ThrottleLevel::Critical, "incident", until, "bob"}, kT0).ok);
    eventsOf(e, EventKind::ThrottleChanged);
    QCOMPARE(e.decide(request("k", until - 1)).throttleLevel, ThrottleLevel::Critical);
    QCOMPARE(e.decide(request("k", until)).throttleLevel, ThrottleLevel::None);
    const auto events = eventsOf(e, EventKind::ThrottleChanged);
    QCOMPARE(events.size(), std::size_t(1));
    QCOMPARE(events[0].at, until);
    QVERIFY(events[0].throttle.automatic);
    QCOMPARE(events[0].detail, std::string("override expired"));
    QVERIFY(!e.throttle().override());
}

void TestThrottleOverride::clearingReturnsControlToTheController()
{
    Engine e(smallConfig());
    auto host = std::make_unique<HostLoadSource>();
    HostLoadSource& load = *host;
    e.setLoadSource(std::move(host));
    e.restore({}, kT0);
    load.setHostLoad(90, 40);  // high
    e.tick(kT0 + 10 * kNsPerSec);
    QCOMPARE(e.throttle().level(), ThrottleLevel::High);
    QVERIFY(e.apply(cmd::SetThrottleOverride{ThrottleLevel::Low, "false alarm", 0, "carol"}, kT0 + 15 * kNsPerSec).ok);
    QCOMPARE(e.throttle().level(), ThrottleLevel::Low);
    load.setHostLoad(97, 40);  // the controller keeps following the signals underneath
    e.tick(kT0 + 20 * kNsPerSec);
    QCOMPARE(e.throttle().level(), ThrottleLevel::Low);
    QCOMPARE(e.throttle().controllerLevel(), ThrottleLevel::Critical);
    QVERIFY(e.apply(cmd::ClearThrottleOverride{"dave"}, kT0 + 25 * kNsPerSec).ok);
    QCOMPARE(e.throttle().level(), ThrottleLevel::Critical);
    QCOMPARE(e.limitFor("k").throttleMultiplier, 0.2);
    const auto& last = e.throttle().lastTransition();
    QVERIFY(last.automatic);
    QCOMPARE(last.actor, std::string("dave"));
}

void TestThrottleOverride::survivesARestart()
{
    ManualClock clock(kT0);
    {
        std::string error;
        auto rt = EngineRuntime::start(*optionsFor(m_path), clock, {}, error);
        QVERIFY2(rt, error.c_str());
        QVERIFY(run(*rt, cmd::SetThrottleOverride{ThrottleLevel::Medium, "migration", 0, "erin"}).ok);
        ThrottleConfig slower;
        slower.recoveryCooldown = 2 * kNsPerMin;
        QVERIFY(run(*rt, cmd::SetThrottleConfig{slower}).ok);
        slower.thresholds[0] = {50, 40, 85, 95};
        QCOMPARE(run(*rt, cmd::SetThrottleConfig{slower}).error,
                 std::string("throttle thresholds for cpu_percent must be positive and rise strictly from low to "
                             "critical"));
        rt->sync();
    }
    clock.set(kT0 + kNsPerDay);
    std::string error;
    auto rt = EngineRuntime::start(*optionsFor(m_path), clock, {}, error);
    QVERIFY2(rt, error.c_str());
    QCOMPARE(query<int>(*rt, [](const EngineShards& e) { return int(e.throttle().level()); }),
             int(ThrottleLevel::Medium));
    QCOMPARE(query<std::string>(*rt, [](const EngineShards& e) { return e.throttle().override()->actor; }),
             std::string("erin"));
    QCOMPARE(query<double>(*rt, [](const EngineShards& e) { return e.limitFor("k").throttleMultiplier; }), 0.6);
    QCOMPARE(query<TimeNs>(*rt, [](const EngineShards& e) { return e.throttle().config().recoveryCooldown; }),
             2 * kNsPerMin);
    // Cleared, it stays cleared across the next restart too.
    QVERIFY(run(*rt, cmd::ClearThrottleOverride{"frank"}).ok);
    rt.reset();
    rt = EngineRuntime::start(*optionsFor(m_path), clock, {}, error);
    QVERIFY2(rt, error.c_str());
    QCOMPARE(query<bool>(*rt, [](const EngineShards& e) { return e.throttle().override().has_value(); }), false);
}

void TestThrottleOverride::expiredWhileStoppedReturnsControlAtStart()
{
    ManualClock clock(kT0);
    {
        std::string error;
        auto rt = EngineRuntime::start(*optionsFor(m_path), clock, {}, error);
        QVERIFY2(rt, error.c_str());
        QVERIFY(run(*rt, cmd::SetThrottleOverride{ThrottleLevel::High, "batch job", kT0 + kNsPerHour, "gina"}).ok);
    }
    clock.set(kT0 + 2 * kNsPerHour);
    {
        std::string error;
        auto rt = EngineRuntime::start(*optionsFor(m_path), clock, {}, error);
        QVERIFY2(rt, error.c_str());
        QCOMPARE(query<int>(*rt, [](const EngineShards& e) { return int(e.throttle().level()); }),
                 int(ThrottleLevel::None));
        QCOMPARE(query<bool>(*rt, [](const EngineShards& e) { return e.throttle().override().has_value(); }), false);
        rt->sync();
    }
    QCOMPARE(textOf(m_path, "SELECT level || '|' || automatic || '|' || reason FROM throttle_events "
                            "ORDER BY id DESC LIMIT 1"),
             QStringLiteral("none|1|override expired while stopped; engine started"));
}

void TestThrottleOverride::eachPeriodEndsWhereTheNextBegins()
{
    ManualClock clock(kT0);
    std::string error;
    auto rt = EngineRuntime::start(*optionsFor(m_path), clock, {}, error);
    QVERIFY2(rt, error.c_str());
    clock.set(kT0 + 5 * kNsPerSec);
    QVERIFY(run(*rt, cmd::SetThrottleOverride{ThrottleLevel::Low, "canary", 0, "hank"}).ok);
    clock.set(kT0 + 65 * kNsPerSec);
    QVERIFY(run(*rt, cmd::ClearThrottleOverride{"hank"}).ok);
    rt->sync();
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM throttle_events"), 3);
    QCOMPARE(countRows(m_path, "SELECT count(*) FROM throttle_events WHERE ended_at IS NULL"), 1);
    QCOMPARE(countRows(m_path, "SELECT duration_ms FROM throttle_events WHERE level = 'low'"), 60'000);
    QCOMPARE(textOf(m_path, "SELECT actor || '|' || automatic || '|' || multiplier FROM throttle_events "
                            "WHERE level = 'low'"),
             QStringLiteral("hank|0|0.8"));
}

QTEST_APPLESS_MAIN(TestThrottleOverride)
#include "tst_throttle_override.moc"
