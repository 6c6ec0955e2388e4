// SPDX-License-Identifier: Apache-2.0
// The key table's queries over a million active keys: what the Reputation page waits for when it sorts,
// pages or searches. Each figure is the median of several runs, next to a baseline in the same process: the
// least work any such query must do (one pass over a million (score, index) pairs with nth_element). Prints
// one `name value unit` line per figure.
#include "RequestStream.h"

#include "decision/Engine.h"
#include "query/KeyQuery.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

using namespace sluice;
using engine::TimeNs;

namespace {

constexpr std::uint32_t kKeys = 1'000'000;
constexpr int kRuns = 7;
constexpr TimeNs kStart = 1'800'000'000LL * engine::kNsPerSec;

double milliseconds(std::chrono::steady_clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

template <typename Fn>
double medianMs(Fn fn)
{
    std::vector<double> runs;
    for (int i = 0; i < kRuns; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        fn();
        runs.push_back(milliseconds(std::chrono::steady_clock::now() - t0));
    }
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
}

// Every key once, then a skewed second pass so denials and scores differ from key to key.
void fill(engine::Engine& e)
{
    std::vector<std::uint32_t> order(kKeys);
    for (std::uint32_t i = 0; i < kKeys; ++i) {
        order[i] = i;
    }
    const auto first = bench::streamFor(order, kStart, 1000);
    std::vector<engine::Decision> out(first.requests.size());
    e.decide(first.requests, out);
    const auto second = bench::streamFor(bench::zipfKeys(4 * kKeys, kKeys, 1.1, 7), kStart + engine::kNsPerSec, 10);
    out.resize(second.requests.size());
    e.decide(second.requests, out);
}

}  // namespace

int main()
{
    engine::EngineConfig config;
    config.policies = {engine::Policy{"", 20, engine::kNsPerMin, 5}};
    engine::Engine e(config);
    fill(e);
    std::printf("query_bench_keys %llu keys\n", static_cast<unsigned long long>(e.keyCount()));

    // Baseline: gather a million scores and select a page's worth, the floor under any sorted query.
    std::vector<std::pair<float, std::uint32_t>> scores(kKeys);
    std::mt19937 rng(1);
    std::uniform_real_distribution<float> score(0, 100);
    std::vector<float> source(kKeys);
    for (auto& s : source) {
        s = score(rng);
    }
    const double baseline = medianMs([&] {
        for (std::uint32_t i = 0; i < kKeys; ++i) {
            scores[i] = {source[i], i};
        }
        std::nth_element(scores.begin(), scores.begin() + 200, scores.end());
    });
    std::printf("query_baseline_select_1m_ms %.2f ms\n", baseline);

    struct Case {
        const char* name;
        engine::KeyQuery query;
    };
    const Case cases[] = {
        {"score_desc_first_page", {{}, std::nullopt, engine::KeySort::Score, true, 0, 200}},
        {"score_page_at_500k", {{}, std::nullopt, engine::KeySort::Score, false, 500'000, 200}},
        {"key_order_first_page", {{}, std::nullopt, engine::KeySort::Key, false, 0, 200}},
        {"denied_desc_first_page", {{}, std::nullopt, engine::KeySort::Denied, true, 0, 200}},
        {"search_12345_by_denied", {"12345", std::nullopt, engine::KeySort::Denied, true, 0, 200}},
        {"flagged_tier_by_score", {{}, engine::ReputationTier::Flagged, engine::KeySort::Score, false, 0, 200}},
    };
    std::size_t sink = 0;
    for (const Case& c : cases) {
        const double ms = medianMs([&] { sink += e.queryKeys(c.query).rows.size(); });
        std::printf("key_query_1m_%s_ms %.2f ms\n", c.name, ms);
        std::printf("key_query_1m_%s_ratio %.2f x_baseline\n", c.name, ms / baseline);
    }
    std::fprintf(stderr, "(rows %zu)\n", sink);
    return 0;
}
