// SPDX-License-Identifier: Apache-2.0
// Notifications: the router sees every event before it leaves the engine, whichever of takeEvents and
// takeNotifications the caller asks for first.
#include "decision/Engine.h"

#include <algorithm>

namespace sluice::engine {

void Engine::routeEvents()
{
    if (m_follower) {
        return;  // the leader routes them (routeEventsOf)
    }
    m_notify.observe(m_events);
    m_nextDue = std::min(m_nextDue, m_notify.nextDue());  // a digest or the end of quiet hours may now wait
}

void Engine::routeEventsOf(const EventBatch& events)
{
    m_notify.observeAll(events);
    m_nextDue = std::min(m_nextDue, m_notify.nextDue());
}

void Engine::takeNotifications(std::vector<Notification>& out)
{
    routeEvents();
    m_notify.take(out);
}

}  // namespace sluice::engine
