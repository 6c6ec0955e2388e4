// SPDX-License-Identifier: Apache-2.0
#include "http/Outbox.h"

#include <sys/eventfd.h>
#include <unistd.h>

namespace sluice::engine::http {

void Outbox::post(std::uint64_t connection, std::uint64_t sequence, HttpResponse&& response)
{
    if (m_closed.load(std::memory_order_acquire)) {
        return;
    }
    if (std::this_thread::get_id() == m_loopThread.load(std::memory_order_acquire)) {
        m_local.push_back(Answer{connection, sequence, std::move(response)});
        return;
    }
    std::lock_guard lock(m_mutex);
    if (m_closed.load(std::memory_order_relaxed)) {
        return;
    }
    const bool wasEmpty = m_remote.empty();
    m_remote.push_back(Answer{connection, sequence, std::move(response)});
    if (wasEmpty) {
        const std::uint64_t one = 1;
        [[maybe_unused]] const ssize_t written = ::write(m_wakeFd, &one, sizeof one);
    }
}

void Outbox::takeAll(std::vector<Answer>& into)
{
    for (Answer& a : m_local) {
        into.push_back(std::move(a));
    }
    m_local.clear();
    std::lock_guard lock(m_mutex);
    for (Answer& a : m_remote) {
        into.push_back(std::move(a));
    }
    m_remote.clear();
}

void Outbox::close()
{
    std::lock_guard lock(m_mutex);
    m_closed.store(true, std::memory_order_release);
    m_remote.clear();
    m_local.clear();
}

}  // namespace sluice::engine::http
