// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "redis/ClusterTopology.h"
#include "redis/RedisReply.h"

#include <chrono>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

struct redisContext;

namespace sluice::engine::redis {

struct RedisTimeouts {
    std::chrono::milliseconds connect{250};
    std::chrono::milliseconds command{500};
};

// Who Sluice is to a Redis that asks (AUTH): an empty user is the default user, an empty password no AUTH.
struct RedisCredentials {
    std::string user;
    std::string password;
};

// One blocking connection to one Redis node (hiredis). Commands are appended, sent together and their replies
// read in order, so a batch costs one round trip. Any I/O error or timeout closes the connection: what was
// not read is lost, and the caller decides what that means.
class RedisConnection final {
public:
    RedisConnection(RedisEndpoint endpoint, RedisTimeouts timeouts, RedisCredentials credentials = {});
    ~RedisConnection();
    RedisConnection(const RedisConnection&) = delete;
    RedisConnection& operator=(const RedisConnection&) = delete;

    const RedisEndpoint& endpoint() const { return m_endpoint; }
    bool connected() const { return m_context != nullptr; }
    // Connects (and authenticates) unless connected. False with the reason in `error`.
    bool connect(std::string& error);
    void close();

    // Queues one command; nothing is sent before flush() or read(). Needs a connection.
    void append(std::span<const std::string_view> args);
    // Sends what is queued. False (and closed) on an error or a timeout.
    bool flush(std::string& error);
    // The next reply, in the order the commands were appended. False (and closed) on an error or a timeout.
    bool read(RedisReply& reply, std::string& error);
    // One command and its reply.
    bool call(std::span<const std::string_view> args, RedisReply& reply, std::string& error);
    // For a subscriber: the next reply if one arrives within `wait` (`got` false when none did). False (and
    // closed) on an error.
    bool poll(std::chrono::milliseconds wait, RedisReply& reply, bool& got, std::string& error);

private:
    bool failed(std::string& error);  // closes and names the endpoint and hiredis' reason

    RedisEndpoint m_endpoint;
    RedisTimeouts m_timeouts;
    RedisCredentials m_credentials;
    redisContext* m_context = nullptr;
};

}  // namespace sluice::engine::redis
