// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine::redis {

// One reply of a Redis server, owned, so nothing outside the connection sees hiredis. An error reply keeps the
// server's text ("MOVED 3999 127.0.0.1:7001", "NOSCRIPT No matching script…").
struct RedisReply {
    enum class Kind : std::uint8_t { Nil, Integer, String, Status, Error, Array };
    Kind kind = Kind::Nil;
    long long integer = 0;
    std::string text;  // String, Status and Error
    std::vector<RedisReply> elements;

    bool isError() const { return kind == Kind::Error; }
    // An error reply whose first word is `word` ("MOVED", "NOSCRIPT").
    bool isError(std::string_view word) const;
    // An integer, or a string or status that holds one.
    bool asInteger(long long& out) const;

    static RedisReply error(std::string text);
    // From a hiredis `redisReply*` (taken as void* so callers need no hiredis header).
    static RedisReply fromHiredis(const void* reply);
};

}  // namespace sluice::engine::redis
