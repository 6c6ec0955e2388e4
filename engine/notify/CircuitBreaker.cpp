// SPDX-License-Identifier: Apache-2.0
#include "notify/CircuitBreaker.h"

#include <algorithm>

namespace sluice::engine::notify {

void CircuitBreaker::configure(const NotifyConfig& config)
{
    m_threshold = std::max<std::uint32_t>(1, config.breakerFailures);
    m_openFor = std::max<std::int64_t>(0, config.breakerOpenMs) * kNsPerMs;
}

bool CircuitBreaker::allow(TimeNs now)
{
    switch (m_state) {
    case BreakerState::Closed:
        return true;
    case BreakerState::Open:
        if (now < m_openUntil) {
            return false;
        }
        m_state = BreakerState::HalfOpen;
        m_trialOut = true;
        return true;
    case BreakerState::HalfOpen:
        if (m_trialOut) {
            return false;
        }
        m_trialOut = true;
        return true;
    }
    return false;
}

void CircuitBreaker::onSuccess()
{
    m_state = BreakerState::Closed;
    m_failures = 0;
    m_trialOut = false;
}

void CircuitBreaker::onFailure(TimeNs now)
{
    ++m_failures;
    m_trialOut = false;
    if (m_state == BreakerState::HalfOpen || m_failures >= m_threshold) {
        m_state = BreakerState::Open;
        m_openUntil = now + m_openFor;
    }
}

}  // namespace sluice::engine::notify
