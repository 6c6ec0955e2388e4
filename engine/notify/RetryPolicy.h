// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/NotifyConfig.h"
#include "core/Time.h"

#include <cstdint>
#include <random>

namespace sluice::engine::notify {

// When a failed delivery tries again: exponential backoff with full jitter (attempt n waits a uniform time in
// [0, min(max, base * 2^n)]), so deliveries that failed together do not all come back together; and when it
// gives up (after NotifyConfig::maxAttempts attempts).
class RetryPolicy final {
public:
    RetryPolicy(const NotifyConfig& config, std::uint64_t seed);
    void configure(const NotifyConfig& config);

    // The wait after the `attempts`-th failed attempt (1 = the first).
    TimeNs delayAfter(std::uint32_t attempts);
    // The largest wait delayAfter(attempts) can give.
    TimeNs ceilingAfter(std::uint32_t attempts) const;
    bool exhausted(std::uint32_t attempts) const { return attempts >= m_maxAttempts; }

private:
    std::uint32_t m_maxAttempts = 1;
    std::int64_t m_baseMs = 0;
    std::int64_t m_maxMs = 0;
    std::mt19937_64 m_random;
};

}  // namespace sluice::engine::notify
