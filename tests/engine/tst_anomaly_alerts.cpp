// SPDX-License-Identifier: Apache-2.0
// Anomaly alerts in a real engine, fed findings as the detectors report them: one alert per incident, the
// lifecycle, and the automatic response with its undo.
#include "AnomalyTestSupport.h"

#include "audit/AuditActions.h"
#include "core/EngineText.h"

#include <QtTest>

using namespace sluice::engine;
using namespace sluice::engine::testing;

class TestAnomalyAlerts final : public QObject {
    Q_OBJECT

private slots:
    void samplesOfOneIncidentMakeOneAlert();
    void aWeakFindingOpensNothing();
    void acknowledgedThenResolvedByHand();
    void resolvesOnItsOwnOnceTheMetricIsNormal();
    void commandsOnAnUnknownAlertAreRefused();
    void theResponseRunsInTheSampleThatOpenedTheAlert();
    void undoGivesBackWhatTheResponseTook();
    void theResponseNeverLowersAStrongerOverride();
    void aLevelAlreadyAtTheResponseIsNotPinned();
    void undoLeavesAnOverrideSetSinceAlone();
    void aPersonsWeakerOverrideStands();
    void lessTrafficThanExpectedIsOnlyNotified();
    void aKeyPaysOncePerIncident();
    void onlyKeysInTheRolloutAreLowered();
    void withTheGateOffNothingOpens();
    void theViewShowsTheNewestFirstAndIsSharedWhileUnchanged();
};

namespace {
constexpr TimeNs kMin = kNsPerMin;

std::string refusal(Engine& e, const Command& command, TimeNs at)
{
    const CommandResult result = e.apply(command, at);
    return result.ok ? std::string("accepted") : result.error;
}
}  // namespace

void TestAnomalyAlerts::samplesOfOneIncidentMakeOneAlert()
{
    Engine e(smallConfig());
    observe(e, finding(AnomalyKind::Spike, "requests", 0.85, kT0, {{"bot-1", 100}, {"bot-2", 50}}, 300));
    observe(e, finding(AnomalyKind::Spike, "requests", 0.95, kT0 + kMin, {{"bot-2", 200}, {"bot-3", 10}}, 500));
    observe(e, finding(AnomalyKind::Spike, "requests", 0.4, kT0 + 2 * kMin, {{"bot-1", 1}}, 150));

    const auto& alerts = e.anomaly().alerts().alerts();
    QCOMPARE(alerts.size(), std::size_t(1));
    const AnomalyAlert& a = alerts.front();
    QCOMPARE(a.id, std::uint64_t(1));
    QCOMPARE(a.state, AlertState::Open);
    QCOMPARE(a.start, kT0);
    QCOMPARE(a.lastAnomalous, kT0 + 2 * kMin);  // a weak finding still belongs to the incident
    QCOMPARE(a.end, TimeNs(0));
    QCOMPARE(a.confidence, 0.95);
    QCOMPARE(a.value, 500.0);  // at the most anomalous sample
    using Keys = std::vector<std::pair<std::string, std::uint64_t>>;
    QCOMPARE(a.affectedKeys, (Keys{{"bot-2", 250}, {"bot-1", 101}, {"bot-3", 10}}));

    // Another metric, or another kind on the same metric, is another incident.
    observe(e, finding(AnomalyKind::Spike, "denials", 0.9, kT0 + 3 * kMin));
    observe(e, finding(AnomalyKind::LevelShift, "requests", 0.9, kT0 + 3 * kMin));
    QCOMPARE(alerts.size(), std::size_t(3));
    QCOMPARE(e.anomaly().alerts().openCount(), std::uint64_t(3));
}

void TestAnomalyAlerts::aWeakFindingOpensNothing()
{
    Engine e(smallConfig());
    observe(e, finding(AnomalyKind::Drop, "requests", 0.79, kT0));
    QVERIFY(e.anomaly().alerts().alerts().empty());
    observe(e, finding(AnomalyKind::Drop, "requests", 0.8, kT0 + kMin));  // the threshold itself alerts
    QCOMPARE(e.anomaly().alerts().alerts().size(), std::size_t(1));
}

void TestAnomalyAlerts::acknowledgedThenResolvedByHand()
{
    Engine e(smallConfig());
    observe(e, finding(AnomalyKind::NewKeyFlood, "new_keys", 0.9, kT0));
    QVERIFY(e.apply(cmd::AcknowledgeAlert{1, "dana"}, kT0 + kMin).ok);
    QCOMPARE(alertOf(e, 1).state, AlertState::Acknowledged);
    QCOMPARE(alertOf(e, 1).acknowledgedBy, std::string("dana"));
    QCOMPARE(alertOf(e, 1).acknowledgedAt, kT0 + kMin);
    QCOMPARE(refusal(e, cmd::AcknowledgeAlert{1, "erin"}, kT0 + kMin),
             std::string("anomaly alert 1 is already acknowledged"));

    QVERIFY(e.apply(cmd::ResolveAlert{1, "erin"}, kT0 + 2 * kMin).ok);
    QCOMPARE(alertOf(e, 1).state, AlertState::Resolved);
    QCOMPARE(alertOf(e, 1).resolvedBy, std::string("erin"));
    QCOMPARE(alertOf(e, 1).end, kT0 + 2 * kMin);
    QCOMPARE(e.anomaly().alerts().openCount(), std::uint64_t(0));
    QCOMPARE(refusal(e, cmd::ResolveAlert{1, "erin"}, kT0 + 3 * kMin),
             std::string("anomaly alert 1 is already resolved"));
    QCOMPARE(refusal(e, cmd::AcknowledgeAlert{1, "erin"}, kT0 + 3 * kMin),
             std::string("anomaly alert 1 is already resolved"));

    // The metric still anomalous after someone closed its alert: a new incident, a new id.
    observe(e, finding(AnomalyKind::NewKeyFlood, "new_keys", 0.9, kT0 + 4 * kMin));
    QCOMPARE(e.anomaly().alerts().alerts().back().id, std::uint64_t(2));
}

void TestAnomalyAlerts::resolvesOnItsOwnOnceTheMetricIsNormal()
{
    EngineConfig config = smallConfig();
    config.anomaly.autoResolveAfter = 15 * kMin;
    Engine e(config);
    observe(e, finding(AnomalyKind::Spike, "route:/login", 0.9, kT0));
    observe(e, finding(AnomalyKind::Spike, "route:/login", 0.9, kT0 + 2 * kMin));
    QVERIFY(e.apply(cmd::AcknowledgeAlert{1, "dana"}, kT0 + 3 * kMin).ok);

    e.observeAnomalies({}, kT0 + 16 * kMin);  // normal for 14 minutes
    QCOMPARE(alertOf(e, 1).state, AlertState::Acknowledged);
    e.observeAnomalies({}, kT0 + 17 * kMin);  // and for 15
    const AnomalyAlert& a = alertOf(e, 1);
    QCOMPARE(a.state, AlertState::Resolved);
    QCOMPARE(a.resolvedBy, std::string());  // nobody: it resolved on its own
    QCOMPARE(a.resolvedAt, kT0 + 17 * kMin);
    QCOMPARE(a.end, kT0 + 2 * kMin);  // the incident's last anomalous sample
    QCOMPARE(a.acknowledgedBy, std::string("dana"));
}

void TestAnomalyAlerts::commandsOnAnUnknownAlertAreRefused()
{
    Engine e(smallConfig());
    for (const Command& command : {Command(cmd::AcknowledgeAlert{7, "dana"}), Command(cmd::ResolveAlert{7, "dana"}),
                                   Command(cmd::UndoAlertResponse{7, "dana"})}) {
        QCOMPARE(refusal(e, command, kT0), std::string("there is no anomaly alert 7"));
        QCOMPARE(e.validate(command, kT0).error, say(Text::AlertUnknown, {"7"}));
    }
}

void TestAnomalyAlerts::theResponseRunsInTheSampleThatOpenedTheAlert()
{
    Engine e(smallConfig());
    burst(e, "bot-1", kT0, 1);
    burst(e, "bot-2", kT0, 1);
    const float before = e.inspect("bot-1")->score;
    const TimeNs at = kT0 + kNsPerSec;
    observe(e, finding(AnomalyKind::KeySurge, "requests", 0.9, at, {{"bot-1", 500}, {"bot-2", 400}}));

    // At once: nothing waits for another sample or a timer.
    QCOMPARE(e.throttle().level(), ThrottleLevel::Low);
    const auto& raised = e.throttle().override();
    QVERIFY(raised);
    QCOMPARE(raised->actor, std::string("anomaly-detection"));
    QCOMPARE(raised->expiresAt, at + 10 * kMin);  // bounded: it ends by itself
    QCOMPARE(raised->reason, std::string("automatic response to anomaly alert 1 (key_surge on requests)"));
    QCOMPARE(e.inspect("bot-1")->score, before - 10);
    QCOMPARE(e.inspect("bot-2")->score, before - 10);

    const AlertResponse& r = alertOf(e, 1).response;
    QVERIFY(r.throttleRaised);
    QCOMPARE(r.throttleLevel, ThrottleLevel::Low);
    QCOMPARE(r.keysLowered, (std::vector<std::string>{"bot-1", "bot-2"}));
    QCOMPARE(r.pointsTaken, (std::vector<float>{10, 10}));
    QVERIFY(r.notified);
    const auto notices = eventsOf(e, EventKind::AnomalyAlert);
    QCOMPARE(notices.size(), std::size_t(1));
    QCOMPARE(notices[0].alertId, std::uint64_t(1));
    QCOMPARE(notices[0].detail, std::string("anomaly alert 1: key_surge on requests, confidence 0.90"));

    // The store gets the alert with the response's audit row and the override's settings row, together.
    std::vector<store::AlertWrite> writes;
    e.takeAlertWrites(writes);
    QCOMPARE(writes.size(), std::size_t(1));
    QCOMPARE(writes[0].alert.id, std::uint64_t(1));
    QVERIFY(writes[0].alert.response.throttleRaised);
    QCOMPARE(writes[0].audits.size(), std::size_t(1));
    QCOMPARE(writes[0].audits[0].action, std::string(AuditActions::kAlertRespond));
    QCOMPARE(writes[0].audits[0].actor, std::string("anomaly-detection"));
    QCOMPARE(writes[0].audits[0].target, std::string("1"));
    QCOMPARE(*writes[0].audits[0].before,
             std::string(
                 R"({"keys":[{"key":"bot-1","score":50.0},{"key":"bot-2","score":50.0}],"throttle_override":null})"));
    QCOMPARE(writes[0].settings.size(), std::size_t(1));
    QCOMPARE(writes[0].settings[0].first, std::string("engine.throttle_override"));
}

void TestAnomalyAlerts::undoGivesBackWhatTheResponseTook()
{
    Engine e(smallConfig());
    burst(e, "bot-1", kT0, 1);
    observe(e, finding(AnomalyKind::KeySurge, "key:bot-1", 0.9, kT0 + kNsPerSec, {{"bot-1", 500}}));
    QCOMPARE(e.throttle().level(), ThrottleLevel::Low);

    const Engine::AlertUndoPlan plan = e.planUndo(1, kT0 + kMin);
    QVERIFY(plan.clearsOverride);
    QCOMPARE(plan.points.size(), std::size_t(1));

    QVERIFY(e.apply(cmd::UndoAlertResponse{1, "dana"}, kT0 + kMin).ok);
    QVERIFY(!e.throttle().override());
    QCOMPARE(e.throttle().level(), ThrottleLevel::None);
    QCOMPARE(e.inspect("bot-1")->score, 50.0F);
    const AlertResponse& r = alertOf(e, 1).response;
    QVERIFY(r.undone);
    QCOMPARE(r.undoneBy, std::string("dana"));
    QCOMPARE(r.undoneAt, kT0 + kMin);
    QCOMPARE(alertOf(e, 1).state, AlertState::Open);  // undoing the response does not close the alert
    QCOMPARE(refusal(e, cmd::UndoAlertResponse{1, "dana"}, kT0 + 2 * kMin),
             std::string("the automatic response to anomaly alert 1 was already undone"));
}

void TestAnomalyAlerts::theResponseNeverLowersAStrongerOverride()
{
    Engine e(smallConfig());
    QVERIFY(e.apply(cmd::SetThrottleOverride{ThrottleLevel::High, "incident 12", 0, "ops"}, kT0).ok);
    observe(e, finding(AnomalyKind::Spike, "requests", 0.95, kT0 + kMin));
    QCOMPARE(e.throttle().level(), ThrottleLevel::High);
    QCOMPARE(e.throttle().override()->actor, std::string("ops"));
    QVERIFY(!alertOf(e, 1).response.throttleRaised);
    QVERIFY(alertOf(e, 1).response.notified);
    // Nothing to take back then: no throttle raised, no key lowered.
    QCOMPARE(refusal(e, cmd::UndoAlertResponse{1, "dana"}, kT0 + 2 * kMin),
             std::string("anomaly alert 1 has no automatic response to undo"));
}

void TestAnomalyAlerts::aLevelAlreadyAtTheResponseIsNotPinned()
{
    // A level that ends within the response's time is not replaced by one that holds it longer: the throttle is
    // raised only when it is below the response's level, and what holds it there now keeps deciding.
    Engine e(smallConfig());
    QVERIFY(e.apply(cmd::SetThrottleOverride{ThrottleLevel::High, "spike", kT0 + 3 * kMin, "ops"}, kT0).ok);
    observe(e, finding(AnomalyKind::Spike, "requests", 0.95, kT0 + kMin));
    QVERIFY(!alertOf(e, 1).response.throttleRaised);
    QCOMPARE(e.throttle().override()->expiresAt, kT0 + 3 * kMin);
    e.tick(kT0 + 4 * kMin);
    QCOMPARE(e.throttle().level(), ThrottleLevel::None);  // the admin's override ended, and nothing pins it
}

void TestAnomalyAlerts::undoLeavesAnOverrideSetSinceAlone()
{
    Engine e(smallConfig());
    burst(e, "bot-1", kT0, 1);
    observe(e, finding(AnomalyKind::KeySurge, "requests", 0.9, kT0 + kNsPerSec, {{"bot-1", 500}}));
    QVERIFY(e.apply(cmd::SetThrottleOverride{ThrottleLevel::Medium, "holding", 0, "ops"}, kT0 + kMin).ok);
    QVERIFY(!e.planUndo(1, kT0 + 2 * kMin).clearsOverride);
    QVERIFY(e.apply(cmd::UndoAlertResponse{1, "dana"}, kT0 + 2 * kMin).ok);
    QCOMPARE(e.throttle().level(), ThrottleLevel::Medium);  // an admin's since: not the response's to clear
    QCOMPARE(e.inspect("bot-1")->score, 50.0F);
}

void TestAnomalyAlerts::aPersonsWeakerOverrideStands()
{
    // Replacing an admin's pin (even at None) would lose it when the response ends or is undone.
    Engine e(smallConfig());
    burst(e, "bot-1", kT0, 1);
    QVERIFY(e.apply(cmd::SetThrottleOverride{ThrottleLevel::None, "release night", 0, "ops"}, kT0).ok);
    observe(e, finding(AnomalyKind::KeySurge, "requests", 0.9, kT0 + kNsPerSec, {{"bot-1", 500}}));
    QVERIFY(!alertOf(e, 1).response.throttleRaised);
    QCOMPARE(e.throttle().override()->actor, std::string("ops"));
    QCOMPARE(e.throttle().level(), ThrottleLevel::None);
    QCOMPARE(alertOf(e, 1).response.keysLowered, std::vector<std::string>{"bot-1"});  // the keys still pay
}

void TestAnomalyAlerts::lessTrafficThanExpectedIsOnlyNotified()
{
    // An upstream outage is no abuse: neither everyone's limits nor the busiest keys' scores are lowered.
    Engine e(smallConfig());
    burst(e, "user-1", kT0, 1);
    const float before = e.inspect("user-1")->score;
    observe(e, finding(AnomalyKind::Drop, "requests", 0.95, kT0 + kNsPerSec, {{"user-1", 50}}, 2));
    observe(e, finding(AnomalyKind::LevelShift, "denials", 0.95, kT0 + kNsPerSec, {{"user-1", 50}}, 2));
    for (const std::uint64_t id : {1, 2}) {
        const AlertResponse& r = alertOf(e, id).response;
        QVERIFY(!r.throttleRaised);
        QVERIFY(r.keysLowered.empty());
        QVERIFY(r.notified);
    }
    QCOMPARE(e.throttle().level(), ThrottleLevel::None);
    QCOMPARE(e.inspect("user-1")->score, before);
}

void TestAnomalyAlerts::aKeyPaysOncePerIncident()
{
    // One attack opens several alerts at once; its keys lose the penalty once per response period.
    Engine e(smallConfig());
    burst(e, "bot-1", kT0, 1);
    const float before = e.inspect("bot-1")->score;
    const TimeNs at = kT0 + kNsPerSec;
    observe(e, finding(AnomalyKind::Spike, "requests", 0.9, at, {{"bot-1", 500}}, 300));
    observe(e, finding(AnomalyKind::Spike, "active_keys", 0.9, at, {{"bot-1", 500}}, 300));
    QCOMPARE(e.inspect("bot-1")->score, before - 10);
    QVERIFY(alertOf(e, 2).response.keysLowered.empty());
    // A new incident after the period costs again.
    observe(e, finding(AnomalyKind::Spike, "denials", 0.9, at + 11 * kMin, {{"bot-1", 500}}, 300));
    QCOMPARE(e.inspect("bot-1")->score, before - 20);
}

void TestAnomalyAlerts::onlyKeysInTheRolloutAreLowered()
{
    EngineConfig config = smallConfig();
    setFeatureGate(config, Feature::AnomalyDetection, FeatureGate{true, 50});
    Engine e(config);
    std::string in;
    std::string out;
    for (int i = 0; in.empty() || out.empty(); ++i) {
        const std::string key = "key-" + std::to_string(i);
        (FeatureGates::bucket(Feature::AnomalyDetection, key) <= 50 ? in : out) = key;
    }
    burst(e, in, kT0, 1);
    burst(e, out, kT0, 1);
    observe(e, finding(AnomalyKind::RouteStuffing, "route:/login", 0.9, kT0 + kNsPerSec, {{in, 9}, {out, 8}}));
    QCOMPARE(alertOf(e, 1).response.keysLowered, std::vector<std::string>{in});
    QCOMPARE(e.inspect(in)->score, 40.0F);
    QCOMPARE(e.inspect(out)->score, 50.0F);
}

void TestAnomalyAlerts::withTheGateOffNothingOpens()
{
    EngineConfig config = smallConfig();
    setFeatureGate(config, Feature::AnomalyDetection, FeatureGate{false, 100});
    Engine e(config);
    observe(e, finding(AnomalyKind::Spike, "requests", 0.99, kT0));
    QVERIFY(e.anomaly().alerts().alerts().empty());
    QVERIFY(!e.throttle().override());
    Snapshot snapshot;
    e.fillSnapshot(kT0, snapshot);
    QVERIFY(snapshot.anomaly);
    QVERIFY(!snapshot.anomaly->enabled);

    QVERIFY(e.apply(cmd::SetFlagEnabled{flags::kAnomalyDetection, true, "ops"}, kT0 + kMin).ok);
    observe(e, finding(AnomalyKind::Spike, "requests", 0.99, kT0 + 2 * kMin));
    QCOMPARE(e.anomaly().alerts().alerts().size(), std::size_t(1));
    QCOMPARE(e.throttle().level(), ThrottleLevel::Low);
}

void TestAnomalyAlerts::theViewShowsTheNewestFirstAndIsSharedWhileUnchanged()
{
    EngineConfig config = smallConfig();
    config.anomaly.respond = false;
    Engine e(config);
    observe(e, finding(AnomalyKind::Spike, "requests", 0.9, kT0));
    observe(e, finding(AnomalyKind::Drop, "denials", 0.9, kT0 + kMin));
    QVERIFY(e.apply(cmd::ResolveAlert{1, "dana"}, kT0 + 2 * kMin).ok);
    QVERIFY(!e.throttle().override());  // responses off

    Snapshot first;
    e.fillSnapshot(kT0 + 2 * kMin, first);
    QVERIFY(first.anomaly->enabled);
    QCOMPARE(first.anomaly->openAlerts, std::uint64_t(1));
    QCOMPARE(first.anomaly->alerts.size(), std::size_t(2));
    QCOMPARE(first.anomaly->alerts[0].id, std::uint64_t(2));
    QCOMPARE(first.anomaly->alerts[1].id, std::uint64_t(1));

    Snapshot second;
    e.fillSnapshot(kT0 + 2 * kMin, second);
    QCOMPARE(second.anomaly.get(), first.anomaly.get());
    QVERIFY(e.apply(cmd::AcknowledgeAlert{2, "dana"}, kT0 + 3 * kMin).ok);
    Snapshot third;
    e.fillSnapshot(kT0 + 3 * kMin, third);
    QVERIFY(third.anomaly.get() != first.anomaly.get());
    QCOMPARE(third.anomaly->alerts[0].state, AlertState::Acknowledged);
}

QTEST_APPLESS_MAIN(TestAnomalyAlerts)
#include "tst_anomaly_alerts.moc"
