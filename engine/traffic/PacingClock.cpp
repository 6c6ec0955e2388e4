// SPDX-License-Identifier: Apache-2.0
#include "traffic/PacingClock.h"

#include <algorithm>
#include <chrono>

namespace sluice::engine {

TimeNs SteadyPacingClock::now() const
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void SteadyPacingClock::waitUntil(std::unique_lock<std::mutex>& lock, std::condition_variable& changed, TimeNs deadline)
{
    changed.wait_until(lock, std::chrono::steady_clock::time_point(std::chrono::nanoseconds(deadline)));
}

PacingClock& steadyPacingClock()
{
    static SteadyPacingClock clock;
    return clock;
}

TimeNs ManualPacingClock::now() const
{
    std::lock_guard guard(m_mutex);
    return m_now;
}

void ManualPacingClock::waitUntil(std::unique_lock<std::mutex>& lock, std::condition_variable& changed, TimeNs deadline)
{
    {
        std::lock_guard guard(m_mutex);
        if (m_now >= deadline) {
            return;
        }
        m_waiters.push_back(Waiter{lock.mutex(), &changed, deadline, m_advances});
    }
    m_waitersChanged.notify_all();
    // The source holds its mutex from its own check until wait() releases it, and advance() takes that mutex
    // before it notifies: an advance in between cannot be missed.
    changed.wait(lock);
    {
        std::lock_guard guard(m_mutex);
        std::erase_if(m_waiters, [&](const Waiter& w) { return w.changed == &changed; });
    }
    m_waitersChanged.notify_all();
}

void ManualPacingClock::advance(TimeNs by)
{
    std::vector<Waiter> waiters;
    {
        std::lock_guard guard(m_mutex);
        m_now += by;
        ++m_advances;
        waiters = m_waiters;
    }
    // Not under m_mutex: a waiter holds its own mutex while it registers here.
    for (const Waiter& w : waiters) {
        {
            std::lock_guard sourceGuard(*w.mutex);
        }
        w.changed->notify_all();
    }
}

void ManualPacingClock::waitForSleeper() const
{
    std::unique_lock guard(m_mutex);
    m_waitersChanged.wait(guard, [&] {
        return std::any_of(m_waiters.begin(), m_waiters.end(),
                           [&](const Waiter& w) { return w.advances == m_advances && w.deadline > m_now; });
    });
}

}  // namespace sluice::engine
