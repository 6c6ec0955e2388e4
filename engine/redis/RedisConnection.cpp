// SPDX-License-Identifier: Apache-2.0
#include "redis/RedisConnection.h"

#include "redis/BoundedReplies.h"

#include <hiredis/hiredis.h>

#include <algorithm>
#include <array>
#include <poll.h>
#include <sys/time.h>

namespace sluice::engine::redis {

namespace {

timeval toTimeval(std::chrono::milliseconds ms)
{
    timeval tv{};
    tv.tv_sec = static_cast<time_t>(ms.count() / 1000);
    tv.tv_usec = static_cast<suseconds_t>((ms.count() % 1000) * 1000);
    return tv;
}

// Commands Sluice sends have a handful of arguments; more would be a mistake in Sluice itself.
constexpr std::size_t kMaxArgs = 16;

}  // namespace

RedisConnection::RedisConnection(RedisEndpoint endpoint, RedisTimeouts timeouts, RedisCredentials credentials)
    : m_endpoint(std::move(endpoint)), m_timeouts(timeouts), m_credentials(std::move(credentials))
{
}

RedisConnection::~RedisConnection() { close(); }

void RedisConnection::close()
{
    if (m_context != nullptr) {
        redisFree(m_context);
        m_context = nullptr;
    }
}

bool RedisConnection::failed(std::string& error)
{
    error = m_endpoint.text() + ": ";
    error += m_context == nullptr ? "no connection" : (m_context->errstr[0] != '\0' ? m_context->errstr : "I/O error");
    close();
    return false;
}

bool RedisConnection::connect(std::string& error)
{
    if (m_context != nullptr) {
        return true;
    }
    m_context = redisConnectWithTimeout(m_endpoint.host.c_str(), m_endpoint.port, toTimeval(m_timeouts.connect));
    if (m_context == nullptr) {
        error = m_endpoint.text() + ": out of memory";
        return false;
    }
    if (m_context->err != 0 || redisSetTimeout(m_context, toTimeval(m_timeouts.command)) != REDIS_OK) {
        return failed(error);
    }
    m_context->reader->fn = boundedReplyFunctions();
    redisEnableKeepAlive(m_context);
    if (m_credentials.password.empty()) {
        return true;
    }
    RedisReply reply;
    // AUTH password, or AUTH user password (Redis 6 ACL users).
    std::array<std::string_view, 3> command{"AUTH", m_credentials.user, m_credentials.password};
    std::size_t n = 3;
    if (m_credentials.user.empty()) {
        command[1] = m_credentials.password;
        n = 2;
    }
    if (!call(std::span<const std::string_view>(command.data(), n), reply, error)) {
        return false;
    }
    if (reply.isError()) {
        error = m_endpoint.text() + ": " + reply.text;
        close();
        return false;
    }
    return true;
}

void RedisConnection::append(std::span<const std::string_view> args)
{
    std::array<const char*, kMaxArgs> argv{};
    std::array<std::size_t, kMaxArgs> lengths{};
    const std::size_t n = std::min(args.size(), kMaxArgs);
    for (std::size_t i = 0; i < n; ++i) {
        argv[i] = args[i].data();
        lengths[i] = args[i].size();
    }
    redisAppendCommandArgv(m_context, static_cast<int>(n), argv.data(), lengths.data());
}

bool RedisConnection::flush(std::string& error)
{
    if (m_context == nullptr) {
        return failed(error);
    }
    int done = 0;
    while (done == 0) {
        if (redisBufferWrite(m_context, &done) != REDIS_OK) {
            return failed(error);
        }
    }
    return true;
}

bool RedisConnection::read(RedisReply& reply, std::string& error)
{
    if (m_context == nullptr) {
        return failed(error);
    }
    void* raw = nullptr;
    if (redisGetReply(m_context, &raw) != REDIS_OK || raw == nullptr) {
        return failed(error);
    }
    reply = RedisReply::fromHiredis(raw);
    freeReplyObject(raw);
    return true;
}

bool RedisConnection::call(std::span<const std::string_view> args, RedisReply& reply, std::string& error)
{
    if (m_context == nullptr) {
        return failed(error);
    }
    append(args);
    return read(reply, error);
}

}  // namespace sluice::engine::redis

namespace sluice::engine::redis {

bool RedisConnection::poll(std::chrono::milliseconds wait, RedisReply& reply, bool& got, std::string& error)
{
    got = false;
    if (m_context == nullptr) {
        return failed(error);
    }
    void* raw = nullptr;
    if (redisGetReplyFromReader(m_context, &raw) != REDIS_OK) {
        return failed(error);
    }
    if (raw == nullptr) {
        pollfd descriptor{m_context->fd, POLLIN, 0};
        const int ready = ::poll(&descriptor, 1, static_cast<int>(wait.count()));
        if (ready < 0) {
            return failed(error);
        }
        if (ready == 0) {
            return true;
        }
        if (redisBufferRead(m_context) != REDIS_OK || redisGetReplyFromReader(m_context, &raw) != REDIS_OK) {
            return failed(error);
        }
        if (raw == nullptr) {
            return true;  // part of a reply: the rest comes with the next poll
        }
    }
    reply = RedisReply::fromHiredis(raw);
    freeReplyObject(raw);
    got = true;
    return true;
}

}  // namespace sluice::engine::redis
