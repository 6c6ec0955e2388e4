// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "redis/RedisReply.h"

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine::redis {

struct RedisEndpoint {
    std::string host;
    int port = 0;

    auto operator<=>(const RedisEndpoint&) const = default;
    std::string text() const;  // "host:port"
};

// "host:port" (the host may be an IPv6 address: the port follows the last colon). Nullopt when it is not one.
std::optional<RedisEndpoint> parseEndpoint(std::string_view text);

// Which master serves a range of hash slots, and its replicas.
struct SlotRange {
    std::uint16_t first = 0;
    std::uint16_t last = 0;
    RedisEndpoint master;
    std::vector<RedisEndpoint> replicas;
};

// Reads a CLUSTER SLOTS reply. A node announced without an address ("" or "?") is `asked`, the node that
// answered. False with a sentence in `error` when the reply is not such an answer.
bool parseClusterSlots(const RedisReply& reply, const RedisEndpoint& asked, std::vector<SlotRange>& out,
                       std::string& error);

// A cluster's redirection of one command: MOVED (the slot lives elsewhere now: remember it) or ASK (the slot
// is being migrated: ask the target once, after ASKING). A target without a host ("MOVED 3999 :7001") is on
// `asked`'s host.
struct Redirect {
    bool ask = false;
    std::uint16_t slot = 0;
    RedisEndpoint target;
};
std::optional<Redirect> parseRedirect(const RedisReply& reply, const RedisEndpoint& asked);

}  // namespace sluice::engine::redis
