// SPDX-License-Identifier: Apache-2.0
// Flags over time on the virtual clock: schedules, rollout plans (steps, pause, resume, target), plans halted
// by an anomaly alert, exposure counts per minute, and the snapshot's flag rows.
#include "AnomalyTestSupport.h"

#include "flags/FlagEvaluator.h"
#include "flags/FlagsJson.h"

#include <QtTest>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

using namespace sluice::engine;
using namespace sluice::engine::testing;

namespace {

constexpr TimeNs kMin = kNsPerMin;
const std::string kAdmin = "admin";

flags::FeatureFlag rampFlag(int percent, flags::Effect effect = {})
{
    flags::FeatureFlag f;
    f.name = "new-checkout";
    f.enabled = true;
    flags::Strategy s;
    s.name = "flexibleRollout";
    s.parameters = {{"rollout", std::to_string(percent)}, {"stickiness", "default"}, {"groupId", f.name}};
    f.strategies.push_back(s);
    f.effect = std::move(effect);
    return f;
}

const FlagRowView& rowOf(Engine& e, TimeNs now, const std::string& name)
{
    static Snapshot s;
    e.tick(now);
    e.fillSnapshot(now, s);
    static const FlagRowView kMissing;
    const auto it = std::find_if(s.flags->flags.begin(), s.flags->flags.end(),
                                 [&](const FlagRowView& r) { return r.name == name; });
    return it == s.flags->flags.end() ? kMissing : *it;
}

int rolloutNow(const Engine& e) { return flags::rolloutOf(*e.flagSet().find("new-checkout")).value_or(-1); }

std::vector<std::string> actionsOf(const std::vector<store::FlagWrite>& writes)
{
    std::vector<std::string> out;
    for (const store::FlagWrite& w : writes) {
        for (const store::AuditEntry& a : w.audits) {
            out.push_back(a.action);
        }
    }
    return out;
}

}  // namespace

class TestFlagBook final : public QObject {
    Q_OBJECT

private slots:
    void builtInsArePresentAndOnForEveryKey();
    void scheduleSwitchesTheFlagAtItsInstants();
    void planStepsUpToItsTargetAndStops();
    void pausedPlanWaitsAndResumesFromNow();
    void planPutWithTheFlagStartsOnTheEngineClock();
    void alertOfAChosenKindHaltsThePlanAndTellsOps();
    void alertOfAnotherKindLeavesThePlanRunning();
    void exposuresAreCountedPerMinuteAndHandedOverOnce();
    void variantExposuresAreCountedPerVariant();
    void snapshotIsSharedWhileNothingChanged();
};

void TestFlagBook::builtInsArePresentAndOnForEveryKey()
{
    Engine e(smallConfig());
    for (const char* name : {flags::kReputationSystem, flags::kAdaptiveLimiting, flags::kAnomalyDetection}) {
        const FlagRowView& row = rowOf(e, kT0, name);
        QCOMPARE(row.name, std::string(name));
        QVERIFY(row.builtIn);
        QVERIFY(row.enabled);
        QCOMPARE(row.rollout, 100);
        QCOMPARE(row.effect, std::string("feature"));
    }
    e.decide(request("a", kT0));
    e.decide(request("b", kT0));
    QCOMPARE(rowOf(e, kT0, flags::kReputationSystem).keysInside, std::uint64_t{2});
    QCOMPARE(rowOf(e, kT0, flags::kReputationSystem).keysActive, std::uint64_t{2});
}

void TestFlagBook::scheduleSwitchesTheFlagAtItsInstants()
{
    Engine e(smallConfig());
    flags::FeatureFlag f = rampFlag(100);
    f.enabled = false;
    QVERIFY(e.apply(cmd::PutFlag{f, kAdmin}, kT0).ok);
    QVERIFY(
        e.apply(cmd::SetFlagSchedule{"new-checkout", {{kT0 + 20 * kMin, false}, {kT0 + 10 * kMin, true}}, kAdmin}, kT0)
            .ok);
    const FlagRowView& waiting = rowOf(e, kT0 + kMin, "new-checkout");
    QCOMPARE(waiting.nextScheduleAt, kT0 + 10 * kMin);
    QVERIFY(waiting.nextScheduleEnables);
    QVERIFY(!waiting.enabled);

    QVERIFY(!rowOf(e, kT0 + 10 * kMin - 1, "new-checkout").enabled);
    QVERIFY(rowOf(e, kT0 + 10 * kMin, "new-checkout").enabled);
    std::vector<store::FlagWrite> writes;
    e.takeFlagWrites(writes);
    QCOMPARE(actionsOf(writes), std::vector<std::string>{"flag.schedule_applied"});
    QCOMPARE(writes.front().audits.front().engineAt, std::optional<TimeNs>(kT0 + 10 * kMin));
    QVERIFY(flags::readFeature(writes.front().definition).flag->enabled);

    QVERIFY(!rowOf(e, kT0 + 25 * kMin, "new-checkout").enabled);
    QCOMPARE(rowOf(e, kT0 + 25 * kMin, "new-checkout").nextScheduleAt, TimeNs(0));
    e.takeFlagWrites(writes);
    QCOMPARE(writes.size(), std::size_t{1});
}

void TestFlagBook::planStepsUpToItsTargetAndStops()
{
    Engine e(smallConfig());
    QVERIFY(e.apply(cmd::PutFlag{rampFlag(0), kAdmin}, kT0).ok);
    flags::RolloutPlan plan;
    plan.stepPercent = 10;
    plan.stepEvery = kNsPerHour;
    plan.targetPercent = 25;
    QVERIFY(e.apply(cmd::SetRolloutPlan{"new-checkout", plan, kAdmin}, kT0).ok);
    QCOMPARE(rowOf(e, kT0, "new-checkout").plan, PlanState::Running);
    QCOMPARE(rowOf(e, kT0, "new-checkout").planNextStepAt, kT0 + kNsPerHour);

    e.tick(kT0 + kNsPerHour - 1);
    QCOMPARE(rolloutNow(e), 0);
    e.tick(kT0 + kNsPerHour);
    QCOMPARE(rolloutNow(e), 10);
    e.tick(kT0 + 2 * kNsPerHour);
    QCOMPARE(rolloutNow(e), 20);
    e.tick(kT0 + 3 * kNsPerHour);
    QCOMPARE(rolloutNow(e), 25);  // the target, not beyond
    e.tick(kT0 + 9 * kNsPerHour);
    QCOMPARE(rolloutNow(e), 25);
    QCOMPARE(rowOf(e, kT0 + 9 * kNsPerHour, "new-checkout").plan, PlanState::Done);
    std::vector<store::FlagWrite> writes;
    e.takeFlagWrites(writes);
    QCOMPARE(actionsOf(writes), (std::vector<std::string>{"flag.plan_step", "flag.plan_step", "flag.plan_step"}));
}

void TestFlagBook::planPutWithTheFlagStartsOnTheEngineClock()
{
    // The editor saves the whole flag; a plan without a next step starts when the engine takes it.
    Engine e(smallConfig());
    flags::FeatureFlag f = rampFlag(0);
    f.plan = flags::RolloutPlan{};
    f.plan->stepPercent = 30;
    f.plan->stepEvery = 2 * kNsPerHour;
    f.plan->targetPercent = 60;
    const TimeNs savedAt = kT0 + 5 * kMin;
    QVERIFY(e.apply(cmd::PutFlag{f, kAdmin}, savedAt).ok);
    QCOMPARE(e.flagSet().find("new-checkout")->plan->nextStepAt, savedAt + 2 * kNsPerHour);
    e.tick(savedAt + 2 * kNsPerHour);
    QCOMPARE(rolloutNow(e), 30);
    e.tick(savedAt + 4 * kNsPerHour);
    QCOMPARE(rolloutNow(e), 60);
    QCOMPARE(rowOf(e, savedAt + 4 * kNsPerHour, "new-checkout").plan, PlanState::Done);

    // A paused plan put with its flag waits for a resume.
    f.name = "paused-one";
    f.plan->paused = true;
    QVERIFY(e.apply(cmd::PutFlag{f, kAdmin}, savedAt).ok);
    QCOMPARE(e.flagSet().find("paused-one")->plan->nextStepAt, TimeNs{0});
    e.tick(savedAt + 9 * kNsPerHour);
    QCOMPARE(flags::rolloutOf(*e.flagSet().find("paused-one")).value_or(-1), 0);
}

void TestFlagBook::pausedPlanWaitsAndResumesFromNow()
{
    Engine e(smallConfig());
    QVERIFY(e.apply(cmd::PutFlag{rampFlag(0), kAdmin}, kT0).ok);
    flags::RolloutPlan plan;
    plan.stepPercent = 20;
    plan.stepEvery = 10 * kMin;
    QVERIFY(e.apply(cmd::SetRolloutPlan{"new-checkout", plan, kAdmin}, kT0).ok);
    e.tick(kT0 + 10 * kMin);
    QCOMPARE(rolloutNow(e), 20);
    QVERIFY(e.apply(cmd::PauseRolloutPlan{"new-checkout", true, kAdmin}, kT0 + 15 * kMin).ok);
    QCOMPARE(rowOf(e, kT0 + 15 * kMin, "new-checkout").plan, PlanState::Paused);
    e.tick(kT0 + 60 * kMin);
    QCOMPARE(rolloutNow(e), 20);
    QVERIFY(e.apply(cmd::PauseRolloutPlan{"new-checkout", false, kAdmin}, kT0 + 61 * kMin).ok);
    e.tick(kT0 + 70 * kMin);
    QCOMPARE(rolloutNow(e), 20);  // the next step is a whole interval after resuming
    e.tick(kT0 + 71 * kMin);
    QCOMPARE(rolloutNow(e), 40);
}

void TestFlagBook::alertOfAChosenKindHaltsThePlanAndTellsOps()
{
    Engine e(smallConfig());
    QVERIFY(e.apply(cmd::PutFlag{rampFlag(10), kAdmin}, kT0).ok);
    flags::RolloutPlan plan;
    plan.stepPercent = 10;
    plan.stepEvery = 10 * kMin;
    plan.haltOn = {"spike"};
    QVERIFY(e.apply(cmd::SetRolloutPlan{"new-checkout", plan, kAdmin}, kT0).ok);
    e.tick(kT0 + 10 * kMin);
    QCOMPARE(rolloutNow(e), 20);
    std::vector<store::FlagWrite> writes;
    e.takeFlagWrites(writes);

    observe(e, finding(AnomalyKind::Spike, "requests", 0.95, kT0 + 12 * kMin));
    const FlagRowView& row = rowOf(e, kT0 + 12 * kMin, "new-checkout");
    QCOMPARE(row.plan, PlanState::Halted);
    QVERIFY(row.planHaltedBy.find("alert 1") != std::string::npos);
    e.tick(kT0 + 60 * kMin);
    QCOMPARE(rolloutNow(e), 20);  // no step while halted

    e.takeFlagWrites(writes);
    QCOMPARE(actionsOf(writes), std::vector<std::string>{"flag.plan_halt"});
    QCOMPARE(writes.front().audits.front().engineAt, std::optional<TimeNs>(kT0 + 12 * kMin));
    std::vector<Notification> notes;
    e.takeNotifications(notes);
    QVERIFY(std::any_of(notes.begin(), notes.end(), [](const Notification& n) {
        return n.type == NotificationType::AnomalyAlert && n.body.find("new-checkout") != std::string::npos;
    }));

    // Resuming clears the halt; the plan steps again an interval later.
    QVERIFY(e.apply(cmd::PauseRolloutPlan{"new-checkout", false, kAdmin}, kT0 + 61 * kMin).ok);
    QCOMPARE(rowOf(e, kT0 + 61 * kMin, "new-checkout").plan, PlanState::Running);
    e.tick(kT0 + 71 * kMin);
    QCOMPARE(rolloutNow(e), 30);
}

void TestFlagBook::alertOfAnotherKindLeavesThePlanRunning()
{
    Engine e(smallConfig());
    QVERIFY(e.apply(cmd::PutFlag{rampFlag(10), kAdmin}, kT0).ok);
    flags::RolloutPlan plan;
    plan.stepEvery = 10 * kMin;
    plan.haltOn = {"spike"};
    QVERIFY(e.apply(cmd::SetRolloutPlan{"new-checkout", plan, kAdmin}, kT0).ok);
    observe(e, finding(AnomalyKind::Drop, "requests", 0.95, kT0 + 2 * kMin));
    QCOMPARE(rowOf(e, kT0 + 2 * kMin, "new-checkout").plan, PlanState::Running);
    e.tick(kT0 + 10 * kMin);
    QCOMPARE(rolloutNow(e), 20);
}

void TestFlagBook::exposuresAreCountedPerMinuteAndHandedOverOnce()
{
    EngineConfig c = smallConfig();
    c.policies = {Policy{"", 1000, kNsPerMin, 1000}, Policy{"/login", 10, kNsPerMin, 5}};
    Engine e(c);
    QVERIFY(e.apply(cmd::PutFlag{rampFlag(100, {flags::EffectKind::RoutePolicy, "/login"}), kAdmin}, kT0).ok);
    flags::FeatureFlag off = rampFlag(0, {flags::EffectKind::RoutePolicy, "/login"});
    off.name = "never";
    QVERIFY(e.apply(cmd::PutFlag{off, kAdmin}, kT0).ok);
    // 7 decisions in the first minute, 3 in the second.
    burst(e, "a", kT0 + kNsPerSec, 4);
    burst(e, "b", kT0 + 30 * kNsPerSec, 3);
    burst(e, "a", kT0 + kMin + kNsPerSec, 3);
    std::vector<store::FlagExposureRow> rows;
    e.takeFlagExposures(rows);
    const auto find = [&](const std::string& flag, TimeNs start) -> const store::FlagExposureRow* {
        for (const auto& r : rows) {
            if (r.flag == flag && r.bucketStart == start) {
                return &r;
            }
        }
        return nullptr;
    };
    const store::FlagExposureRow* first = find("new-checkout", kT0);
    QVERIFY(first);
    QCOMPARE(first->yes, std::uint64_t{7});
    QCOMPARE(first->no, std::uint64_t{0});
    QVERIFY(find("never", kT0));
    QCOMPARE(find("never", kT0)->no, std::uint64_t{7});
    QCOMPARE(find("never", kT0)->yes, std::uint64_t{0});
    QVERIFY(find(flags::kReputationSystem, kT0));
    QCOMPARE(find(flags::kReputationSystem, kT0)->yes, std::uint64_t{7});
    QVERIFY(!find("new-checkout", kT0 + kMin));  // still open

    e.tick(kT0 + 2 * kMin);
    e.takeFlagExposures(rows);
    QVERIFY(find("new-checkout", kT0 + kMin));
    QCOMPARE(find("new-checkout", kT0 + kMin)->yes, std::uint64_t{3});
    QVERIFY(!find("new-checkout", kT0));  // handed over once

    const FlagRowView& row = rowOf(e, kT0 + 2 * kMin, "new-checkout");
    QCOMPARE(row.exposure.size(), std::size_t{2});
    QCOMPARE(row.exposure[0].start, kT0);
    QCOMPARE(row.exposure[0].yes, std::uint64_t{7});
    QCOMPARE(row.exposure[1].yes, std::uint64_t{3});
}

void TestFlagBook::variantExposuresAreCountedPerVariant()
{
    // An experiment without an effect: its split is counted anyway, per variant and minute.
    flags::FeatureFlag ab = rampFlag(50);
    ab.name = "checkout-ab";
    for (const char* name : {"blue", "green"}) {
        flags::Variant v;
        v.name = name;
        v.weight = 500;
        v.stickiness = "default";
        ab.variants.push_back(v);
    }
    Engine e(smallConfig());
    QVERIFY(e.apply(cmd::PutFlag{ab, kAdmin}, kT0).ok);
    std::map<std::string, std::uint64_t> expected;
    std::uint64_t inside = 0;
    const auto decideAll = [&](TimeNs at) {
        const flags::FlagEvaluator evaluator(e.flagSet());
        for (int k = 0; k < 300; ++k) {
            const std::string key = "user-" + std::to_string(k);
            burst(e, key, at, 2);
            flags::FlagContext context;
            context.userId = key;
            context.sessionId = key;
            const flags::Evaluation ev = evaluator.evaluate("checkout-ab", context);
            if (ev.enabled) {
                inside += 2;
                expected[std::string(ev.variant.name)] += 2;
            }
        }
    };
    decideAll(kT0 + kNsPerSec);
    // A rollout change keeps the variants, so the minute's counts go on; more keys come inside.
    QVERIFY(e.apply(cmd::SetFlagRollout{"checkout-ab", 80, kAdmin}, kT0 + 20 * kNsPerSec).ok);
    decideAll(kT0 + 30 * kNsPerSec);
    QVERIFY(expected["blue"] > 100 && expected["green"] > 100);  // both sides of the split are exercised

    e.tick(kT0 + kMin);
    std::vector<store::FlagExposureRow> rows;
    e.takeFlagExposures(rows);
    std::map<std::string, std::uint64_t> counted;
    std::uint64_t on = 0;
    for (const auto& r : rows) {
        if (r.flag == "checkout-ab" && r.bucketStart == kT0) {
            (r.variant.empty() ? on : counted[r.variant]) += r.yes;
        }
    }
    QCOMPARE(on, inside);
    QCOMPARE(counted["blue"], expected["blue"]);
    QCOMPARE(counted["green"], expected["green"]);

    const FlagRowView& row = rowOf(e, kT0 + kMin, "checkout-ab");
    QCOMPARE(row.exposure.size(), std::size_t{1});
    QCOMPARE(row.exposure[0].variants.size(), std::size_t{2});
    QCOMPARE(row.exposure[0].variants[0].variant, std::string("blue"));
    QCOMPARE(row.exposure[0].variants[0].count, expected["blue"]);
    QCOMPARE(row.exposure[0].variants[1].count, expected["green"]);
}

void TestFlagBook::snapshotIsSharedWhileNothingChanged()
{
    Engine e(smallConfig());
    Snapshot a;
    Snapshot b;
    e.fillSnapshot(kT0, a);
    e.fillSnapshot(kT0, b);
    QVERIFY(a.flags);
    QCOMPARE(a.flags.get(), b.flags.get());
    const std::uint64_t revision = a.flags->revision;
    QVERIFY(e.apply(cmd::SetFlagEnabled{flags::kAdaptiveLimiting, false, kAdmin}, kT0).ok);
    e.fillSnapshot(kT0, b);
    QVERIFY(a.flags.get() != b.flags.get());
    QVERIFY(b.flags->revision > revision);
}

QTEST_APPLESS_MAIN(TestFlagBook)
#include "tst_flag_book.moc"
