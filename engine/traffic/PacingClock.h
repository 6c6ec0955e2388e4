// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <vector>

namespace sluice::engine {

// The wall time a paced source keeps step with. Sources read it and wait on it only through this interface,
// so tests drive pause and speed on a ManualPacingClock instead of sleeping.
class PacingClock {
public:
    virtual ~PacingClock() = default;
    // Monotonic nanoseconds from an arbitrary start.
    virtual TimeNs now() const = 0;
    // Called with `lock` held on the mutex the source guards its state with: waits on `changed` until now()
    // reaches `deadline` or `changed` is notified. May return early; callers check again.
    virtual void waitUntil(std::unique_lock<std::mutex>& lock, std::condition_variable& changed, TimeNs deadline) = 0;
};

// std::chrono::steady_clock.
class SteadyPacingClock final : public PacingClock {
public:
    TimeNs now() const override;
    void waitUntil(std::unique_lock<std::mutex>& lock, std::condition_variable& changed, TimeNs deadline) override;
};

// The one steady pacing clock real runs share.
PacingClock& steadyPacingClock();

// Moves only when told to; advancing it wakes every source waiting on it. For tests.
class ManualPacingClock final : public PacingClock {
public:
    explicit ManualPacingClock(TimeNs start = 0) : m_now(start) {}
    TimeNs now() const override;
    void waitUntil(std::unique_lock<std::mutex>& lock, std::condition_variable& changed, TimeNs deadline) override;
    void advance(TimeNs by);
    // Blocks until a source, since the latest advance, waits for a moment still ahead of now(): it has done all
    // it may do until then.
    void waitForSleeper() const;

private:
    struct Waiter {
        std::mutex* mutex;
        std::condition_variable* changed;
        TimeNs deadline;
        std::uint64_t advances;  // m_advances when it began to wait
    };

    mutable std::mutex m_mutex;
    mutable std::condition_variable m_waitersChanged;
    TimeNs m_now;
    std::uint64_t m_advances = 0;
    std::vector<Waiter> m_waiters;
};

}  // namespace sluice::engine
