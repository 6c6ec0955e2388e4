// SPDX-License-Identifier: Apache-2.0
#include "notify/RetryPolicy.h"

#include <algorithm>

namespace sluice::engine::notify {

RetryPolicy::RetryPolicy(const NotifyConfig& config, std::uint64_t seed) : m_random(seed) { configure(config); }

void RetryPolicy::configure(const NotifyConfig& config)
{
    m_maxAttempts = std::max<std::uint32_t>(1, config.maxAttempts);
    m_baseMs = std::max<std::int64_t>(0, config.backoffBaseMs);
    m_maxMs = std::max<std::int64_t>(m_baseMs, config.backoffMaxMs);
}

TimeNs RetryPolicy::ceilingAfter(std::uint32_t attempts) const
{
    // The first retry waits up to the base; each further one doubles the ceiling, capped before it overflows.
    const std::uint32_t doublings = std::min<std::uint32_t>(attempts > 0 ? attempts - 1 : 0, 40);
    std::int64_t ceilingMs = m_baseMs;
    for (std::uint32_t i = 0; i < doublings && ceilingMs < m_maxMs; ++i) {
        ceilingMs *= 2;
    }
    return std::min(ceilingMs, m_maxMs) * kNsPerMs;
}

TimeNs RetryPolicy::delayAfter(std::uint32_t attempts)
{
    const TimeNs ceiling = ceilingAfter(attempts);
    if (ceiling <= 0) {
        return 0;
    }
    return std::uniform_int_distribution<TimeNs>(0, ceiling)(m_random);
}

}  // namespace sluice::engine::notify
