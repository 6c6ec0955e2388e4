// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Notification.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace sluice::engine::notify {

// The bounded hand-over from the engine thread (the one producer) to the delivery service's dispatcher (the one
// consumer): a ring of preallocated slots with an atomic head and tail, so neither side ever waits for the other.
// A notification is moved into its slot, which steals its strings and vector: enqueueing allocates nothing.
class NotificationQueue final {
public:
    explicit NotificationQueue(std::size_t capacity);
    NotificationQueue(const NotificationQueue&) = delete;
    NotificationQueue& operator=(const NotificationQueue&) = delete;

    // Producer only. False when full; `notification` is then left as it was.
    bool tryPush(Notification& notification);
    // Consumer only. False when empty.
    bool tryPop(Notification& out);

    std::size_t size() const;  // any thread; a moment's view
    std::size_t capacity() const { return m_capacity; }

private:
    std::size_t m_capacity;
    std::vector<Notification> m_slots;               // capacity + 1: one slot stays free to tell full from empty
    alignas(64) std::atomic<std::size_t> m_head{0};  // next slot to read (consumer writes)
    alignas(64) std::atomic<std::size_t> m_tail{0};  // next slot to write (producer writes)
};

}  // namespace sluice::engine::notify
