// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/NotifyTypes.h"
#include "redis/ClusterTopology.h"
#include "redis/HashSlot.h"
#include "redis/HealthProbe.h"
#include "redis/RedisConnection.h"
#include "redis/RedisReply.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <memory>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine::redis {

enum class RedisMode : std::uint8_t { Unknown, Single, Cluster };
std::string_view nameOf(RedisMode mode);

struct RedisOptions {
    // Where to start: one server, or any nodes of a cluster (the rest is learnt from CLUSTER SLOTS).
    std::vector<RedisEndpoint> seeds;
    RedisCredentials credentials;
    RedisTimeouts timeouts;
    // Consecutive failures that open a node's breaker. An open node gets no commands: its calls fail at once.
    std::uint32_t breakerFailures = 2;
    // An open node is health-checked (connect and PING) after a wait drawn uniformly from
    // [0, min(backoffMax, backoffBase x 2^attempt)]: exponential backoff with full jitter, so engines that lost a
    // node together do not come back together. backoffMax keeps checks under a second apart.
    std::chrono::milliseconds backoffBase{20};
    std::chrono::milliseconds backoffMax{800};
    // The slot map is read again this often, and at most every topologyMinGap after a redirection or a failure.
    std::chrono::milliseconds topologyEvery{5000};
    std::chrono::milliseconds topologyMinGap{100};
    std::uint32_t maxRedirects = 5;
};

inline constexpr std::size_t kMaxCallArgs = 10;

// One command for one key. The arguments are views: what they point to must live until run() returns.
struct RedisCall {
    // Lost: sent, but the node failed before it answered: the command may have run.
    enum class Outcome : std::uint8_t { Answered, Unavailable, Lost };
    std::uint16_t slot = 0;
    std::array<std::string_view, kMaxCallArgs> args{};
    std::uint8_t argc = 0;
    RedisReply reply;  // Answered: the server's reply (which may be an error of the command itself)
    Outcome outcome = Outcome::Unavailable;
    std::string error;  // Unavailable and Lost: why
};

struct RedisNodeHealth {
    RedisEndpoint endpoint;
    BreakerState breaker = BreakerState::Closed;
    bool master = false;         // serves slots in the latest map (single mode: the server)
    std::uint64_t failures = 0;  // in all
    std::string lastError;
};

struct RedisHealth {
    RedisMode mode = RedisMode::Unknown;
    // Some slot has no master, or its master failed last time it was asked (or nothing is known yet): some keys
    // are decided by the failure policy.
    bool degraded = true;
    std::vector<RedisNodeHealth> nodes;
    std::string lastError;
};

// A Redis client for one thread: a single server or a Redis Cluster, found out from the seeds. Health checks of
// failed nodes run on a thread of their own (HealthProbe), so a node that is gone costs this thread no waiting. A batch
// of calls goes out pipelined, one round trip per node with all nodes at once; MOVED updates the slot map and retries,
// ASK retries once on the migration's target after ASKING, NOSCRIPT loads the client's scripts on that node and
// retries. Each node has a circuit breaker (closed, open, half-open). Calls a node cannot answer come back
// Unavailable with the reason (Lost when they were sent before the node failed): the caller's failure policy decides
// what they mean.
class RedisClient final {
public:
    explicit RedisClient(RedisOptions options);
    ~RedisClient();
    RedisClient(const RedisClient&) = delete;
    RedisClient& operator=(const RedisClient&) = delete;

    // A script that calls may run by EVALSHA with the returned SHA-1; loaded on a node when it says NOSCRIPT.
    std::string addScript(std::string body);

    void run(std::span<RedisCall> calls);
    // Health checks of open nodes that are due, and the slot map when it is due. run() does both as well.
    void maintain();
    RedisHealth health() const;
    RedisMode mode() const { return m_mode; }

private:
    using SteadyClock = std::chrono::steady_clock;
    struct Node {
        std::unique_ptr<RedisConnection> connection;
        BreakerState breaker = BreakerState::Closed;
        std::uint32_t consecutiveFailures = 0;
        std::uint32_t attempt = 0;  // backoff exponent while open
        SteadyClock::time_point retryAt{};
        std::uint64_t failures = 0;
        bool master = false;
        bool needsScripts = false;
        std::string lastError;
        std::string scriptError;           // SCRIPT LOAD refused this round (NOPERM, OOM): no use retrying
        std::vector<std::uint32_t> queue;  // calls of this round
        std::uint32_t scriptLoads = 0;     // SCRIPT LOADs appended this round
    };

    std::int16_t nodeIndex(const RedisEndpoint& endpoint);
    bool usable(Node& node, SteadyClock::time_point now);
    // The wait before the next health check starts when the failure is known, after any blocking call.
    void failed(Node& node, std::string error);
    void answered(Node& node);
    void refreshTopologyIfDue(SteadyClock::time_point now);
    bool refreshTopology(SteadyClock::time_point now);
    void sendRound(std::span<RedisCall> calls, SteadyClock::time_point now);
    void readRound(std::span<RedisCall> calls);
    void unavailable(RedisCall& call, std::string error);

    RedisOptions m_options;
    std::vector<std::unique_ptr<Node>> m_nodes;
    std::array<std::int16_t, kHashSlots> m_owner{};
    RedisMode m_mode = RedisMode::Unknown;
    bool m_stale = true;
    SteadyClock::time_point m_refreshedAt{};
    std::string m_lastError;
    std::vector<std::string> m_scripts;
    std::mt19937_64 m_random;
    HealthProbe m_probe;  // health checks of open nodes, off this thread
    // One run's scratch.
    std::vector<std::uint32_t> m_pending;
    std::vector<std::int16_t> m_askTarget;  // by call: the ASK target for the next round, or -1
};

}  // namespace sluice::engine::redis
