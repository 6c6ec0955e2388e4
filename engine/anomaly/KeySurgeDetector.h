// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "anomaly/ClosedSample.h"

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

namespace sluice::engine::anomaly {

// One key far above its own history. The history of a key is the peak of its requests per sample while it was
// a heavy-hitter candidate, halving over a day of samples; a key never seen among the candidates is taken to
// have had just under the candidate threshold. A key surges when it has kSurgeRatio times its history and at
// least the sample's minimum of requests. A peak and a sample number per remembered key, at most kMaxKeys; judged
// from the sample's candidates only, so a sample costs the same however many keys there are.
class KeySurgeDetector final {
public:
    static constexpr double kSurgeRatio = 5;
    static constexpr std::size_t kMaxKeys = 4096;

    struct Surge {
        const SampleKey* key = nullptr;  // one of the sample's candidates
        std::uint32_t requests = 0;
        double history = 0;
        double evidence = 0;  // 1 = at the threshold
    };

    // Judges the sample's candidates (evidence at sensitivity 1), then learns from them. `threshold`: about what a
    // key has had when it becomes a candidate, in requests. `judge` false: the first samples, when every key is new.
    void sample(std::span<const SampleKey> candidates, double threshold, double minRequests, double halfLifeSamples,
                bool judge, std::vector<Surge>& out);

private:
    struct History {
        float peak = 0;
        std::uint32_t lastSample = 0;
    };
    std::unordered_map<std::uint64_t, History> m_keys;
    std::uint32_t m_sample = 0;
};

}  // namespace sluice::engine::anomaly
