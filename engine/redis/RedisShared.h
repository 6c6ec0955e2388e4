// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "limiter/SharedLimiter.h"
#include "redis/RedisClient.h"
#include "redis/RedisLimiter.h"

#include <memory>
#include <string>

namespace sluice::engine::redis {

// The shared limiter of a fleet: a RedisLimiter with its own RedisClient, on the Redis node's clock, with leases
// when `lease` has units. Connects lazily, on the first batch, so making one never waits for Redis.
std::unique_ptr<SharedLimiter> makeRedisLimiter(RedisOptions options, std::string prefix = "sluice",
                                                RedisLease lease = {});

}  // namespace sluice::engine::redis
