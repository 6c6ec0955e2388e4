// SPDX-License-Identifier: Apache-2.0
// Anomaly alerts on a real database file: what an automatic response writes, the alert commands written before
// they apply, alerts and baselines across restarts, and the engine.anomaly setting.
#include "AnomalyTestSupport.h"
#include "RuntimeTestSupport.h"
#include "StoreTestSupport.h"

#include "config/ConfigJson.h"
#include "store/StoreWriter.h"

#include <QtTest>

using namespace sluice::engine;
using namespace sluice::engine::testing;
using store::testing::openRaw;
using store::testing::rawInt;
using store::testing::rawText;

namespace {
constexpr TimeNs kWall = 1'750'000'000'000LL * kNsPerMs;
constexpr TimeNs kMin = kNsPerMin;

std::string lastAudit(const QString& path, const char* action)
{
    return rawText(openRaw(path.toStdString()),
                   std::string("SELECT actor || ' ' || target || ' ' || ifnull(before, '<null>') || ' ' || "
                               "ifnull(after, '<null>') || ' [' || reason || ']' FROM audit_log WHERE action = '") +
                       action + "' ORDER BY id DESC LIMIT 1")
        .toStdString();
}

std::int64_t auditRows(const QString& path)
{
    return rawInt(openRaw(path.toStdString()), "SELECT count(*) FROM audit_log");
}
}  // namespace

class TestAnomalyAlertsStore final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void aResponseAndItsUndoAreAuditedAndSurviveRestarts();
    void aWatchingConsoleSeesTheAlerts();
    void baselinesSurviveARestart();
    void theAnomalySettingIsStoredAuditedAndRestored();
    void badAnomalySettingsAreRefusedNamingTheField();

private:
    // The first run: the engine responds to an alert on its own; the store gets what the runtime would hand it.
    void respondOnce();
    std::unique_ptr<EngineRuntime> start(TimeNs at, bool watch = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    ManualClock m_clock{kT0};
    ManualClock m_wall{kWall};
};

void TestAnomalyAlertsStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("sluice.db"));
}

std::unique_ptr<EngineRuntime> TestAnomalyAlertsStore::start(TimeNs at, bool watch)
{
    m_clock.set(at);
    auto options = optionsFor(m_path);
    options->auditClock = &m_wall;
    options->watch = watch;
    std::string error;
    auto rt = EngineRuntime::start(*options, m_clock, {}, error);
    if (!rt) {
        qWarning("start failed: %s", error.c_str());
    }
    return rt;
}

void TestAnomalyAlertsStore::respondOnce()
{
    store::StoreError error;
    auto db = store::Database::open(m_path.toStdString(), error);
    QVERIFY2(db, error.message.c_str());
    store::StoreWriter writer(std::move(db));
    Engine e(smallConfig());
    burst(e, "bot-1", kT0, 1);
    burst(e, "bot-2", kT0, 1);
    observe(e, finding(AnomalyKind::KeySurge, "requests", 0.9, kT0 + kNsPerSec, {{"bot-1", 500}, {"bot-2", 400}}));
    std::vector<store::AlertWrite> writes;
    e.takeAlertWrites(writes);
    for (store::AlertWrite& write : writes) {
        for (store::AuditEntry& audit : write.audits) {
            audit.at = kWall;
        }
    }
    writer.submitAlerts(std::move(writes));
    std::vector<store::KeyReputation> keys;
    e.takeDirtyKeys(keys, kT0 + kNsPerSec);
    writer.submitCheckpoint(std::move(keys));
    writer.flush();
}

void TestAnomalyAlertsStore::aResponseAndItsUndoAreAuditedAndSurviveRestarts()
{
    respondOnce();
    {
        const auto raw = openRaw(m_path.toStdString());
        QCOMPARE(rawInt(raw, "SELECT count(*) FROM anomaly_alerts"), std::int64_t(1));
        QCOMPARE(
            rawText(raw, "SELECT state || ' ' || kind || ' ' || metric || ' ' || affected_keys FROM anomaly_alerts"),
            QStringLiteral(R"(open key_surge requests [["bot-1",500],["bot-2",400]])"));
        QVERIFY(rawText(raw, "SELECT value FROM settings WHERE name = 'engine.throttle_override'")
                    .contains(QStringLiteral(R"("actor":"anomaly-detection")")));
    }
    const std::string responded = lastAudit(m_path, "alert.respond");
    QVERIFY2(responded.starts_with(R"(anomaly-detection 1 {"keys":[{"key":"bot-1","score":50.0},)"), responded.c_str());
    QVERIFY2(responded.ends_with("[automatic response to anomaly alert 1 (key_surge on requests)]"), responded.c_str());

    {
        auto rt = start(kT0 + 2 * kMin);
        QVERIFY(rt);
        // Restored as it was: the alert, its response, the override it set and the points it took.
        QVERIFY(query<bool>(*rt, [](const EngineShards& e) { return alertOf(e, 1).response.throttleRaised; }));
        QCOMPARE(query<ThrottleLevel>(*rt, [](const EngineShards& e) { return e.throttle().level(); }),
                 ThrottleLevel::Low);
        QCOMPARE(query<float>(*rt, [](const EngineShards& e) { return e.inspect("bot-1")->score; }), 40.0F);

        QVERIFY(run(*rt, cmd::AcknowledgeAlert{1, "dana"}, "dana").ok);
        QCOMPARE(rawText(openRaw(m_path.toStdString()), "SELECT state || ' ' || acknowledged_by FROM anomaly_alerts"),
                 QStringLiteral("acknowledged dana"));  // on disk when reported done
        QCOMPARE(lastAudit(m_path, "alert.acknowledge"),
                 std::string(R"(dana 1 {"acknowledged_by":"","resolved_by":"","state":"open"} )"
                             R"({"acknowledged_by":"dana","resolved_by":"","state":"acknowledged"} [])"));

        QVERIFY(run(*rt, cmd::UndoAlertResponse{1, "dana"}, "dana").ok);
        const std::string undone = lastAudit(m_path, "alert.undo_response");
        QVERIFY2(undone.find(R"("restored":{"override_cleared":true,"points":[["bot-1",10.0],["bot-2",10.0]]})") !=
                     std::string::npos,
                 undone.c_str());
        QVERIFY2(undone.find(R"({"key":"bot-1","score":50.0})") != std::string::npos, undone.c_str());
        QCOMPARE(rawText(openRaw(m_path.toStdString()),
                         "SELECT value FROM settings WHERE name = 'engine.throttle_override'"),
                 QStringLiteral("null"));
        QVERIFY(!query<bool>(*rt, [](const EngineShards& e) { return e.throttle().override().has_value(); }));
        QCOMPARE(query<float>(*rt, [](const EngineShards& e) { return e.inspect("bot-1")->score; }), 50.0F);

        const std::int64_t rows = auditRows(m_path);
        const CommandResult again = run(*rt, cmd::UndoAlertResponse{1, "dana"}, "dana");
        QVERIFY(!again.ok);
        QCOMPARE(again.error, std::string("the automatic response to anomaly alert 1 was already undone"));
        const CommandResult unknown = run(*rt, cmd::AcknowledgeAlert{99, "dana"}, "dana");
        QVERIFY(!unknown.ok);
        QCOMPARE(unknown.error, std::string("there is no anomaly alert 99"));
        QCOMPARE(auditRows(m_path), rows);  // a refused command leaves no row
        rt->sync();
    }

    auto rt = start(kT0 + 3 * kMin);
    QVERIFY(rt);
    QCOMPARE(query<AlertState>(*rt, [](const EngineShards& e) { return alertOf(e, 1).state; }),
             AlertState::Acknowledged);
    QCOMPARE(query<std::string>(*rt, [](const EngineShards& e) { return alertOf(e, 1).response.undoneBy; }),
             std::string("dana"));
    QCOMPARE(query<float>(*rt, [](const EngineShards& e) { return e.inspect("bot-1")->score; }), 50.0F);
    QVERIFY(!query<bool>(*rt, [](const EngineShards& e) { return e.throttle().override().has_value(); }));
    rt->shutdown();

    // Ids go on after the stored ones.
    store::StoreError error;
    auto db = store::Database::openReadOnly(m_path.toStdString(), error);
    QVERIFY(db);
    Engine e(smallConfig());
    e.restore(db->load(), kT0 + 4 * kMin);
    observe(e, finding(AnomalyKind::Drop, "requests", 0.9, kT0 + 4 * kMin));
    QCOMPARE(e.anomaly().alerts().alerts().back().id, std::uint64_t(2));
}

void TestAnomalyAlertsStore::aWatchingConsoleSeesTheAlerts()
{
    respondOnce();
    auto rt = start(kT0 + kMin, true);
    QVERIFY(rt);
    QCOMPARE(query<std::size_t>(*rt, [](const EngineShards& e) { return e.anomaly().alerts().alerts().size(); }),
             std::size_t(1));
    QCOMPARE(query<std::string>(*rt, [](const EngineShards& e) { return alertOf(e, 1).metric; }),
             std::string("requests"));
}

void TestAnomalyAlertsStore::baselinesSurviveARestart()
{
    using Rows = std::vector<std::pair<std::string, std::string>>;
    const Rows rows{{"requests", std::string("\x00\x01\xff", 3)}, {"route:/login", "abc"}};
    for (const Rows& write : {rows, Rows{{"route:/login", "xyz"}}}) {
        store::StoreError error;
        auto db = store::Database::open(m_path.toStdString(), error);
        QVERIFY2(db, error.message.c_str());
        store::StoreWriter writer(std::move(db));
        writer.submitBaselines(write, kT0);
        writer.flush();
    }
    store::StoreError error;
    auto db = store::Database::open(m_path.toStdString(), error);
    QVERIFY(db);
    QCOMPARE(db->load().anomalyBaselines,
             (Rows{{"requests", std::string("\x00\x01\xff", 3)}, {"route:/login", "xyz"}}));
}

void TestAnomalyAlertsStore::theAnomalySettingIsStoredAuditedAndRestored()
{
    AnomalyConfig config;
    config.alertThreshold = 0.9;
    config.respond = false;
    config.responseThrottle = ThrottleLevel::Medium;
    config.sensitivity[2] = 2.5;
    config.responseThrottleFor = 20 * kMin;
    config.responsePenalty = 5;
    {
        auto rt = start(kT0);
        QVERIFY(rt);
        QVERIFY(run(*rt, cmd::SetAnomalyConfig{config}).ok);
        const std::string row = lastAudit(m_path, "setting.put");
        QVERIFY2(row.starts_with("tester engine.anomaly {"), row.c_str());
        QVERIFY2(row.find(R"("alert_threshold":0.8,)") != std::string::npos, row.c_str());
        QVERIFY2(row.find(R"("alert_threshold":0.9,)") != std::string::npos, row.c_str());
    }
    auto rt = start(kT0 + kMin);
    QVERIFY(rt);
    const AnomalyConfig restored =
        query<AnomalyConfig>(*rt, [](const EngineShards& e) { return e.anomaly().config(); });
    QCOMPARE(restored.alertThreshold, 0.9);
    QVERIFY(!restored.respond);
    QCOMPARE(restored.responseThrottle, ThrottleLevel::Medium);
    QCOMPARE(restored.sensitivity[2], 2.5);
    QCOMPARE(restored.responseThrottleFor, 20 * kMin);
    QCOMPARE(restored.responsePenalty, 5.0F);
    QCOMPARE(query<double>(*rt, [](const EngineShards& e) { return e.config().anomaly.alertThreshold; }), 0.9);
}

void TestAnomalyAlertsStore::badAnomalySettingsAreRefusedNamingTheField()
{
    auto rt = start(kT0);
    QVERIFY(rt);
    const std::int64_t rows = auditRows(m_path);
    AnomalyConfig zero;
    zero.alertThreshold = 0;
    QCOMPARE(run(*rt, cmd::SetAnomalyConfig{zero}).error,
             std::string("the anomaly alert threshold must be above 0 and at most 1"));
    AnomalyConfig loud;
    loud.sensitivity[4] = 11;
    QCOMPARE(run(*rt, cmd::SetAnomalyConfig{loud}).error,
             std::string("the sensitivity of detector 'new_key_flood' must be between 0 and 10"));
    QCOMPARE(auditRows(m_path), rows);

    EngineConfig config;
    const auto refusal = [&](const char* json) {
        return ConfigJson::applySetting("engine.anomaly", json, config).value_or("accepted");
    };
    QVERIFY(refusal(R"({"alert_threshold": 1.5})").starts_with("setting engine.anomaly.alert_threshold: "));
    QVERIFY(refusal(R"({"sensitivity": {"spikes": 1}})").find("spikes") != std::string::npos);
    QVERIFY(refusal(R"({"response_throttle": "loud"})").starts_with("setting engine.anomaly.response_throttle: "));
    QVERIFY(refusal(R"({"auto_resolve_after_s": 5})").starts_with("setting engine.anomaly.auto_resolve_after_s: "));
    QCOMPARE(refusal(R"({"respond": false, "sensitivity": {"drop": 0}})"), std::string("accepted"));
    QVERIFY(!config.anomaly.respond);
    QCOMPARE(config.anomaly.sensitivity[1], 0.0);

    // A configuration file says the same, and what it encodes reads back unchanged.
    EngineConfig file;
    QCOMPARE(ConfigJson::decode(R"({"anomaly": {"auto_resolve_after_s": 120}})", file), std::nullopt);
    QCOMPARE(file.anomaly.autoResolveAfter, 2 * kMin);
    EngineConfig again;
    QCOMPARE(ConfigJson::decode(ConfigJson::encode(file), again), std::nullopt);
    QCOMPARE(ConfigJson::encode(again), ConfigJson::encode(file));
}

QTEST_APPLESS_MAIN(TestAnomalyAlertsStore)
#include "tst_anomaly_alerts_store.moc"
