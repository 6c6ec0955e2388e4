// SPDX-License-Identifier: Apache-2.0
// Decision throughput, memory per key and latency of the engine, next to a plain hash-table baseline run on
// the same request stream in the same process. Prints one `name value unit` line per figure.
#include "BaselineTable.h"
#include "RequestStream.h"

#include "decision/Engine.h"
#include "keys/KeyTable.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <memory>
#include <numeric>
#include <string>
#include <thread>
#include <vector>

using namespace sluice;
using engine::TimeNs;

namespace {

constexpr std::size_t kBatch = 4096;  // requests handed over per batch, as a source's queue would
constexpr TimeNs kStart = 1'800'000'000LL * engine::kNsPerSec;

double seconds(std::chrono::steady_clock::duration d) { return std::chrono::duration<double>(d).count(); }

engine::EngineConfig allFeaturesOn()
{
    engine::EngineConfig config;
    config.policies = {engine::Policy{"", 1000, engine::kNsPerMin, 1000},
                       engine::Policy{"/login", 10, engine::kNsPerMin, 5}};
    return config;
}

void addVips(engine::Engine& e, std::uint32_t keys)
{
    e.apply(engine::cmd::PutVipTier{"gold", 1.5}, kStart);
    e.apply(engine::cmd::SetThrottleOverride{engine::ThrottleLevel::Low, "benchmark", 0, "bench"}, kStart);
    for (std::uint32_t n = 0; n < keys; n += 100) {
        e.apply(engine::cmd::AssignVip{"user-" + std::to_string(n), "gold", 0, "", "bench"}, kStart);
    }
}

double runEngine(engine::Engine& e, bench::RequestStream& stream, std::vector<engine::Decision>& out)
{
    const auto t0 = std::chrono::steady_clock::now();
    const std::size_t n = stream.requests.size();
    for (std::size_t i = 0; i < n; i += kBatch) {
        const std::size_t count = std::min(kBatch, n - i);
        e.decide(std::span(stream.requests).subspan(i, count), std::span(out).subspan(0, count));
    }
    const double s = seconds(std::chrono::steady_clock::now() - t0);
    stream.shiftTime(stream.requests.back().timestamp - stream.requests.front().timestamp + engine::kNsPerSec);
    return static_cast<double>(n) / s;
}

double runBaseline(bench::BaselineTable& table, const bench::RequestStream& stream, std::uint64_t& sink)
{
    const auto t0 = std::chrono::steady_clock::now();
    for (const engine::Request& r : stream.requests) {
        sink += ++table.upsert(r.key);
    }
    return static_cast<double>(stream.requests.size()) / seconds(std::chrono::steady_clock::now() - t0);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct SideBySide {
    double onRate = 0;  // decisions per second of CPU time, median over the rounds
    double offRate = 0;
    double ratio = 0;  // time of `on` over time of `off` (1.05 = 5 % slower), median
};

// Two engines decide the same stream, taking turns every 16 batches, each timed on its own, so a busy machine
// slows both alike.
SideBySide sideBySide(engine::Engine& on, engine::Engine& off, bench::RequestStream& stream, int rounds,
                      std::vector<engine::Decision>& out)
{
    constexpr std::size_t kTurn = 16 * kBatch;
    // On the thread's CPU clock: time spent waiting for a core while other processes run is not the engine's.
    const auto cpuSeconds = [] {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
    };
    const auto decideTimed = [&](engine::Engine& e, std::size_t from, std::size_t to) {
        const double t0 = cpuSeconds();
        for (std::size_t i = from; i < to; i += kBatch) {
            const std::size_t count = std::min(kBatch, to - i);
            e.decide(std::span(stream.requests).subspan(i, count), std::span(out).subspan(0, count));
        }
        return cpuSeconds() - t0;
    };
    std::vector<double> onRates;
    std::vector<double> offRates;
    std::vector<double> ratios;
    const std::size_t n = stream.requests.size();
    for (int round = 0; round < std::max(rounds, 9); ++round) {
        double onSeconds = 0;
        double offSeconds = 0;
        for (std::size_t i = 0; i < n; i += kTurn) {
            const std::size_t to = std::min(n, i + kTurn);
            // Who goes first alternates too: the second finds the stream's bytes already in cache.
            if ((i / kTurn + static_cast<std::size_t>(round)) % 2 == 0) {
                offSeconds += decideTimed(off, i, to);
                onSeconds += decideTimed(on, i, to);
            } else {
                onSeconds += decideTimed(on, i, to);
                offSeconds += decideTimed(off, i, to);
            }
        }
        stream.shiftTime(stream.requests.back().timestamp - stream.requests.front().timestamp + engine::kNsPerSec);
        onRates.push_back(static_cast<double>(n) / onSeconds);
        offRates.push_back(static_cast<double>(n) / offSeconds);
        ratios.push_back(onSeconds / offSeconds);
    }
    return SideBySide{median(onRates), median(offRates), median(ratios)};
}

void print(const char* name, double value, const char* unit)
{
    std::printf("%s %.6g %s\n", name, value, unit);
    std::fflush(stdout);
}

}  // namespace

static void uniformFigures(int rounds, std::vector<engine::Decision>& out, std::uint64_t& sink);
static void zipfFigures(int rounds, std::vector<engine::Decision>& out, std::uint64_t& sink);
static void detectionFigures(int rounds, std::vector<engine::Decision>& out);
static void flagFigures(int rounds, std::vector<engine::Decision>& out);
static void shardedFigures(int rounds);
static void violationFigures(int rounds, std::vector<engine::Decision>& out);

int main(int argc, char** argv)
{
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const std::string only = argc > 2 ? argv[2] : "";
    std::vector<engine::Decision> out(kBatch);
    std::uint64_t sink = 0;

    if (only.empty() || only == "uniform") {
        uniformFigures(rounds, out, sink);
    }
    if (only.empty() || only == "zipf") {
        zipfFigures(rounds, out, sink);
    }
    if (only.empty() || only == "detection") {
        detectionFigures(rounds, out);
    }
    if (only.empty() || only == "flags") {
        flagFigures(rounds, out);
    }
    if (only.empty() || only == "sharded") {
        shardedFigures(rounds);
    }
    if (only.empty() || only == "violations") {
        violationFigures(rounds, out);
    }
    std::fprintf(stderr, "(checksum %llu)\n", static_cast<unsigned long long>(sink));
    return 0;
}

void uniformFigures(int rounds, std::vector<engine::Decision>& out, std::uint64_t& sink)
{
    // --- 1,000,000 keys, uniform ---
    constexpr std::uint32_t kKeys = 1'000'000;
    std::vector<std::uint32_t> everyKey(kKeys);
    std::iota(everyKey.begin(), everyKey.end(), 0U);
    auto warm = bench::streamFor(everyKey, kStart, 1000);
    auto uniform = bench::streamFor(bench::uniformKeys(4'000'000, kKeys, 42), kStart + 2 * engine::kNsPerSec, 1000);

    engine::Engine e(allFeaturesOn());
    addVips(e, kKeys);
    runEngine(e, warm, out);
    bench::BaselineTable baseline(kKeys);
    for (const auto& r : warm.requests) {
        baseline.upsert(r.key) = 0;
    }

    std::vector<double> engineRates;
    std::vector<double> baselineRates;
    std::vector<double> ratios;
    for (int i = 0; i < rounds; ++i) {
        engineRates.push_back(runEngine(e, uniform, out));
        baselineRates.push_back(runBaseline(baseline, uniform, sink));
        ratios.push_back(engineRates.back() / baselineRates.back());
    }
    print("decisions_per_sec.uniform_1m", median(engineRates), "ops/s");
    print("baseline_lookups_per_sec.uniform_1m", median(baselineRates), "ops/s");
    print("engine_to_baseline_ratio.uniform_1m", median(ratios), "ratio");
    print("bytes_per_key", static_cast<double>(e.memoryBytes()) / static_cast<double>(e.keyCount()), "B");

    // Latency of one decision handed over alone (no batching to hide misses behind), on the warm table.
    std::vector<double> latencies;
    latencies.reserve(200'000);
    engine::Decision d;
    for (std::size_t i = 0; i < 200'000; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        d = e.decide(uniform.requests[i]);
        latencies.push_back(std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - t0).count());
        sink += d.remaining;
    }
    std::sort(latencies.begin(), latencies.end());
    print("decision_p50_ns", latencies[latencies.size() / 2], "ns");
    print("decision_p99_ns", latencies[latencies.size() * 99 / 100], "ns");
}

void zipfFigures(int rounds, std::vector<engine::Decision>& out, std::uint64_t& sink)
{
    // --- 10,000 keys, Zipf s=1.1: hot keys run far over their limits ---
    auto zipf = bench::streamFor(bench::zipfKeys(4'000'000, 10'000, 1.1, 7), kStart, 1000);
    engine::Engine z(allFeaturesOn());
    addVips(z, 10'000);
    runEngine(z, zipf, out);
    std::vector<double> zipfRates;
    for (int i = 0; i < rounds; ++i) {
        zipfRates.push_back(runEngine(z, zipf, out));
    }
    print("decisions_per_sec.zipf_10k", median(zipfRates), "ops/s");
    engine::Snapshot snap;
    z.tick(zipf.requests.back().timestamp);
    z.fillSnapshot(zipf.requests.back().timestamp, snap);
    print("zipf_10k.denied_fraction", static_cast<double>(snap.denied) / static_cast<double>(snap.requests), "ratio");
    sink += snap.requests;
}

void detectionFigures(int rounds, std::vector<engine::Decision>& out)
{
    // --- anomaly detection on against off, in the same run ---
    // Two engines alike but for the anomaly_detection gate decide the same stream: 1,000,000 keys, 30 us apart
    // in request time, so each round also crosses samples of the one-minute detection grid. They take turns
    // every 16 batches, each timed on its own, so a busy machine slows both alike. The ratio is time with
    // detection over time without (1.05 = 5 % slower); the rates here are per second of CPU time.
    constexpr std::uint32_t kKeys = 1'000'000;
    std::vector<std::uint32_t> everyKey(kKeys);
    std::iota(everyKey.begin(), everyKey.end(), 0U);
    constexpr engine::TimeNs kSpacing = 30'000;
    auto warm = bench::streamFor(everyKey, kStart, kSpacing);
    auto stream = bench::streamFor(bench::uniformKeys(2'000'000, kKeys, 43), kStart, kSpacing);

    engine::EngineConfig withoutDetection = allFeaturesOn();
    engine::setFeatureGate(withoutDetection, engine::Feature::AnomalyDetection, engine::FeatureGate{false, 0});
    engine::Engine on(allFeaturesOn());
    engine::Engine off(withoutDetection);
    // Each engine sees time only go forward: the warm-up stream, then the measured one after it.
    runEngine(on, warm, out);
    stream.shiftTime(warm.requests.front().timestamp - kStart);
    warm.shiftTime(kStart - warm.requests.front().timestamp);
    runEngine(off, warm, out);

    const SideBySide figures = sideBySide(on, off, stream, rounds, out);
    print("decisions_per_sec.detection_on", figures.onRate, "ops/s");
    print("decisions_per_sec.detection_off", figures.offRate, "ops/s");
    print("detection_overhead_ratio", figures.ratio, "ratio");
}

namespace {

engine::flags::Strategy strategy(std::string name, std::vector<std::pair<std::string, std::string>> parameters,
                                 std::vector<engine::flags::Constraint> constraints = {})
{
    engine::flags::Strategy s;
    s.name = std::move(name);
    s.parameters = std::move(parameters);
    s.constraints = std::move(constraints);
    return s;
}

engine::flags::Variant variant(std::string name, int weight)
{
    engine::flags::Variant v;
    v.name = std::move(name);
    v.weight = weight;
    return v;
}

engine::flags::FeatureFlag flag(std::string name, engine::flags::Strategy s, engine::flags::Effect effect = {})
{
    engine::flags::FeatureFlag f;
    f.name = std::move(name);
    f.enabled = true;
    f.strategies.push_back(std::move(s));
    f.effect = std::move(effect);
    return f;
}

// Seven flags as admins write them, next to the three built-ins: two with effects on decisions, the others
// evaluated per key with constraints, variants and the other strategies.
std::vector<engine::flags::FeatureFlag> adminFlags()
{
    using engine::flags::Constraint;
    using engine::flags::Operator;
    std::vector<engine::flags::FeatureFlag> out;
    out.push_back(flag("strict-login", strategy("flexibleRollout", {{"rollout", "50"}, {"stickiness", "default"}}),
                       {engine::flags::EffectKind::RoutePolicy, "/login"}));
    Constraint production{"environment", Operator::In, "IN", {"default", "production"}, {}, false, false};
    out.push_back(flag(
        "gold-trial",
        strategy("flexibleRollout", {{"rollout", "5"}, {"stickiness", "userId"}, {"groupId", "trial"}}, {production}),
        {engine::flags::EffectKind::VipTier, "gold"}));
    engine::flags::FeatureFlag checkout =
        flag("new-checkout", strategy("flexibleRollout", {{"rollout", "30"}, {"stickiness", "default"}}));
    checkout.variants = {variant("blue", 500), variant("green", 500)};
    out.push_back(std::move(checkout));
    Constraint prefix{"userId", Operator::StrStartsWith, "STR_STARTS_WITH", {"user-1"}, {}, false, false};
    out.push_back(flag("dark-mode", strategy("default", {}, {prefix})));
    out.push_back(flag("beta-api", strategy("userWithId", {{"userIds", "user-7,user-42,user-99"}})));
    Constraint version{"appVersion", Operator::SemverGt, "SEMVER_GT", {}, "2.1.0", true, false};
    out.push_back(
        flag("search-v2", strategy("gradualRolloutUserId", {{"percentage", "20"}, {"groupId", "search"}}, {version})));
    out.push_back(flag("slow-banner", strategy("gradualRolloutRandom", {{"percentage", "10"}})));
    return out;
}

}  // namespace

void flagFigures(int rounds, std::vector<engine::Decision>& out)
{
    // --- ten flags against the three built-ins alone, in the same run ---
    // A key's flags are resolved when it enters the table and whenever a flag changes; a decision tests bits.
    // 1,000,000 keys enter during the warm-up, so what is measured is the decision path with the flags in place.
    constexpr std::uint32_t kKeys = 1'000'000;
    std::vector<std::uint32_t> everyKey(kKeys);
    std::iota(everyKey.begin(), everyKey.end(), 0U);
    constexpr engine::TimeNs kSpacing = 30'000;
    auto warm = bench::streamFor(everyKey, kStart, kSpacing);
    auto stream = bench::streamFor(bench::uniformKeys(2'000'000, kKeys, 44), kStart, kSpacing);

    engine::Engine on(allFeaturesOn());
    engine::Engine off(allFeaturesOn());
    on.apply(engine::cmd::PutVipTier{"gold", 1.5}, kStart);
    off.apply(engine::cmd::PutVipTier{"gold", 1.5}, kStart);
    for (const engine::flags::FeatureFlag& f : adminFlags()) {
        if (!on.apply(engine::cmd::PutFlag{f, "bench"}, kStart).ok) {
            std::fprintf(stderr, "flag %s refused\n", f.name.c_str());
        }
    }
    const auto t0 = std::chrono::steady_clock::now();
    runEngine(on, warm, out);
    const double admitOn = seconds(std::chrono::steady_clock::now() - t0);
    stream.shiftTime(warm.requests.front().timestamp - kStart);
    warm.shiftTime(kStart - warm.requests.front().timestamp);
    const auto t1 = std::chrono::steady_clock::now();
    runEngine(off, warm, out);
    const double admitOff = seconds(std::chrono::steady_clock::now() - t1);

    const SideBySide figures = sideBySide(on, off, stream, rounds, out);
    print("decisions_per_sec.ten_flags", figures.onRate, "ops/s");
    print("decisions_per_sec.built_in_flags", figures.offRate, "ops/s");
    print("flags_overhead_ratio", figures.ratio, "ratio");
    print("flags_admission_ratio", admitOn / admitOff, "ratio");
}

void shardedFigures(int rounds)
{
    // --- one engine per core, keys split by hash: how a many-core machine scales before Redis is needed ---
    // The same 1,000,000 keys and 4,000,000 uniform requests, decided by one engine and then by one engine per
    // core, each owning the keys whose hash falls to it, all at once. The ratio is measured in the same run.
    constexpr std::uint32_t kKeys = 1'000'000;
    const unsigned cores = std::max(1U, std::thread::hardware_concurrency());
    const std::vector<std::uint32_t> picks = bench::uniformKeys(4'000'000, kKeys, 45);
    std::vector<std::uint32_t> everyKey(kKeys);
    std::iota(everyKey.begin(), everyKey.end(), 0U);
    const auto shardOf = [cores](std::uint32_t key) {
        const std::string name = "user-" + std::to_string(key);
        return static_cast<unsigned>(engine::KeyTable::hash(name) % cores);
    };
    std::vector<unsigned> keyShard(kKeys);
    for (std::uint32_t k = 0; k < kKeys; ++k) {
        keyShard[k] = shardOf(k);
    }
    struct Shard {
        std::unique_ptr<engine::Engine> engine;
        bench::RequestStream warm;
        bench::RequestStream stream;
        std::vector<engine::Decision> out = std::vector<engine::Decision>(kBatch);
    };
    std::vector<Shard> shards(cores);
    for (unsigned s = 0; s < cores; ++s) {
        std::vector<std::uint32_t> own;
        std::vector<std::uint32_t> ownPicks;
        for (const std::uint32_t k : everyKey) {
            if (keyShard[k] == s) {
                own.push_back(k);
            }
        }
        for (const std::uint32_t k : picks) {
            if (keyShard[k] == s) {
                ownPicks.push_back(k);
            }
        }
        shards[s].engine = std::make_unique<engine::Engine>(allFeaturesOn());
        addVips(*shards[s].engine, kKeys);
        shards[s].warm = bench::streamFor(own, kStart, 1000);
        shards[s].stream = bench::streamFor(ownPicks, kStart + 2 * engine::kNsPerSec, 1000);
        runEngine(*shards[s].engine, shards[s].warm, shards[s].out);
    }
    engine::Engine single(allFeaturesOn());
    addVips(single, kKeys);
    auto singleWarm = bench::streamFor(everyKey, kStart, 1000);
    auto singleStream = bench::streamFor(picks, kStart + 2 * engine::kNsPerSec, 1000);
    std::vector<engine::Decision> out(kBatch);
    runEngine(single, singleWarm, out);

    std::vector<double> oneCore;
    std::vector<double> allCores;
    for (int round = 0; round < rounds; ++round) {
        oneCore.push_back(runEngine(single, singleStream, out));
        const auto t0 = std::chrono::steady_clock::now();
        std::vector<std::thread> threads;
        for (Shard& shard : shards) {
            threads.emplace_back([&shard] { runEngine(*shard.engine, shard.stream, shard.out); });
        }
        for (std::thread& t : threads) {
            t.join();
        }
        allCores.push_back(static_cast<double>(picks.size()) / seconds(std::chrono::steady_clock::now() - t0));
    }
    const double one = median(oneCore);
    const double all = median(allCores);
    print("decisions_per_sec.one_core_1m", one, "ops/s");
    print("decisions_per_sec.sharded_all_cores", all, "ops/s");
    print("sharded_cores", cores, "cores");
    print("sharded_over_one_core_ratio", all / one, "ratio");
    print("sharded_per_core_efficiency", all / one / cores, "ratio");
}

void violationFigures(int rounds, std::vector<engine::Decision>& out)
{
    // --- 100,000 keys over their limit in one window: the passes that assess them when their windows close ---
    // Checks wait while a pass runs. Each round every key is denied in a fresh window; then the engine is ticked a
    // millisecond of engine time apart past the windows' end until every violation is recorded. The longest pass
    // (what a check can wait) and all of them together are timed, against deciding the same 200,000 requests in the
    // same round as the baseline.
    constexpr std::uint32_t kKeys = 100'000;
    engine::EngineConfig config;
    config.policies = {engine::Policy{"", 1, engine::kNsPerMin, 1}};
    engine::Engine e(config);
    e.setBoundedPasses(true);  // as a live engine's
    std::vector<std::uint32_t> twice(2 * kKeys);
    for (std::uint32_t k = 0; k < kKeys; ++k) {
        twice[2 * k] = twice[2 * k + 1] = k;
    }
    std::vector<double> longestMs;
    std::vector<double> totalMs;
    std::vector<double> passes;
    std::vector<double> ratios;
    std::vector<engine::Event> events;
    TimeNs at = kStart;
    for (int i = 0; i < rounds + 1; ++i) {
        auto stream = bench::streamFor(twice, at, 0);
        const auto t0 = std::chrono::steady_clock::now();
        for (std::size_t n = 0; n < stream.requests.size(); n += kBatch) {
            const std::size_t count = std::min(kBatch, stream.requests.size() - n);
            e.decide(std::span(stream.requests).subspan(n, count), std::span(out).subspan(0, count));
        }
        const double decideS = seconds(std::chrono::steady_clock::now() - t0);
        at += e.config().reputation.violationWindow + engine::kNsPerSec;
        double longest = 0;
        double total = 0;
        int count = 0;
        std::size_t recorded = 0;
        for (; recorded < kKeys && count < 1000; ++count, at += engine::kNsPerMs) {
            const auto t1 = std::chrono::steady_clock::now();
            e.tick(at);
            const double passS = seconds(std::chrono::steady_clock::now() - t1);
            longest = std::max(longest, passS);
            total += passS;
            events.clear();
            e.takeEvents(events);
            recorded += static_cast<std::size_t>(std::count_if(events.begin(), events.end(), [](const auto& ev) {
                return ev.kind == engine::EventKind::Violation;  // not the tier changes some bring
            }));
        }
        at += 2 * engine::kNsPerMin;  // the next round's keys start fresh windows and may be denied again
        if (i > 0) {                  // the first round also grows the event batch and the dirty list to their size
            longestMs.push_back(longest * 1e3);
            totalMs.push_back(total * 1e3);
            passes.push_back(count);
            ratios.push_back(longest / decideS);
        }
    }
    print("violation_longest_pass_ms.100k", median(longestMs), "ms");
    print("violation_passes.100k", median(passes), "passes");
    print("violation_all_passes_ms.100k", median(totalMs), "ms");
    print("violation_pass_ns_per_violation", median(totalMs) * 1e6 / kKeys, "ns");
    print("violation_longest_pass_over_deciding_them_ratio", median(ratios), "ratio");
}
