// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"
#include "limiter/Gcra.h"
#include "limiter/SharedLimiter.h"
#include "redis/RedisClient.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sluice::engine::redis {

// A rate as the Redis script takes it: the interval rounded to whole microseconds (at least one) and the tolerance
// kept a whole number of intervals, as the engine keeps it (limiter/RateTable), so the burst stays exact and
// `remaining` counts whole requests. A limit differs from the engine's nanosecond one by at most half a microsecond
// per interval.
struct MicroRate {
    TimeNs interval = 1;   // µs
    TimeNs tolerance = 0;  // µs
};
MicroRate microRate(const GcraRate& rate);

// Local leases: when a request passes in Redis, the engine takes up to `units` more of its key at once and
// spends them itself for up to `ttl`, without a round trip. Units are taken from the shared budget when leased,
// so a fleet never admits more than the limit at the moment of leasing; they are spent up to `ttl` later, so
// over a window an engine may admit up to `units` a key beyond its share, and units not spent in time are lost.
// The answers given from a lease count remaining from the lease's moment. A denial is remembered too, until its
// retry-after (at most `ttl`): the same or a dearer request of the key is denied here until then, as Redis would
// deny it (other engines can only move that moment later). units 0: no leases, every decision asks Redis.
struct RedisLease {
    std::uint32_t units = 0;
    TimeNs ttl = 0;
};

// The limiter shared by every engine: GCRA in Redis (GcraScript), one EVALSHA per request, a batch pipelined per
// node. With `serverClock` the Redis node's clock decides, which every engine of a fleet shares whatever its own
// clock says (`sluice serve`); without it, each check's own time (replays and tests, whose time is not the wall
// clock's), and a time of 0 is the node's clock too.
class RedisLimiter final : public SharedLimiter {
public:
    explicit RedisLimiter(RedisClient& client, std::string prefix = "sluice", bool serverClock = false,
                          RedisLease lease = {});

    void decide(std::span<const SharedCheck> checks, std::span<SharedVerdict> verdicts) override;
    void maintain() override;
    SharedView view() const override;
    // The Redis key of a key's TAT: "<prefix>:gcra:{<key>}" and ":<route>" for a route's policy. The key is
    // the hash tag, so all of one key's routes live on one node.
    std::string stateKey(std::string_view key, std::string_view route) const;

    // Requests decided from leases, and units leased, since the start.
    std::uint64_t leasedDecisions() const { return m_leasedDecisions; }

private:
    struct Lease {
        std::uint32_t units = 0;
        TimeNs until = 0;                // the check time after which the units are dropped
        std::uint32_t remaining = 0;     // in Redis when the lease was taken
        TimeNs resetAfter = 0;           // then
        std::uint64_t askedInRound = 0;  // one request of a key goes to Redis a round
        TimeNs deniedUntil = 0;          // a request costing deniedCost or more is denied here until then
        std::uint32_t deniedCost = 0;
    };
    enum class Route : std::uint8_t { Decided, Ask, Defer };
    // Decided: the key's lease or remembered denial decides the request here. Ask: it goes to Redis (with `extra`
    // units of lease asked for). Defer: another request of the key is asked about this round; wait for its answer.
    Route fromLease(const SharedCheck& check, const std::string& key, SharedVerdict& verdict, std::uint32_t& extra,
                    bool mayDefer);
    void addCall(const SharedCheck& check, std::uint32_t index, std::uint32_t extra);
    // Runs the calls added this round and turns their replies into verdicts, leases and remembered denials.
    void ask(std::span<const SharedCheck> checks, std::span<SharedVerdict> verdicts);
    void writeStateKey(std::string& out, std::string_view key, std::string_view route) const;

    RedisClient& m_client;
    std::string m_prefix;
    std::string m_sha;
    bool m_serverClock = false;
    RedisLease m_lease;
    std::unordered_map<std::string, Lease> m_leases;  // by Redis key
    std::uint64_t m_round = 0;
    std::uint64_t m_leasedDecisions = 0;
    TimeNs m_latest = 0;  // the latest check time, for dropping leases that ran out
    // One batch's storage, reused.
    std::vector<std::string> m_keys;
    std::vector<std::array<char, 5 * 24>> m_numbers;
    std::vector<RedisCall> m_calls;
    struct Sent {
        std::uint32_t check = 0;
        std::uint32_t extra = 0;  // units of lease asked for
    };
    std::vector<Sent> m_sent;
    std::vector<std::uint32_t> m_pending;  // checks not decided yet
    std::vector<std::uint32_t> m_deferred;
};

}  // namespace sluice::engine::redis
