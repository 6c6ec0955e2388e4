// SPDX-License-Identifier: Apache-2.0
#include "redis/BoundedReplies.h"

#include <hiredis/hiredis.h>

#include <cstdlib>
#include <cstring>

namespace sluice::engine::redis {

namespace {

redisReply* makeReply(const redisReadTask* task, int type)
{
    auto* reply = static_cast<redisReply*>(std::calloc(1, sizeof(redisReply)));
    if (reply == nullptr) {
        return nullptr;
    }
    reply->type = type;
    if (task->parent != nullptr) {
        auto* parent = static_cast<redisReply*>(task->parent->obj);
        parent->element[task->idx] = reply;
    }
    return reply;
}

void* createString(const redisReadTask* task, char* text, size_t length)
{
    if (length > kMaxReplyBytes) {
        return nullptr;
    }
    auto* copy = static_cast<char*>(std::malloc(length + 1));
    if (copy == nullptr) {
        return nullptr;
    }
    redisReply* reply = makeReply(task, task->type);
    if (reply == nullptr) {
        std::free(copy);
        return nullptr;
    }
    std::memcpy(copy, text, length);
    copy[length] = '\0';
    reply->str = copy;
    reply->len = length;
    return reply;
}

void* createArray(const redisReadTask* task, int elements)
{
    if (elements > kMaxReplyElements) {
        return nullptr;
    }
    redisReply** items = nullptr;
    if (elements > 0) {
        items = static_cast<redisReply**>(std::calloc(static_cast<size_t>(elements), sizeof(redisReply*)));
        if (items == nullptr) {
            return nullptr;
        }
    }
    redisReply* reply = makeReply(task, REDIS_REPLY_ARRAY);
    if (reply == nullptr) {
        std::free(items);
        return nullptr;
    }
    reply->element = items;
    reply->elements = static_cast<size_t>(elements);
    return reply;
}

void* createInteger(const redisReadTask* task, long long value)
{
    redisReply* reply = makeReply(task, REDIS_REPLY_INTEGER);
    if (reply != nullptr) {
        reply->integer = value;
    }
    return reply;
}

void* createNil(const redisReadTask* task) { return makeReply(task, REDIS_REPLY_NIL); }

redisReplyObjectFunctions kBounded{createString, createArray, createInteger, createNil, freeReplyObject};

}  // namespace

redisReplyObjectFunctions* boundedReplyFunctions() { return &kBounded; }

}  // namespace sluice::engine::redis
