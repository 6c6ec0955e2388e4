// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ThrottleView.h"
#include "throttle/ThrottleController.h"
#include "throttle/ThrottleOverride.h"
#include "throttle/ThrottleSampleRing.h"
#include "throttle/ThrottleTransition.h"

#include <array>
#include <optional>
#include <vector>

namespace sluice::engine {

// The global throttle: the automatic controller, an admin's override on top of it, and the periods they
// produce. The controller keeps following the signals under an override, so when the override ends (cleared
// or at its exact expiry instant) the level is at once what the load calls for.
class AutoThrottle final {
public:
    static constexpr std::size_t kMaxTransitions = 10'000;

    explicit AutoThrottle(const ThrottleConfig& config = {});

    // Begins the first period at `at`; an override that expired before `at` is dropped.
    void start(TimeNs at, std::optional<ThrottleOverride> restored);

    // Each returns true when a new period began; lastTransition() then describes it.
    bool observe(TimeNs at, const LoadSignals& load);
    bool setOverride(const ThrottleOverride& override, TimeNs at);
    bool clearOverride(TimeNs at, const std::string& actor);
    bool expireOverride(TimeNs now);
    // A shard following another's throttle (shard/EngineShards.h) takes the level it is given; true when it changed.
    bool follow(TimeNs at, ThrottleLevel level) { return level != m_level && enter(at, level, true, {}, {}); }

    bool started() const { return m_started; }
    void setConfig(const ThrottleConfig& config) { m_controller.setConfig(config); }
    const ThrottleConfig& config() const { return m_controller.config(); }
    ThrottleLevel level() const { return m_level; }
    ThrottleLevel controllerLevel() const { return m_controller.level(); }
    const std::optional<ThrottleOverride>& override() const { return m_override; }
    TimeNs overrideExpiry() const { return m_override ? m_override->expiresAt : 0; }
    const ThrottleTransition& lastTransition() const { return m_transitions.back(); }
    // Every period start since start(), the oldest dropped beyond kMaxTransitions.
    const std::vector<ThrottleTransition>& transitions() const { return m_transitions; }
    // Time spent at each level from start() up to `until`.
    std::array<double, kThrottleLevelCount> secondsInLevel(TimeNs until) const;
    void fill(ThrottleView& out) const;

private:
    bool enter(TimeNs at, ThrottleLevel level, bool automatic, std::string actor, std::string reason);
    std::string raiseReason(ThrottleLevel level) const;

    ThrottleController m_controller;
    std::optional<ThrottleOverride> m_override;
    ThrottleLevel m_level = ThrottleLevel::None;
    bool m_started = false;
    TimeNs m_since = 0;
    std::array<TimeNs, kThrottleLevelCount> m_nsInLevel{};  // closed periods only
    std::vector<ThrottleTransition> m_transitions;
    bool m_hasSignals = false;
    TimeNs m_signalsAt = 0;
    LoadSignals m_signals;
    ThrottleSampleRing m_recent;
    ThrottleSampleRing m_week;
};

}  // namespace sluice::engine
