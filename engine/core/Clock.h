// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <atomic>

namespace sluice::engine {

// The engine reads time only through a Clock, so the simulator can run a day in seconds and tests stay exact.
// The wall clock now, for what is stamped with real time whatever clock the engine runs on (files, mail).
TimeNs wallClockNow();

class Clock {
public:
    virtual ~Clock() = default;
    virtual TimeNs now() const = 0;
};

class SystemClock final : public Clock {
public:
    TimeNs now() const override;
};

// A clock that moves only when told to. Safe to read from other threads while the owner advances it.
class ManualClock final : public Clock {
public:
    explicit ManualClock(TimeNs start = 0) : m_now(start) {}
    TimeNs now() const override { return m_now.load(std::memory_order_acquire); }
    void set(TimeNs t) { m_now.store(t, std::memory_order_release); }
    void advance(TimeNs by) { m_now.fetch_add(by, std::memory_order_acq_rel); }

private:
    std::atomic<TimeNs> m_now;
};

}  // namespace sluice::engine
