// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "part/PartContext.h"
#include "snapshot/Snapshot.h"
#include "throttle/AutoThrottle.h"
#include "throttle/LoadSource.h"

#include <memory>

namespace sluice::engine {

// The auto-throttle on the engine's timers: load samples on a fixed grid, and overrides that run out. A
// sample costs one virtual call and no allocation unless the level changes. An engine part (see
// decision/EngineParts.h).
class ThrottleSampler final {
public:
    explicit ThrottleSampler(const ThrottleConfig& config) : m_throttle(config) {}

    AutoThrottle& throttle() { return m_throttle; }
    const AutoThrottle& throttle() const { return m_throttle; }
    // Where the signals come from; without one the level changes only by override.
    void setLoadSource(std::unique_ptr<LoadSource> source);
    LoadSource* loadSource() const { return m_loadSource.get(); }
    // Puts the samples on the grid of the interval from `now`, so the same traffic gives the same samples.
    void startClock(TimeNs now);

    TimeNs nextDue() const;
    void runDue(TimeNs now, PartContext& context);
    void fillSnapshot(Snapshot& out) const;

private:
    void sample(TimeNs at, PartContext& context);

    AutoThrottle m_throttle;
    std::unique_ptr<LoadSource> m_loadSource;
    TimeNs m_lastSample = 0;
    TimeNs m_nextSample = 0;
    std::uint64_t m_allowedAtSample = 0;
    std::uint64_t m_deniedAtSample = 0;
    // The last sample taken from the current source, for the snapshot.
    bool m_hasSample = false;
    bool m_holding = false;
    TimeNs m_sampleAt = 0;
    LoadSignals m_sample;
};

// The throttle_changed event for the controller's latest transition.
Event throttleChangedEvent(const ThrottleTransition& t);

}  // namespace sluice::engine
