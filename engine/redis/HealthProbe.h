// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "redis/ClusterTopology.h"
#include "redis/RedisConnection.h"

#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace sluice::engine::redis {

// Health checks of failed Redis nodes on a thread of their own. A check connects and sends PING, which takes up
// to the connect and command timeouts when a node is gone or silent; the thread that decides requests must not
// wait for that. The thread starts with the first check asked for.
class HealthProbe final {
public:
    struct Outcome {
        bool ok = false;
        std::string error;
    };

    HealthProbe(RedisTimeouts timeouts, RedisCredentials credentials);
    ~HealthProbe();
    HealthProbe(const HealthProbe&) = delete;
    HealthProbe& operator=(const HealthProbe&) = delete;

    // Asks for a check of `endpoint`; nothing when one is asked for or under way. Never waits.
    void request(const RedisEndpoint& endpoint);
    // The outcome of the check of `endpoint` that finished since the last take, if one did.
    std::optional<Outcome> take(const RedisEndpoint& endpoint);

private:
    struct State {
        bool wanted = false;  // asked for, not started
        bool running = false;
        std::optional<Outcome> outcome;
    };
    void run();
    Outcome check(const RedisEndpoint& endpoint) const;

    RedisTimeouts m_timeouts;
    RedisCredentials m_credentials;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::map<RedisEndpoint, State> m_states;
    bool m_stop = false;
    std::thread m_thread;  // started by the first request
};

}  // namespace sluice::engine::redis
