// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ServeLog.h"

#include "core/SharedView.h"
#include "limiter/SharedLimiter.h"
#include "redis/ClusterTopology.h"
#include "redis/FleetChanges.h"
#include "redis/FleetRoster.h"
#include "redis/RedisLimiter.h"
#include "reputation/SharedReputation.h"

#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sluice::engine {
class EngineRuntime;
}

namespace sluice::app {

// Where `sluice serve --redis` keeps the limits it shares with the other engines of its fleet.
struct ServeRedis {
    std::vector<engine::redis::RedisEndpoint> seeds;  // empty: no Redis, this engine decides alone
    std::string prefix = "sluice";                    // the keys' namespace, for fleets sharing one Redis
    engine::redis::RedisLease lease;                  // --redis-lease: units an engine may spend without asking
    bool shareReputation = true;                      // --redis-reputation shared|local
    std::chrono::milliseconds reputationRefresh{std::chrono::minutes(5)};  // --redis-reputation-refresh
};

// "host:port[,host:port…]": one server, or any nodes of a cluster. Nullopt with the reason in `error`.
std::optional<std::vector<engine::redis::RedisEndpoint>> parseRedisSeeds(const QString& text, QString& error);

// The shared limiter serve runs with. Redis' password comes from the environment (SLUICE_REDIS_PASSWORD, and
// SLUICE_REDIS_USER for an ACL user): serve has no keychain, and a command line is visible to every user.
std::function<std::unique_ptr<engine::SharedLimiter>()> redisLimiterMaker(const ServeRedis& redis);

// The keys' scores serve keeps with its fleet (redis/RedisReputation); empty without --redis, or with
// --redis-reputation local.
std::function<std::unique_ptr<engine::SharedReputation>()> redisReputationMaker(const ServeRedis& redis);

// This engine across restarts: the host and a digest of the database's absolute path.
std::string fleetInstance(const QString& db);

// The admin changes this engine shares with its fleet (redis/FleetChanges): what others made is made here as an
// admin command in their admin's name, and a refusal is logged. Null without --redis.
std::unique_ptr<engine::redis::FleetChanges> startFleetChanges(const ServeRedis& redis, const QString& db,
                                                               engine::EngineRuntime& runtime, ServeLog& log);

// This engine's name in its fleet, host:pid: the origin of the changes it shares and its roster entry.
std::string fleetEngineId();

// The roster of the fleet's engines (redis/FleetRoster): with --redis, every engine's summary through Redis every
// second; without it, this engine alone.
std::unique_ptr<engine::redis::FleetRoster> startFleetRoster(const ServeRedis& redis,
                                                             engine::redis::FleetRoster::Summarize summarize,
                                                             std::function<engine::TimeNs()> now);

// Says in serve's log when Redis becomes degraded (and why) and when it is whole again, once each time.
class SharedHealthLog final {
public:
    void note(const engine::SharedView& view, ServeLog& log);

private:
    bool m_degraded = false;
};

}  // namespace sluice::app
