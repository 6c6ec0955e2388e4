// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/NotifyConfig.h"
#include "core/NotifyTypes.h"
#include "core/Time.h"

#include <cstdint>

namespace sluice::engine::notify {

// One channel's circuit breaker. Closed: attempts go out. After NotifyConfig::breakerFailures consecutive
// failures it opens: nothing goes out for breakerOpenMs, so a dead server is not hammered. Then it half-opens:
// one trial attempt decides, closing it on success and opening it again on failure. It needs nobody to reset it.
class CircuitBreaker final {
public:
    explicit CircuitBreaker(const NotifyConfig& config) { configure(config); }
    void configure(const NotifyConfig& config);

    // Whether an attempt may go out at `now`. An open breaker whose time is up half-opens here, and the attempt
    // allowed then is its one trial.
    bool allow(TimeNs now);
    void onSuccess();
    void onFailure(TimeNs now);

    BreakerState state() const { return m_state; }
    TimeNs openUntil() const { return m_state == BreakerState::Open ? m_openUntil : 0; }

private:
    BreakerState m_state = BreakerState::Closed;
    std::uint32_t m_failures = 0;  // consecutive
    std::uint32_t m_threshold = 1;
    TimeNs m_openFor = 0;
    TimeNs m_openUntil = 0;
    bool m_trialOut = false;  // half-open: the trial attempt is under way
};

}  // namespace sluice::engine::notify
