// SPDX-License-Identifier: Apache-2.0
#include "sim/ClassReputation.h"

#include "query/KeyView.h"
#include "shard/EngineShards.h"

#include <algorithm>
#include <string>
#include <vector>

namespace sluice::engine::sim {

namespace {

void addKeys(const EngineShards& engine, const std::string& prefix, std::uint32_t keys, std::vector<float>& scores,
             ClassReputation& out)
{
    std::string key = prefix;
    for (std::uint32_t id = 0; id < keys; ++id) {
        key.resize(prefix.size());
        key += std::to_string(id);
        if (const std::optional<KeyView> v = engine.inspect(key)) {
            scores.push_back(v->score);
            ++out.tiers[static_cast<int>(v->tier)];
        }
    }
}

void summarise(std::vector<float>& scores, ClassReputation& out)
{
    out.keys = scores.size();
    if (scores.empty()) {
        return;
    }
    double sum = 0;
    for (const float s : scores) {
        sum += s;
    }
    out.meanScore = sum / static_cast<double>(scores.size());
    const auto middle = scores.begin() + static_cast<std::ptrdiff_t>(scores.size() / 2);
    std::nth_element(scores.begin(), middle, scores.end());
    double median = *middle;
    if (scores.size() % 2 == 0) {
        median = (median + *std::max_element(scores.begin(), middle)) / 2.0;
    }
    out.medianScore = median;
}

}  // namespace

ClassReputations classReputation(const EngineShards& engine, const Scenario& scenario)
{
    ClassReputations out{};
    std::array<std::vector<float>, kTrafficClassCount> scores;
    for (const Population& p : scenario.populations) {
        if (p.trafficClass == TrafficClass::CredentialStuffing) {
            continue;
        }
        const auto c = static_cast<int>(p.trafficClass);
        addKeys(engine, p.keyPrefix, p.keys, scores[c], out[c]);
    }
    for (const DdosWave& w : scenario.ddosWaves) {
        const auto c = static_cast<int>(TrafficClass::Ddos);
        addKeys(engine, w.keyPrefix, w.keys, scores[c], out[c]);
    }
    for (int c = 0; c < kTrafficClassCount; ++c) {
        summarise(scores[c], out[c]);
    }
    return out;
}

std::optional<std::int64_t> firstAttackAtS(const Scenario& scenario, std::int64_t durationS)
{
    std::optional<std::int64_t> first;
    for (const DdosWave& w : scenario.ddosWaves) {
        if (w.atS > 0 && w.atS < durationS && (!first || w.atS < *first)) {
            first = w.atS;
        }
    }
    return first;
}

}  // namespace sluice::engine::sim
