// SPDX-License-Identifier: Apache-2.0
#include "notify/NotificationQueue.h"

#include <algorithm>
#include <utility>

namespace sluice::engine::notify {

NotificationQueue::NotificationQueue(std::size_t capacity)
    : m_capacity(std::max<std::size_t>(1, capacity)), m_slots(m_capacity + 1)
{
}

bool NotificationQueue::tryPush(Notification& notification)
{
    const std::size_t tail = m_tail.load(std::memory_order_relaxed);
    const std::size_t next = tail + 1 == m_slots.size() ? 0 : tail + 1;
    if (next == m_head.load(std::memory_order_acquire)) {
        return false;
    }
    m_slots[tail] = std::move(notification);
    m_tail.store(next, std::memory_order_release);
    return true;
}

bool NotificationQueue::tryPop(Notification& out)
{
    const std::size_t head = m_head.load(std::memory_order_relaxed);
    if (head == m_tail.load(std::memory_order_acquire)) {
        return false;
    }
    out = std::move(m_slots[head]);
    // The moved-from slot keeps no heap memory, so the producer's next move into it frees nothing either.
    m_slots[head] = Notification{};
    m_head.store(head + 1 == m_slots.size() ? 0 : head + 1, std::memory_order_release);
    return true;
}

std::size_t NotificationQueue::size() const
{
    const std::size_t head = m_head.load(std::memory_order_acquire);
    const std::size_t tail = m_tail.load(std::memory_order_acquire);
    return tail >= head ? tail - head : tail + m_slots.size() - head;
}

}  // namespace sluice::engine::notify
