// SPDX-License-Identifier: Apache-2.0
#include "redis/RespReader.h"

#include "redis/BoundedReplies.h"

#include <hiredis/hiredis.h>

namespace sluice::engine::redis {

bool readReplies(std::string_view bytes, std::vector<RedisReply>& out, std::string& error)
{
    redisReader* reader = redisReaderCreateWithFunctions(boundedReplyFunctions());
    if (reader == nullptr) {
        error = "out of memory";
        return false;
    }
    bool ok = redisReaderFeed(reader, bytes.data(), bytes.size()) == REDIS_OK;
    while (ok) {
        void* reply = nullptr;
        if (redisReaderGetReply(reader, &reply) != REDIS_OK) {
            ok = false;
            break;
        }
        if (reply == nullptr) {
            break;
        }
        out.push_back(RedisReply::fromHiredis(reply));
        freeReplyObject(reply);
    }
    if (!ok) {
        error = reader->errstr[0] != '\0' ? reader->errstr : "protocol error";
    }
    redisReaderFree(reader);
    return ok;
}

}  // namespace sluice::engine::redis
