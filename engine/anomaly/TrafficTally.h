// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string_view>

namespace sluice::engine::anomaly {

// What the decision path counts for anomaly detection between two samples. Called once per request: inline,
// no allocation, no lock.
class TrafficTally final {
public:
    void count(std::uint64_t keyHash, std::uint32_t policy, std::string_view country, bool allowed)
    {
        (void)keyHash;
        (void)policy;
        (void)country;
        (void)allowed;
    }
    // A key entered the hot table.
    void newKey(std::uint64_t keyHash) { (void)keyHash; }
};

}  // namespace sluice::engine::anomaly
