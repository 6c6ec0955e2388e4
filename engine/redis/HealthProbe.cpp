// SPDX-License-Identifier: Apache-2.0
#include "redis/HealthProbe.h"

#include <array>
#include <string_view>
#include <utility>

namespace sluice::engine::redis {

HealthProbe::HealthProbe(RedisTimeouts timeouts, RedisCredentials credentials)
    : m_timeouts(timeouts), m_credentials(std::move(credentials))
{
}

HealthProbe::~HealthProbe()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void HealthProbe::request(const RedisEndpoint& endpoint)
{
    {
        const std::lock_guard lock(m_mutex);
        State& state = m_states[endpoint];
        if (state.wanted || state.running) {
            return;
        }
        state.wanted = true;
        if (!m_thread.joinable()) {
            m_thread = std::thread([this] { run(); });
        }
    }
    m_wake.notify_one();
}

std::optional<HealthProbe::Outcome> HealthProbe::take(const RedisEndpoint& endpoint)
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_states.find(endpoint);
    if (found == m_states.end() || !found->second.outcome) {
        return std::nullopt;
    }
    return std::exchange(found->second.outcome, std::nullopt);
}

HealthProbe::Outcome HealthProbe::check(const RedisEndpoint& endpoint) const
{
    RedisConnection connection(endpoint, m_timeouts, m_credentials);
    static constexpr std::array<std::string_view, 1> kPing{"PING"};
    Outcome outcome;
    RedisReply pong;
    if (!connection.connect(outcome.error) || !connection.call(kPing, pong, outcome.error)) {
        return outcome;
    }
    if (pong.isError()) {
        outcome.error = endpoint.text() + ": " + pong.text;
        return outcome;
    }
    outcome.ok = true;
    return outcome;
}

void HealthProbe::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] {
            if (m_stop) {
                return true;
            }
            for (const auto& [endpoint, state] : m_states) {
                if (state.wanted) {
                    return true;
                }
            }
            return false;
        });
        if (m_stop) {
            return;
        }
        for (auto& [endpoint, state] : m_states) {
            if (!state.wanted) {
                continue;
            }
            state.wanted = false;
            state.running = true;
            const RedisEndpoint target = endpoint;  // map nodes stay put; the copy is for the unlocked call
            lock.unlock();
            Outcome outcome = check(target);
            lock.lock();
            State& done = m_states[target];
            done.running = false;
            done.outcome = std::move(outcome);
            if (m_stop) {
                return;
            }
        }
    }
}

}  // namespace sluice::engine::redis
