// SPDX-License-Identifier: Apache-2.0
// What flags do to decisions: Sluice's own features behind their flags, route policies and VIP tiers for the
// keys inside a rollout, the kill switch, and changes that apply to keys already in the table.
#include "EngineTestSupport.h"
#include "FlagTestSupport.h"

#include "flags/Murmur3.h"
#include "query/FlagPreview.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace sluice::engine;
using namespace sluice::engine::testing;

namespace {

constexpr int kKeys = 400;
const std::string kAdmin = "admin";

int bucket(std::string_view group, std::string_view key)
{
    const std::string text = std::string(group) + ":" + std::string(key);
    return static_cast<int>(murmur3x86_32(text, 0) % 100 + 1);
}

flags::Variant variant(std::string name, int weight)
{
    flags::Variant v;
    v.name = std::move(name);
    v.weight = weight;
    return v;
}

std::string keyName(int n) { return "client-" + std::to_string(n); }

flags::FeatureFlag rolloutFlag(const std::string& name, int percent, flags::Effect effect)
{
    flags::FeatureFlag f = flags::test::rolloutFlag(name, percent);
    f.effect = std::move(effect);
    return f;
}

// The default policy allows 1000 at once; /login allows 5 at once.
Engine loginEngine()
{
    EngineConfig c;
    c.policies = {Policy{"", 1000, kNsPerMin, 1000}, Policy{"/login", 10, kNsPerMin, 5}};
    return Engine(c);
}

}  // namespace

class TestFlagEffects final : public QObject {
    Q_OBJECT

private slots:
    void routePolicyAppliesOnlyToKeysInside();
    void raisingTheRolloutKeepsEveryKeyThatWasInside();
    void killSwitchAndDisableApplyToKeysAlreadyKnown();
    void vipTierEffectGivesTheTierToKeysWithoutOne();
    void builtInFeatureKeepsTheOldBuckets();
    void builtInFlagsRolloutMovesTheFeature();
    void refusesWhatWouldBreakAFlag();
    void previewCountsTheKeysACandidateWouldReach();
};

void TestFlagEffects::routePolicyAppliesOnlyToKeysInside()
{
    Engine e = loginEngine();
    QVERIFY(
        e.apply(cmd::PutFlag{rolloutFlag("strict-login", 50, {flags::EffectKind::RoutePolicy, "/login"}), kAdmin}, kT0)
            .ok);
    int inside = 0;
    for (int n = 0; n < kKeys; ++n) {
        const std::string key = keyName(n);
        const bool in = bucket("strict-login", key) <= 50;
        inside += in ? 1 : 0;
        const int allowed = burst(e, key, kT0 + kNsPerSec, 20, "/login");
        QVERIFY2(allowed == (in ? 5 : 20), qPrintable(QString::fromStdString(key)));
    }
    QVERIFY(inside > kKeys / 3 && inside < 2 * kKeys / 3);
}

void TestFlagEffects::raisingTheRolloutKeepsEveryKeyThatWasInside()
{
    Engine e = loginEngine();
    QVERIFY(
        e.apply(cmd::PutFlag{rolloutFlag("strict-login", 20, {flags::EffectKind::RoutePolicy, "/login"}), kAdmin}, kT0)
            .ok);
    std::vector<bool> before;
    for (int n = 0; n < kKeys; ++n) {
        before.push_back(burst(e, keyName(n), kT0 + kNsPerSec, 6, "/login") == 5);
    }
    QVERIFY(e.apply(cmd::SetFlagRollout{"strict-login", 60, kAdmin}, kT0 + 2 * kNsPerSec).ok);
    int gained = 0;
    for (int n = 0; n < kKeys; ++n) {
        // A minute later every key's /login state is fresh again.
        const bool now = burst(e, keyName(n), kT0 + 2 * kNsPerMin, 6, "/login") == 5;
        QVERIFY2(!before[n] || now, qPrintable(QString::fromStdString(keyName(n))));
        QCOMPARE(now, bucket("strict-login", keyName(n)) <= 60);
        gained += (now && !before[n]) ? 1 : 0;
    }
    QVERIFY(gained > 0);
}

void TestFlagEffects::killSwitchAndDisableApplyToKeysAlreadyKnown()
{
    Engine e = loginEngine();
    QVERIFY(
        e.apply(cmd::PutFlag{rolloutFlag("strict-login", 100, {flags::EffectKind::RoutePolicy, "/login"}), kAdmin}, kT0)
            .ok);
    QCOMPARE(burst(e, "k", kT0 + kNsPerSec, 20, "/login"), 5);
    QVERIFY(!e.apply(cmd::SetFlagKilled{"strict-login", true, "", kAdmin}, kT0 + 2 * kNsPerSec).ok);  // needs a reason
    QVERIFY(e.apply(cmd::SetFlagKilled{"strict-login", true, "locks out partners", kAdmin}, kT0 + 2 * kNsPerSec).ok);
    QCOMPARE(burst(e, "k", kT0 + 3 * kNsPerSec, 20, "/login"), 20);  // the default policy, still fresh for "k"
    QVERIFY(e.apply(cmd::SetFlagKilled{"strict-login", false, "", kAdmin}, kT0 + 4 * kNsPerSec).ok);
    QCOMPARE(burst(e, "k2", kT0 + 4 * kNsPerSec, 20, "/login"), 5);
    QVERIFY(e.apply(cmd::SetFlagEnabled{"strict-login", false, kAdmin}, kT0 + 5 * kNsPerSec).ok);
    QCOMPARE(burst(e, "k3", kT0 + 5 * kNsPerSec, 20, "/login"), 20);
    Snapshot s;
    e.fillSnapshot(kT0 + 5 * kNsPerSec, s);
    QVERIFY(s.flags);
    const auto row = std::find_if(s.flags->flags.begin(), s.flags->flags.end(),
                                  [](const FlagRowView& r) { return r.name == "strict-login"; });
    QVERIFY(row != s.flags->flags.end());
    QVERIFY(!row->enabled);
    QCOMPARE(row->keysInside, std::uint64_t{0});
    QCOMPARE(row->keysActive, std::uint64_t{3});
    QCOMPARE(row->effect, std::string("route_policy:/login"));
}

void TestFlagEffects::vipTierEffectGivesTheTierToKeysWithoutOne()
{
    EngineConfig c;
    c.policies = {Policy{"", 100, kNsPerMin, 100}};
    Engine e(c);
    store::PersistedState state;
    state.vipTiers = {{"silver", 1.25}, {"gold", 1.5}};
    state.vipAssignments = {{"own-silver", "silver", 0, "", "test", kT0}};
    e.restore(state, kT0);
    flags::FeatureFlag f = rolloutFlag("gold-for-all", 100, {flags::EffectKind::VipTier, "gold"});
    QVERIFY(e.apply(cmd::PutFlag{f, kAdmin}, kT0).ok);
    const Decision plain = e.decide(request("someone", kT0 + kNsPerSec));
    QCOMPARE(plain.vipTier, std::uint8_t{2});
    QCOMPARE(plain.limit, 150U);
    const Decision own = e.decide(request("own-silver", kT0 + kNsPerSec));
    QCOMPARE(own.vipTier, std::uint8_t{1});
    QCOMPARE(own.limit, 125U);
    QVERIFY(e.apply(cmd::SetFlagRollout{"gold-for-all", 0, kAdmin}, kT0 + 2 * kNsPerSec).ok);
    QCOMPARE(e.decide(request("someone", kT0 + 3 * kNsPerSec)).limit, 100U);
    // A tier that does not exist cannot be an effect.
    QVERIFY(!e.apply(cmd::PutFlag{rolloutFlag("x", 10, {flags::EffectKind::VipTier, "diamond"}), kAdmin}, kT0).ok);
}

void TestFlagEffects::builtInFeatureKeepsTheOldBuckets()
{
    Engine e(smallConfig());
    QVERIFY(e.apply(cmd::SetFlagRollout{flags::kReputationSystem, 40, kAdmin}, kT0).ok);
    int inside = 0;
    for (int n = 0; n < kKeys; ++n) {
        const std::string key = keyName(n);
        e.decide(request(key, kT0 + kNsPerSec));
        const auto view = e.inspect(key);
        QVERIFY(view);
        QCOMPARE(view->reputationApplies, bucket("reputation_system", key) <= 40);
        QVERIFY(view->throttleApplies);
        inside += view->reputationApplies ? 1 : 0;
    }
    QVERIFY(inside > kKeys / 4 && inside < kKeys / 2);
    QVERIFY(!e.apply(cmd::RemoveFlag{flags::kReputationSystem, kAdmin}, kT0 + kNsPerMin).ok);
}

void TestFlagEffects::builtInFlagsRolloutMovesTheFeature()
{
    Engine e(smallConfig());
    QVERIFY(e.apply(cmd::SetFlagRollout{flags::kAdaptiveLimiting, 25, kAdmin}, kT0).ok);
    const flags::FeatureFlag* f = e.flagSet().find(flags::kAdaptiveLimiting);
    QVERIFY(f);
    QCOMPARE(flags::rolloutOf(*f).value_or(-1), 25);
    QCOMPARE(featureGate(e.config(), Feature::AdaptiveLimiting).percentage, std::uint8_t{25});
    e.decide(request("a", kT0 + kNsPerSec));
    QCOMPARE(e.inspect("a")->throttleApplies, bucket("adaptive_limiting", "a") <= 25);
}

void TestFlagEffects::refusesWhatWouldBreakAFlag()
{
    Engine e = loginEngine();
    const auto refused = [&](const Command& c, const char* words) {
        const CommandResult r = e.apply(c, kT0);
        if (r.ok) {
            return false;
        }
        return r.error.find(words) != std::string::npos;
    };
    QVERIFY(refused(cmd::RemoveFlag{flags::kAnomalyDetection, kAdmin}, "cannot be removed"));
    QVERIFY(refused(cmd::SetFlagEnabled{"nope", true, kAdmin}, "no flag 'nope'"));
    QVERIFY(refused(cmd::PutFlag{rolloutFlag("r", 10, {flags::EffectKind::RoutePolicy, "/nowhere"}), kAdmin},
                    "no route policy '/nowhere'"));
    QVERIFY(refused(cmd::PutFlag{rolloutFlag("f", 10, {flags::EffectKind::Feature, ""}), kAdmin}, "feature"));
    flags::FeatureFlag plain;
    plain.name = "plain";
    plain.enabled = true;
    QVERIFY(e.apply(cmd::PutFlag{plain, kAdmin}, kT0).ok);
    QVERIFY(refused(cmd::SetFlagRollout{"plain", 50, kAdmin}, "no rollout strategy"));
    QVERIFY(refused(cmd::SetFlagSchedule{"plain", {{kT0 - kNsPerSec, true}}, kAdmin}, "in the past"));
    flags::FeatureFlag weighted = plain;
    weighted.variants = {variant("a", 500), variant("b", 400)};
    QVERIFY(refused(cmd::PutFlag{weighted, kAdmin}, "add up to 900"));
    weighted.variants[1].weight = 500;
    QVERIFY(e.apply(cmd::PutFlag{weighted, kAdmin}, kT0).ok);
    flags::RolloutPlan plan;
    QVERIFY(refused(cmd::SetRolloutPlan{"plain", plan, kAdmin}, "needs a rollout strategy"));
    QVERIFY(e.apply(cmd::PutFlag{rolloutFlag("ramp", 0, {}), kAdmin}, kT0).ok);
    plan.haltOn = {"earthquake"};
    QVERIFY(refused(cmd::SetRolloutPlan{"ramp", plan, kAdmin}, "unknown alert kind 'earthquake'"));
    flags::FeatureFlag child = plain;
    child.name = "child";
    child.dependencies = {flags::Dependency{"ramp", true, {}}};
    QVERIFY(e.apply(cmd::PutFlag{child, kAdmin}, kT0).ok);
    QVERIFY(refused(cmd::RemoveFlag{"ramp", kAdmin}, "depends on 'ramp'"));
    QVERIFY(refused(cmd::RemoveSegment{7, kAdmin}, "no segment 7"));
    // Nothing refused changed anything.
    QVERIFY(e.flagSet().find("r") == nullptr);
    QCOMPARE(e.flagSet().find("plain")->variants.size(), std::size_t{2});
}

void TestFlagEffects::previewCountsTheKeysACandidateWouldReach()
{
    Engine e = loginEngine();
    for (int n = 0; n < kKeys; ++n) {
        e.decide(request(keyName(n), kT0 + kNsPerSec));
    }
    flags::FeatureFlag candidate = rolloutFlag("preview-me", 30, {});
    candidate.variants = {variant("blue", 500), variant("green", 500)};
    const FlagPreview preview = e.previewFlag(candidate);
    int expected = 0;
    for (int n = 0; n < kKeys; ++n) {
        expected += bucket("preview-me", keyName(n)) <= 30 ? 1 : 0;
    }
    QCOMPARE(preview.keys, std::uint64_t{kKeys});
    QCOMPARE(preview.inside, std::uint64_t(expected));
    QCOMPARE(preview.variants.size(), std::size_t{2});
    QCOMPARE(preview.variants[0].second + preview.variants[1].second, preview.inside);
    QVERIFY(preview.variants[0].second > 0 && preview.variants[1].second > 0);
    QVERIFY(e.flagSet().find("preview-me") == nullptr);  // a preview saves nothing
}

QTEST_APPLESS_MAIN(TestFlagEffects)
#include "tst_flag_effects.moc"
