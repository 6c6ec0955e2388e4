// SPDX-License-Identifier: Apache-2.0
#include "redis/RedisReply.h"

#include <hiredis/hiredis.h>

#include <charconv>

namespace sluice::engine::redis {

bool RedisReply::isError(std::string_view word) const
{
    if (kind != Kind::Error || text.size() < word.size() || text.compare(0, word.size(), word) != 0) {
        return false;
    }
    return text.size() == word.size() || text[word.size()] == ' ';
}

bool RedisReply::asInteger(long long& out) const
{
    if (kind == Kind::Integer) {
        out = integer;
        return true;
    }
    if (kind != Kind::String && kind != Kind::Status) {
        return false;
    }
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && ptr == end;
}

RedisReply RedisReply::error(std::string text)
{
    RedisReply reply;
    reply.kind = Kind::Error;
    reply.text = std::move(text);
    return reply;
}

RedisReply RedisReply::fromHiredis(const void* raw)
{
    RedisReply out;
    const auto* reply = static_cast<const redisReply*>(raw);
    if (reply == nullptr) {
        return out;
    }
    switch (reply->type) {
    case REDIS_REPLY_INTEGER:
        out.kind = Kind::Integer;
        out.integer = reply->integer;
        break;
    case REDIS_REPLY_STRING:
        out.kind = Kind::String;
        out.text.assign(reply->str, reply->len);
        break;
    case REDIS_REPLY_STATUS:
        out.kind = Kind::Status;
        out.text.assign(reply->str, reply->len);
        break;
    case REDIS_REPLY_ERROR:
        out.kind = Kind::Error;
        out.text.assign(reply->str, reply->len);
        break;
    case REDIS_REPLY_ARRAY:
        out.kind = Kind::Array;
        out.elements.reserve(reply->elements);
        for (std::size_t i = 0; i < reply->elements; ++i) {
            out.elements.push_back(fromHiredis(reply->element[i]));
        }
        break;
    default:
        out.kind = Kind::Nil;
        break;
    }
    return out;
}

}  // namespace sluice::engine::redis
