// SPDX-License-Identifier: Apache-2.0
#include "anomaly/KeySurgeDetector.h"

#include <algorithm>
#include <cmath>

namespace sluice::engine::anomaly {

void KeySurgeDetector::sample(std::span<const SampleKey> candidates, double threshold, double minRequests,
                              double halfLifeSamples, bool judge, std::vector<Surge>& out)
{
    ++m_sample;
    const auto decayed = [&](const History& h) {
        return h.peak * std::exp2(-static_cast<double>(m_sample - h.lastSample) / std::max(1.0, halfLifeSamples));
    };
    for (const SampleKey& c : candidates) {
        const double requests = c.requests;  // exact: see HeavyHitters::settle
        const auto it = m_keys.find(c.hash);
        const double before = it == m_keys.end() ? 0.0 : decayed(it->second);
        const double history = std::max(threshold - 1, before);
        if (judge) {
            const double evidence = std::min(requests / (kSurgeRatio * history), requests / std::max(1.0, minRequests));
            if (evidence > 0.5) {
                out.push_back(Surge{&c, static_cast<std::uint32_t>(requests), history, evidence});
            }
        }
        History& h = m_keys[c.hash];
        h.peak = static_cast<float>(std::max(requests, before));
        h.lastSample = m_sample;
    }
    if (m_keys.size() > kMaxKeys) {
        // Forget the keys whose history faded below the threshold, then the longest unseen.
        std::erase_if(m_keys, [&](const auto& entry) { return decayed(entry.second) < threshold; });
        while (m_keys.size() > kMaxKeys) {
            auto oldest = std::min_element(m_keys.begin(), m_keys.end(), [](const auto& a, const auto& b) {
                return a.second.lastSample < b.second.lastSample;
            });
            m_keys.erase(oldest);
        }
    }
    std::sort(out.begin(), out.end(), [](const Surge& a, const Surge& b) { return a.evidence > b.evidence; });
}

}  // namespace sluice::engine::anomaly
