// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/HttpMessage.h"

#include <atomic>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace sluice::engine::http {

struct Answer {
    std::uint64_t connection = 0;
    std::uint64_t sequence = 0;
    HttpResponse response;
};

// Where Responders leave their answers for the server's loop thread. Answers from the loop thread itself skip
// the lock; others wake the loop through its eventfd, once per burst. Outlives the server while Responders
// hold it; once closed, answers are dropped.
class Outbox final {
public:
    explicit Outbox(int wakeFd) : m_wakeFd(wakeFd) {}
    void setLoopThread(std::thread::id id) { m_loopThread.store(id, std::memory_order_release); }

    void post(std::uint64_t connection, std::uint64_t sequence, HttpResponse&& response);
    // Loop thread: moves every waiting answer to the end of `into`.
    void takeAll(std::vector<Answer>& into);
    bool hasLocal() const { return !m_local.empty(); }
    void close();

private:
    const int m_wakeFd;
    std::atomic<std::thread::id> m_loopThread{};
    std::atomic<bool> m_closed{false};
    std::vector<Answer> m_local;  // loop thread only
    std::mutex m_mutex;
    std::vector<Answer> m_remote;
};

}  // namespace sluice::engine::http
