// SPDX-License-Identifier: Apache-2.0
#include "FlagTestSupport.h"
#include "flags/FeatureGates.h"
#include "flags/FlagEvaluator.h"
#include "flags/Murmur3.h"

#include <QTest>

#include <array>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>

// Counts heap allocations, so a test can show the per-key evaluation allocates nothing.
namespace {
std::atomic<long> g_allocations{0};
}  // namespace

void* operator new(std::size_t size)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size == 0 ? 1 : size)) {
        return p;
    }
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

using namespace sluice::engine;
using namespace sluice::engine::flags;

namespace {

constexpr const char* kFlagName = "beta-search";

// One strategy's parameters and one context, with the answer worked out by hand. Buckets are
// murmur3("<groupId>:<id>") % 100 + 1, computed apart from this code: group "checkout": alice 10, bob 40,
// carol 22, dave 77, erin 91, niaj 5; group "beta-search": alice 14, bob 73; group "billing": acme 30,
// globex 67; group "gu": alice 33, ivan 77, frank 3, judy 48, dave 57; group "onboarding": s-1001 5,
// s-1003 9, s-1005 99, s-1006 11, s-1008 51, s-1010 24.
struct StrategyCase {
    const char* tag;
    const char* strategy;
    const char* parameters;
    const char* context;
    bool expected;
};

// clang-format off
const StrategyCase kStrategyCases[] = {
    {"default: on", "default", "", "", true},
    {"default: on for anyone", "default", "", "userId=alice;environment=prod", true},
    {"default: parameters ignored", "default", "rollout=0", "userId=alice", true},
    {"default: no context at all", "default", "", "environment=", true},
    {"default: session only", "default", "", "sessionId=s-1", true},
    {"default: address only", "default", "", "remoteAddress=10.0.0.1", true},
    {"default: properties only", "default", "", "plan=pro", true},
    {"default: random given", "default", "", "random=100", true},
    {"default: hostname given", "default", "", "hostname=web-1", true},
    {"default: app name given", "default", "", "appName=shop", true},

    {"userWithId: first", "userWithId", "userIds=alice,bob", "userId=alice", true},
    {"userWithId: second", "userWithId", "userIds=alice,bob", "userId=bob", true},
    {"userWithId: not listed", "userWithId", "userIds=alice,bob", "userId=carol", false},
    {"userWithId: no user", "userWithId", "userIds=alice,bob", "", false},
    {"userWithId: blanks around", "userWithId", "userIds=alice, bob , carol", "userId=carol", true},
    {"userWithId: case matters", "userWithId", "userIds=Alice", "userId=alice", false},
    {"userWithId: empty list", "userWithId", "userIds=", "userId=alice", false},
    {"userWithId: whole id only", "userWithId", "userIds=alice2", "userId=alice", false},
    {"userWithId: one id", "userWithId", "userIds=alice", "userId=alice", true},
    {"userWithId: session is no user", "userWithId", "userIds=alice", "sessionId=alice", false},
    {"userWithId: numbers", "userWithId", "userIds=123,456", "userId=456", true},

    {"flexible: bucket 10 at 50", "flexibleRollout", "rollout=50;stickiness=userId;groupId=checkout", "userId=alice", true},
    {"flexible: bucket 40 at 40", "flexibleRollout", "rollout=40;stickiness=userId;groupId=checkout", "userId=bob", true},
    {"flexible: bucket 40 at 39", "flexibleRollout", "rollout=39;stickiness=userId;groupId=checkout", "userId=bob", false},
    {"flexible: bucket 77 at 50", "flexibleRollout", "rollout=50;stickiness=userId;groupId=checkout", "userId=dave", false},
    {"flexible: 100 %", "flexibleRollout", "rollout=100;stickiness=userId;groupId=checkout", "userId=erin", true},
    {"flexible: 0 %", "flexibleRollout", "rollout=0;stickiness=userId;groupId=checkout", "userId=niaj", false},
    {"flexible: userId missing", "flexibleRollout", "rollout=100;stickiness=userId;groupId=checkout", "sessionId=alice", false},
    {"flexible: default takes userId", "flexibleRollout", "rollout=10;stickiness=default;groupId=checkout", "userId=alice;sessionId=dave", true},
    {"flexible: default falls to sessionId", "flexibleRollout", "rollout=10;stickiness=default;groupId=checkout", "sessionId=alice", true},
    {"flexible: default sessionId outside", "flexibleRollout", "rollout=9;stickiness=default;groupId=checkout", "sessionId=alice", false},
    {"flexible: sessionId", "flexibleRollout", "rollout=22;stickiness=sessionId;groupId=checkout", "sessionId=carol", true},
    {"flexible: sessionId missing", "flexibleRollout", "rollout=100;stickiness=sessionId;groupId=checkout", "userId=carol", false},
    {"flexible: custom field inside", "flexibleRollout", "rollout=30;stickiness=tenant;groupId=billing", "tenant=acme", true},
    {"flexible: custom field outside", "flexibleRollout", "rollout=30;stickiness=tenant;groupId=billing", "tenant=globex", false},
    {"flexible: custom field missing", "flexibleRollout", "rollout=100;stickiness=tenant;groupId=billing", "userId=acme", false},
    {"flexible: random inside", "flexibleRollout", "rollout=30;stickiness=random;groupId=checkout", "random=30", true},
    {"flexible: random outside", "flexibleRollout", "rollout=30;stickiness=random;groupId=checkout", "random=31", false},
    {"flexible: default, nothing set, random inside", "flexibleRollout", "rollout=50;stickiness=default", "random=50", true},
    {"flexible: default, nothing set, random outside", "flexibleRollout", "rollout=50;stickiness=default", "random=51", false},
    {"flexible: groupId is the flag name", "flexibleRollout", "rollout=14;stickiness=userId", "userId=alice", true},
    {"flexible: flag name group outside", "flexibleRollout", "rollout=50;stickiness=userId", "userId=bob", false},
    {"flexible: no stickiness is default", "flexibleRollout", "rollout=10;groupId=checkout", "userId=alice", true},
    {"flexible: rollout unreadable", "flexibleRollout", "rollout=abc;stickiness=userId;groupId=checkout", "userId=alice", false},
    {"flexible: rollout missing", "flexibleRollout", "stickiness=userId;groupId=checkout", "userId=alice", false},

    {"gradualUser: at bucket", "gradualRolloutUserId", "percentage=33;groupId=gu", "userId=alice", true},
    {"gradualUser: below bucket", "gradualRolloutUserId", "percentage=32;groupId=gu", "userId=alice", false},
    {"gradualUser: 100 %", "gradualRolloutUserId", "percentage=100;groupId=gu", "userId=ivan", true},
    {"gradualUser: 0 %", "gradualRolloutUserId", "percentage=0;groupId=gu", "userId=frank", false},
    {"gradualUser: bucket 48 at 50", "gradualRolloutUserId", "percentage=50;groupId=gu", "userId=judy", true},
    {"gradualUser: bucket 57 at 50", "gradualRolloutUserId", "percentage=50;groupId=gu", "userId=dave", false},
    {"gradualUser: no user", "gradualRolloutUserId", "percentage=100;groupId=gu", "", false},
    {"gradualUser: session is no user", "gradualRolloutUserId", "percentage=100;groupId=gu", "sessionId=alice", false},
    {"gradualUser: bucket 3 at 3", "gradualRolloutUserId", "percentage=3;groupId=gu", "userId=frank", true},
    {"gradualUser: flag name group", "gradualRolloutUserId", "percentage=14", "userId=alice", true},
    {"gradualUser: unreadable", "gradualRolloutUserId", "percentage=x;groupId=gu", "userId=frank", false},

    {"gradualSession: at bucket", "gradualRolloutSessionId", "percentage=5;groupId=onboarding", "sessionId=s-1001", true},
    {"gradualSession: below bucket", "gradualRolloutSessionId", "percentage=4;groupId=onboarding", "sessionId=s-1001", false},
    {"gradualSession: bucket 51 at 50", "gradualRolloutSessionId", "percentage=50;groupId=onboarding", "sessionId=s-1008", false},
    {"gradualSession: bucket 51 at 51", "gradualRolloutSessionId", "percentage=51;groupId=onboarding", "sessionId=s-1008", true},
    {"gradualSession: 100 %", "gradualRolloutSessionId", "percentage=100;groupId=onboarding", "sessionId=s-1005", true},
    {"gradualSession: 0 %", "gradualRolloutSessionId", "percentage=0;groupId=onboarding", "sessionId=s-1001", false},
    {"gradualSession: no session", "gradualRolloutSessionId", "percentage=100;groupId=onboarding", "", false},
    {"gradualSession: user is no session", "gradualRolloutSessionId", "percentage=100;groupId=onboarding", "userId=s-1001", false},
    {"gradualSession: bucket 9 at 10", "gradualRolloutSessionId", "percentage=10;groupId=onboarding", "sessionId=s-1003", true},
    {"gradualSession: bucket 11 at 10", "gradualRolloutSessionId", "percentage=10;groupId=onboarding", "sessionId=s-1006", false},
    {"gradualSession: bucket 24 at 25", "gradualRolloutSessionId", "percentage=25;groupId=onboarding", "sessionId=s-1010", true},

    {"gradualRandom: at draw", "gradualRolloutRandom", "percentage=50", "random=50", true},
    {"gradualRandom: above draw", "gradualRolloutRandom", "percentage=50", "random=51", false},
    {"gradualRandom: 0 %", "gradualRolloutRandom", "percentage=0", "random=1", false},
    {"gradualRandom: 100 %", "gradualRolloutRandom", "percentage=100", "random=100", true},
    {"gradualRandom: 1 % lowest", "gradualRolloutRandom", "percentage=1", "random=1", true},
    {"gradualRandom: 1 % above", "gradualRolloutRandom", "percentage=1", "random=2", false},
    {"gradualRandom: 99 % highest", "gradualRolloutRandom", "percentage=99", "random=100", false},
    {"gradualRandom: 25 % low draw", "gradualRolloutRandom", "percentage=25", "random=13", true},
    {"gradualRandom: unreadable", "gradualRolloutRandom", "percentage=abc", "random=1", false},
    {"gradualRandom: 75 % above", "gradualRolloutRandom", "percentage=75", "random=76", false},

    {"remote: one address", "remoteAddress", "IPs=127.0.0.1", "remoteAddress=127.0.0.1", true},
    {"remote: no address", "remoteAddress", "IPs=127.0.0.1", "", false},
    {"remote: in a list", "remoteAddress", "IPs=192.168.0.1, 192.168.0.2, 192.168.0.3", "remoteAddress=192.168.0.3", true},
    {"remote: not in the list", "remoteAddress", "IPs=192.168.0.1, 192.168.0.2, 192.168.0.3", "remoteAddress=217.100.10.11", false},
    {"remote: invalid entry skipped", "remoteAddress", "IPs=192.168.0.1, 192.invalid, 192.168.0.3", "remoteAddress=192.168.0.3", true},
    {"remote: v4 block", "remoteAddress", "IPs=10.0.0.0/8", "remoteAddress=10.20.30.40", true},
    {"remote: outside v4 block", "remoteAddress", "IPs=10.0.0.0/8", "remoteAddress=11.0.0.1", false},
    {"remote: v6 block", "remoteAddress", "IPs=2001:db8::/32", "remoteAddress=2001:db8:1::5", true},
    {"remote: v6 same address", "remoteAddress", "IPs=::1", "remoteAddress=0:0::1", true},
    {"remote: outside v6 block", "remoteAddress", "IPs=2001:db8::/32", "remoteAddress=2001:db9::1", false},
    {"remote: mapped v4", "remoteAddress", "IPs=10.0.0.0/8", "remoteAddress=::ffff:10.0.0.1", true},
    {"remote: mixed list", "remoteAddress", "IPs=10.0.0.0/8,fe80::/10", "remoteAddress=fe80::1", true},

    {"hostname: listed", "applicationHostname", "hostNames=web-1", "hostname=web-1", true},
    {"hostname: second", "applicationHostname", "hostNames=web-1,web-2", "hostname=web-2", true},
    {"hostname: not listed", "applicationHostname", "hostNames=web-1,web-2", "hostname=web-3", false},
    {"hostname: none", "applicationHostname", "hostNames=web-1", "", false},
    {"hostname: list case ignored", "applicationHostname", "hostNames=WEB-1", "hostname=web-1", true},
    {"hostname: blanks", "applicationHostname", "hostNames=web-1 , web-2", "hostname=web-2", true},
    {"hostname: empty list", "applicationHostname", "hostNames=", "hostname=web-1", false},
    {"hostname: whole name only", "applicationHostname", "hostNames=web", "hostname=web-1", false},
    {"hostname: own case ignored", "applicationHostname", "hostNames=web-2", "hostname=WEB-2", true},
    {"hostname: app name is no host", "applicationHostname", "hostNames=web-1", "appName=web-1", false},

    {"unknown strategy", "myCustomStrategy", "", "userId=alice", false},
};
// clang-format on

Strategy strategy(std::string_view name, std::string_view parameters = "")
{
    Strategy s;
    s.name = std::string(name);
    s.known = name != "myCustomStrategy";
    for (auto& [key, value] : test::pairs(parameters)) {
        s.parameters.emplace_back(std::move(key), std::move(value));
    }
    return s;
}

FeatureFlag flag(std::string_view name, std::vector<Strategy> strategies, bool enabled = true)
{
    FeatureFlag f;
    f.name = std::string(name);
    f.enabled = enabled;
    f.strategies = std::move(strategies);
    return f;
}

Constraint inList(std::string_view field, std::vector<std::string> values)
{
    Constraint c;
    c.contextName = std::string(field);
    c.operatorName = "IN";
    c.values = std::move(values);
    return c;
}

Variant variant(std::string_view name, int weight, std::string_view payload = "")
{
    Variant v;
    v.name = std::string(name);
    v.weight = weight;
    if (!payload.empty()) {
        v.payload = Payload{"string", std::string(payload)};
    }
    return v;
}

Evaluation evaluate(const FlagSet& set, std::string_view toggle, std::string_view context)
{
    const test::ContextText text(context);
    return FlagEvaluator(set).evaluate(toggle, text.context());
}

bool enabled(const FlagSet& set, std::string_view toggle, std::string_view context)
{
    return evaluate(set, toggle, context).enabled;
}

std::string key(int n) { return "key-" + std::to_string(n); }

}  // namespace

class TestFlagEvaluator final : public QObject {
    Q_OBJECT

private slots:
    void murmur3MatchesReferenceValues();
    void everyStrategyHasItsCases();
    void strategyDecidesAsUnleashSays_data();
    void strategyDecidesAsUnleashSays();
    void flagSwitchesComeBeforeStrategies();
    void strategiesAreTriedInOrder();
    void constraintsAndSegmentsGateAStrategy();
    void flagVariantsPickByWeightOverrideAndStickiness();
    void strategyVariantsWinOverTheFlags();
    void disabledVariantTellsWhetherTheFlagIsOn();
    void dependenciesFollowTheirParents();
    void killedFlagIsOffForEveryone();
    void builtInFlagsKeepTheOldGateBuckets();
    void rolloutOfReadsAndMovesTheSlidersParameter();
    void millionKeysSplitByEveryPercentage();
    void rolloutOnlyEverAddsKeys();
    void variantSplitsFollowTheWeights();
    void rolloutEvaluationAllocatesNothing();
};

void TestFlagEvaluator::murmur3MatchesReferenceValues()
{
    // Published MurmurHash3 x86_32 vectors, and buckets computed with an independent implementation.
    QCOMPARE(murmur3x86_32("", 0), 0U);
    QCOMPARE(murmur3x86_32("", 1), 0x514E28B7U);
    QCOMPARE(murmur3x86_32("test", 0), 0xBA6BD213U);
    QCOMPARE(murmur3x86_32("Hello, world!", 0), 0xC0363E43U);
    QCOMPARE(murmur3x86_32("The quick brown fox jumps over the lazy dog", 0), 0x2E4FF723U);
    QCOMPARE(normalizedHash("checkout", "alice", 100), 10U);
    QCOMPARE(normalizedHash("billing", "globex", 100), 67U);
    QCOMPARE(normalizedHash("colors", "alice", 1000, kVariantSeed), 137U);
    QCOMPARE(normalizedHash("exp", "hooli", 30, kVariantSeed), 26U);
    // Longer than the stack buffer: the same hash as the joined string.
    const std::string longValue(2000, 'x');
    QCOMPARE(normalizedHash("g", longValue, 100), murmur3x86_32("g:" + longValue) % 100 + 1);
}

void TestFlagEvaluator::everyStrategyHasItsCases()
{
    for (const char* name :
         {"default", "userWithId", "flexibleRollout", "gradualRolloutUserId", "gradualRolloutSessionId",
          "gradualRolloutRandom", "remoteAddress", "applicationHostname"}) {
        int cases = 0;
        for (const StrategyCase& c : kStrategyCases) {
            cases += std::string_view(name) == c.strategy ? 1 : 0;
        }
        QVERIFY2(cases >= 10, name);
    }
}

void TestFlagEvaluator::strategyDecidesAsUnleashSays_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < static_cast<int>(std::size(kStrategyCases)); ++i) {
        QTest::newRow(kStrategyCases[i].tag) << i;
    }
}

void TestFlagEvaluator::strategyDecidesAsUnleashSays()
{
    QFETCH(int, index);
    const StrategyCase& c = kStrategyCases[index];
    FlagSet set;
    set.features.push_back(flag(kFlagName, {strategy(c.strategy, c.parameters)}));
    QCOMPARE(enabled(set, kFlagName, c.context), c.expected);
    // The engine's entry point agrees with the full evaluation.
    const test::ContextText text(c.context);
    QCOMPARE(FlagEvaluator(set).isEnabled(set.features.front(), text.context()), c.expected);
}

void TestFlagEvaluator::flagSwitchesComeBeforeStrategies()
{
    FlagSet set;
    set.features.push_back(flag("on", {strategy("default")}));
    set.features.push_back(flag("off", {strategy("default")}, false));
    set.features.push_back(flag("bare-on", {}));
    set.features.push_back(flag("bare-off", {}, false));
    Strategy parked = strategy("default");
    parked.disabled = true;
    set.features.push_back(flag("all-parked", {parked}));
    QVERIFY(enabled(set, "on", ""));
    QVERIFY(!enabled(set, "off", ""));
    QVERIFY(enabled(set, "bare-on", ""));  // no strategies: the switch alone decides
    QVERIFY(!enabled(set, "bare-off", ""));
    QVERIFY(!enabled(set, "all-parked", ""));  // a disabled strategy lets nobody in
    const Evaluation missing = evaluate(set, "nobody-defined-this", "");
    QVERIFY(!missing.found);
    QVERIFY(!missing.enabled);
    QVERIFY(evaluate(set, "off", "").found);

    // A candidate outside the set evaluates the same way, its parents taken from the set.
    FeatureFlag candidate = flag("candidate", {strategy("userWithId", "userIds=alice")});
    candidate.dependencies = {{"on", true, {}}};
    candidate.variants = {variant("only", 1)};
    const test::ContextText alice("userId=alice");
    const Evaluation previewed = FlagEvaluator(set).evaluate(candidate, alice.context());
    QVERIFY(previewed.enabled);
    QCOMPARE(previewed.variant.name, std::string_view("only"));
    candidate.dependencies = {{"off", true, {}}};
    QVERIFY(!FlagEvaluator(set).evaluate(candidate, alice.context()).enabled);
}

void TestFlagEvaluator::strategiesAreTriedInOrder()
{
    Strategy custom = strategy("myCustomStrategy");
    Strategy parked = strategy("default");
    parked.disabled = true;
    Strategy users = strategy("userWithId", "userIds=alice");
    users.variants = {variant("for-alice", 1)};
    Strategy everyone = strategy("default");
    everyone.variants = {variant("for-everyone", 1)};
    FlagSet set;
    set.features.push_back(flag("layered", {custom, parked, users, everyone}));
    set.features.push_back(flag("custom-only", {custom}));
    QCOMPARE(evaluate(set, "layered", "userId=alice").variant.name, std::string_view("for-alice"));
    QCOMPARE(evaluate(set, "layered", "userId=bob").variant.name, std::string_view("for-everyone"));
    QVERIFY(!enabled(set, "custom-only", "userId=alice"));
}

void TestFlagEvaluator::constraintsAndSegmentsGateAStrategy()
{
    FlagSet set;
    set.segments.push_back({1, "prod", {inList("environment", {"prod"})}});
    set.segments.push_back({2, "pro plans", {inList("plan", {"pro", "enterprise"})}});
    Strategy both = strategy("default");
    both.segments = {1, 2};
    Strategy missing = strategy("default");
    missing.segments = {1, 99};
    Strategy constrained = strategy("default");
    constrained.constraints = {inList("region", {"eu"})};
    constrained.segments = {1};
    set.features.push_back(flag("segmented", {both}));
    set.features.push_back(flag("dangling", {missing}));
    set.features.push_back(flag("mixed", {constrained}));
    QVERIFY(enabled(set, "segmented", "environment=prod;plan=pro"));
    QVERIFY(!enabled(set, "segmented", "environment=prod;plan=free"));
    QVERIFY(!enabled(set, "segmented", "environment=dev;plan=pro"));
    QVERIFY(!enabled(set, "dangling", "environment=prod"));  // a segment that is not there never holds
    QVERIFY(enabled(set, "mixed", "environment=prod;region=eu"));
    QVERIFY(!enabled(set, "mixed", "environment=prod;region=us"));
    QVERIFY(!enabled(set, "mixed", "environment=dev;region=eu"));
}

void TestFlagEvaluator::flagVariantsPickByWeightOverrideAndStickiness()
{
    // murmur3("colors:<id>", 86028157) % 1000 + 1: alice 137, bob 352, carol 766, frank 504, ivan 181;
    // 10.0.0.1 687, s-1 152. Ranges: red 1..333, green 334..666, blue 667..1000.
    FlagSet set;
    FeatureFlag colors = flag("colors", {strategy("default")});
    colors.variants = {variant("red", 333, "#f00"), variant("green", 333, "#0f0"), variant("blue", 334)};
    colors.variants[2].overrides = {{"userId", {"frank", "grace"}}};
    set.features.push_back(colors);
    const auto name = [&](std::string_view context) {
        return std::string(evaluate(set, "colors", context).variant.name);
    };
    QCOMPARE(name("userId=alice"), "red");
    QCOMPARE(name("userId=ivan"), "red");
    QCOMPARE(name("userId=bob"), "green");
    QCOMPARE(name("userId=carol"), "blue");
    QCOMPARE(name("userId=frank"), "blue");            // override, though 504 is green's
    QCOMPARE(name("sessionId=s-1"), "red");            // default stickiness: sessionId next
    QCOMPARE(name("remoteAddress=10.0.0.1"), "blue");  // then remoteAddress
    QCOMPARE(name("random=1"), "red");
    QCOMPARE(name("random=100"), "blue");
    const Evaluation alice = evaluate(set, "colors", "userId=alice");
    QVERIFY(alice.variant.enabled && alice.variant.featureEnabled);
    QVERIFY(alice.variant.payload != nullptr);
    QCOMPARE(alice.variant.payload->value, std::string("#f00"));
    QVERIFY(evaluate(set, "colors", "userId=carol").variant.payload == nullptr);

    // Custom stickiness from the first variant, weights 50/50: murmur3("pricing:<tenant>", seed) % 100 + 1:
    // acme 64, globex 1, hooli 15, umbrella 86.
    FeatureFlag pricing = flag("pricing", {strategy("default")});
    pricing.variants = {variant("cheap", 50), variant("dear", 50)};
    pricing.variants[0].stickiness = "tenant";
    set.features.push_back(pricing);
    const auto price = [&](std::string_view context) {
        return std::string(evaluate(set, "pricing", context).variant.name);
    };
    QCOMPARE(price("tenant=globex;userId=acme"), "cheap");
    QCOMPARE(price("tenant=hooli"), "cheap");
    QCOMPARE(price("tenant=acme"), "dear");
    QCOMPARE(price("tenant=umbrella"), "dear");

    // A zero weight is never picked; zero in all leaves the flag on without a variant.
    FeatureFlag weightless = flag("weightless", {strategy("default")});
    weightless.variants = {variant("never", 0), variant("always", 5)};
    FeatureFlag empty = flag("empty", {strategy("default")});
    empty.variants = {variant("never", 0)};
    set.features.push_back(weightless);
    set.features.push_back(empty);
    for (int i = 0; i < 200; ++i) {
        QCOMPARE(evaluate(set, "weightless", "userId=" + key(i)).variant.name, std::string_view("always"));
    }
    const Evaluation none = evaluate(set, "empty", "userId=alice");
    QVERIFY(none.enabled);
    QCOMPARE(none.variant.name, std::string_view("disabled"));
    QVERIFY(!none.variant.enabled && none.variant.featureEnabled);
}

void TestFlagEvaluator::strategyVariantsWinOverTheFlags()
{
    // murmur3("exp:<tenant>", 86028157) % 30 + 1: acme 19, globex 8, hooli 26. Ranges a 1..10, b 11..20, c 21..30.
    Strategy rollout = strategy("flexibleRollout", "rollout=100;stickiness=tenant;groupId=exp");
    rollout.variants = {variant("a", 10, "A"), variant("b", 10, "B"), variant("c", 10, "C")};
    rollout.constraints = {inList("environment", {"prod"})};
    Strategy fallback = strategy("default");
    FeatureFlag experiment = flag("experiment", {rollout, fallback});
    experiment.variants = {variant("flag-level", 1, "F")};
    FlagSet set;
    set.features.push_back(experiment);
    const auto pick = [&](std::string_view context) { return evaluate(set, "experiment", context).variant; };
    QCOMPARE(pick("environment=prod;tenant=globex").name, std::string_view("a"));
    QCOMPARE(pick("environment=prod;tenant=acme").name, std::string_view("b"));
    QCOMPARE(pick("environment=prod;tenant=hooli").name, std::string_view("c"));
    QCOMPARE(pick("environment=prod;tenant=hooli").payload->value, std::string("C"));
    // The default strategy let them in; it has no variants, so the flag's apply.
    QCOMPARE(pick("environment=dev;tenant=hooli").name, std::string_view("flag-level"));
    QCOMPARE(pick("environment=dev").payload->value, std::string("F"));
}

void TestFlagEvaluator::disabledVariantTellsWhetherTheFlagIsOn()
{
    FlagSet set;
    FeatureFlag off = flag("off", {strategy("default")}, false);
    off.variants = {variant("x", 1)};
    set.features.push_back(off);
    set.features.push_back(flag("plain", {strategy("default")}));
    const Evaluation o = evaluate(set, "off", "userId=alice");
    QCOMPARE(o.variant.name, std::string_view("disabled"));
    QVERIFY(!o.variant.enabled && !o.variant.featureEnabled && o.variant.payload == nullptr);
    const Evaluation p = evaluate(set, "plain", "userId=alice");
    QCOMPARE(p.variant.name, std::string_view("disabled"));
    QVERIFY(!p.variant.enabled && p.variant.featureEnabled);
}

void TestFlagEvaluator::dependenciesFollowTheirParents()
{
    FlagSet set;
    set.features.push_back(flag("parent-on", {strategy("default")}));
    set.features.push_back(flag("parent-off", {strategy("default")}, false));
    FeatureFlag varied = flag("parent-varied", {strategy("default")});
    varied.variants = {variant("gold", 1)};
    set.features.push_back(varied);
    set.features.push_back(flag("parent-prod", {strategy("default")}));
    set.features.back().strategies[0].constraints = {inList("environment", {"prod"})};
    const auto child = [&](std::string_view name, std::vector<Dependency> dependencies, bool on = true) {
        FeatureFlag f = flag(name, {strategy("default")}, on);
        f.variants = {variant("child-variant", 1)};
        f.dependencies = std::move(dependencies);
        set.features.push_back(std::move(f));
    };
    child("needs-on", {{"parent-on", true, {}}});
    child("needs-on-but-off", {{"parent-on", true, {}}}, false);
    child("needs-off-parent-on", {{"parent-off", true, {}}});
    child("wants-off", {{"parent-off", false, {}}});
    child("wants-off-but-on", {{"parent-on", false, {}}});
    child("needs-gold", {{"parent-varied", true, {"silver", "gold"}}});
    child("needs-silver", {{"parent-varied", true, {"silver"}}});
    child("needs-disabled-variant", {{"parent-on", true, {"disabled"}}});
    child("needs-disabled-variant-of-off", {{"parent-off", true, {"disabled"}}});
    child("needs-both", {{"parent-on", true, {}}, {"parent-off", false, {}}});
    child("needs-missing", {{"no-such-flag", true, {}}});
    child("needs-prod", {{"parent-prod", true, {}}});
    child("transitive", {{"needs-on", true, {}}});  // a parent with parents of its own: Unleash says no
    QVERIFY(enabled(set, "needs-on", ""));
    QVERIFY(!enabled(set, "needs-on-but-off", ""));
    QVERIFY(!enabled(set, "needs-off-parent-on", ""));
    QVERIFY(enabled(set, "wants-off", ""));
    QVERIFY(!enabled(set, "wants-off-but-on", ""));
    QVERIFY(enabled(set, "needs-gold", ""));
    QVERIFY(!enabled(set, "needs-silver", ""));
    QVERIFY(enabled(set, "needs-disabled-variant", ""));
    QVERIFY(!enabled(set, "needs-disabled-variant-of-off", ""));
    QVERIFY(enabled(set, "needs-both", ""));
    QVERIFY(!enabled(set, "needs-missing", ""));
    QVERIFY(enabled(set, "needs-prod", "environment=prod"));  // the parent sees the child's context
    QVERIFY(!enabled(set, "needs-prod", "environment=dev"));
    QVERIFY(!enabled(set, "transitive", ""));
    const Evaluation blocked = evaluate(set, "needs-off-parent-on", "");
    QCOMPARE(blocked.variant.name, std::string_view("disabled"));
    QVERIFY(!blocked.variant.featureEnabled);
    QCOMPARE(evaluate(set, "needs-on", "").variant.name, std::string_view("child-variant"));
}

void TestFlagEvaluator::killedFlagIsOffForEveryone()
{
    FlagSet set;
    FeatureFlag killed = flag("killed", {strategy("default")});
    killed.variants = {variant("x", 1)};
    killed.killed = true;
    set.features.push_back(killed);
    FeatureFlag child = flag("child", {strategy("default")});
    child.dependencies = {{"killed", true, {}}};
    set.features.push_back(child);
    FeatureFlag antiChild = flag("anti-child", {strategy("default")});
    antiChild.dependencies = {{"killed", false, {}}};
    set.features.push_back(antiChild);
    for (const char* context : {"", "userId=alice", "sessionId=s-1;environment=prod"}) {
        const Evaluation e = evaluate(set, "killed", context);
        QVERIFY(e.found && !e.enabled);
        QCOMPARE(e.variant.name, std::string_view("disabled"));
        QVERIFY(!e.variant.featureEnabled);
        QVERIFY(!enabled(set, "child", context));
        QVERIFY(enabled(set, "anti-child", context));
    }
    set.features[0].killed = false;
    QVERIFY(enabled(set, "killed", "userId=alice"));
}

void TestFlagEvaluator::builtInFlagsKeepTheOldGateBuckets()
{
    const std::array<Feature, kFeatureCount> features{Feature::ReputationSystem, Feature::AdaptiveLimiting,
                                                      Feature::AnomalyDetection};
    for (const Feature feature : features) {
        const std::string name(nameOf(feature));
        for (const int percent : {0, 1, 37, 50, 100}) {
            FlagSet set;
            set.features.push_back(builtInFlag(name, true, percent));
            QCOMPARE(set.features[0].effect.kind, EffectKind::Feature);
            QCOMPARE(rolloutOf(set.features[0]), std::optional(percent));
            const FlagEvaluator evaluator(set);
            for (int i = 0; i < 2000; ++i) {
                const std::string k = key(i);
                const std::uint8_t bucket = FeatureGates::bucket(feature, k);
                QCOMPARE(normalizedHash(name, k, 100), std::uint32_t(bucket));
                FlagContext context;
                context.userId = k;
                QCOMPARE(evaluator.isEnabled(set.features[0], context), bucket <= percent && percent > 0);
            }
        }
        FlagSet off;
        off.features.push_back(builtInFlag(name, false, 100));
        FlagContext context;
        context.userId = "key-1";
        QVERIFY(!FlagEvaluator(off).isEnabled(off.features[0], context));
    }
}

void TestFlagEvaluator::rolloutOfReadsAndMovesTheSlidersParameter()
{
    FeatureFlag f = flag("f", {strategy("userWithId", "userIds=a"), strategy("gradualRolloutUserId", "percentage=20"),
                               strategy("flexibleRollout", "rollout=35;stickiness=userId")});
    QCOMPARE(rolloutOf(f), std::optional(35));  // flexibleRollout first, wherever it stands
    QVERIFY(setRollout(f, 60));
    QCOMPARE(parameter(f.strategies[2], "rollout"), std::string_view("60"));
    QCOMPARE(parameter(f.strategies[1], "percentage"), std::string_view("20"));
    QVERIFY(setRollout(f, 250));
    QCOMPARE(rolloutOf(f), std::optional(100));
    QVERIFY(setRollout(f, -5));
    QCOMPARE(rolloutOf(f), std::optional(0));

    FeatureFlag gradual = flag("g", {strategy("gradualRolloutSessionId", "groupId=g")});
    QCOMPARE(rolloutOf(gradual), std::optional(0));  // no percentage yet: evaluates off
    QVERIFY(setRollout(gradual, 15));
    QCOMPARE(parameter(gradual.strategies[0], "percentage"), std::string_view("15"));

    FeatureFlag none = flag("n", {strategy("default")});
    QCOMPARE(rolloutOf(none), std::nullopt);
    QVERIFY(!setRollout(none, 10));
    QCOMPARE(parameter(none.strategies[0], "rollout"), std::string_view());
}

void TestFlagEvaluator::millionKeysSplitByEveryPercentage()
{
    constexpr int kKeys = 1'000'000;
    // Keys are written into one buffer, not kept: a million strings would dominate the run under sanitizers.
    char buffer[32];
    const auto userKey = [&](int n) {
        return std::string_view(buffer, static_cast<std::size_t>(std::snprintf(buffer, sizeof buffer, "user-%d", n)));
    };
    std::array<int, 101> perBucket{};
    for (int i = 0; i < kKeys; ++i) {
        const std::uint32_t bucket = normalizedHash("spread", userKey(i), 100);
        QVERIFY(bucket >= 1 && bucket <= 100);
        ++perBucket[bucket];
    }
    int inside = 0;
    for (int p = 1; p <= 100; ++p) {
        inside += perBucket[p];
        const double share = 100.0 * inside / kKeys;
        QVERIFY2(std::abs(share - p) <= 0.2, qPrintable(QStringLiteral("%1 %: %2 %").arg(p).arg(share)));
    }
    // The same through the evaluator, at a few settings.
    for (const int percent : {1, 33, 90}) {
        FlagSet set;
        set.features.push_back(flag("spread", {strategy("flexibleRollout", "stickiness=userId")}));
        QVERIFY(setRollout(set.features[0], percent));
        const FlagEvaluator evaluator(set);
        int on = 0;
        FlagContext context;
        for (int i = 0; i < kKeys; ++i) {
            context.userId = userKey(i);
            on += evaluator.isEnabled(set.features[0], context) ? 1 : 0;
        }
        QVERIFY2(std::abs(100.0 * on / kKeys - percent) <= 0.2, qPrintable(QString::number(percent)));
    }
}

void TestFlagEvaluator::rolloutOnlyEverAddsKeys()
{
    constexpr int kKeys = 10'000;
    FlagSet set;
    set.features.push_back(flag("growing", {strategy("flexibleRollout", "stickiness=userId;groupId=growing")}));
    std::vector<std::string> keys;
    for (int i = 0; i < kKeys; ++i) {
        keys.push_back(key(i));
    }
    std::vector<char> insideBefore(kKeys, 0);
    int countBefore = 0;
    for (int percent = 0; percent <= 100; ++percent) {
        QVERIFY(setRollout(set.features[0], percent));
        const FlagEvaluator evaluator(set);
        FlagContext context;
        int count = 0;
        for (int i = 0; i < kKeys; ++i) {
            context.userId = keys[i];
            const bool inside = evaluator.isEnabled(set.features[0], context);
            QVERIFY2(inside || !insideBefore[i], qPrintable(QStringLiteral("%1 left at %2 %").arg(i).arg(percent)));
            insideBefore[i] = inside ? 1 : 0;
            count += inside ? 1 : 0;
        }
        QVERIFY(count >= countBefore);
        countBefore = count;
    }
    QCOMPARE(countBefore, kKeys);
}

void TestFlagEvaluator::variantSplitsFollowTheWeights()
{
    constexpr int kKeys = 200'000;
    FeatureFlag split = flag("split", {strategy("default")});
    split.variants = {variant("small", 200), variant("medium", 300), variant("large", 500)};
    FlagSet set;
    set.features.push_back(split);
    const FlagEvaluator evaluator(set);
    std::array<int, 3> counts{};
    for (int i = 0; i < kKeys; ++i) {
        const std::string k = key(i);
        FlagContext context;
        context.userId = k;
        const std::string_view name = evaluator.evaluate("split", context).variant.name;
        counts[name == "small" ? 0 : (name == "medium" ? 1 : 2)] += 1;
    }
    const std::array<double, 3> expected{20.0, 30.0, 50.0};
    for (int v = 0; v < 3; ++v) {
        const double share = 100.0 * counts[v] / kKeys;
        QVERIFY2(std::abs(share - expected[v]) <= 0.5, qPrintable(QString::number(share)));
    }
}

void TestFlagEvaluator::rolloutEvaluationAllocatesNothing()
{
    FlagSet set;
    set.features.push_back(builtInFlag(kReputationSystem, true, 40));
    set.features.push_back(flag("plain-default", {strategy("default")}));
    set.features.push_back(flag("rollout-default", {strategy("flexibleRollout", "rollout=50;stickiness=default")}));
    std::vector<std::string> keys;
    for (int i = 0; i < 1000; ++i) {
        keys.push_back(key(i));
    }
    const FlagEvaluator evaluator(set);
    int on = 0;
    const long before = g_allocations.load();
    for (const std::string& k : keys) {
        FlagContext context;
        context.userId = k;
        for (const FeatureFlag& f : set.features) {
            on += evaluator.isEnabled(f, context) ? 1 : 0;
            on += evaluator.evaluate(f.name, context).enabled ? 1 : 0;
        }
    }
    QCOMPARE(g_allocations.load() - before, 0L);
    QVERIFY(on > 2000);  // the evaluations really ran: two flags are on for everyone
}

QTEST_APPLESS_MAIN(TestFlagEvaluator)
#include "tst_flag_evaluator.moc"
