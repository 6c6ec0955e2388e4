// SPDX-License-Identifier: Apache-2.0
// What a Redis node answers is outside input: any bytes read as replies give replies or a protocol error, never a
// crash; CLUSTER SLOTS answers give slot ranges inside the 16384 slots or a message; MOVED and ASK errors give a
// slot and an address or nothing; the limiter's four numbers are read or refused; and so are a score script's reply
// and an announcement on the fleet's reputation channel.
#include "FuzzTarget.h"

#include "redis/ClusterTopology.h"
#include "redis/HashSlot.h"
#include "redis/RedisReputation.h"
#include "redis/RespReader.h"

#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sluice::engine::redis;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    std::vector<RedisReply> replies;
    std::string error;
    if (!readReplies(bytes, replies, error)) {
        sluice::fuzz::require(!error.empty(), "a protocol error comes with hiredis' reason");
    }
    const RedisEndpoint asked{"127.0.0.1", 7000};
    for (const RedisReply& reply : replies) {
        std::vector<SlotRange> ranges;
        std::string slotsError;
        if (parseClusterSlots(reply, asked, ranges, slotsError)) {
            for (const SlotRange& range : ranges) {
                sluice::fuzz::require(range.first <= range.last && range.last < kHashSlots, "slots stay in range");
                sluice::fuzz::require(!range.master.host.empty() && range.master.port >= 0 &&
                                          range.master.port <= 65535,
                                      "a master has an address");
            }
        } else {
            sluice::fuzz::require(!slotsError.empty(), "a refused CLUSTER SLOTS answer is named");
        }
        if (const auto redirect = parseRedirect(reply, asked)) {
            sluice::fuzz::require(redirect->slot < kHashSlots && redirect->target.port > 0, "a redirect is usable");
        }
        sluice::engine::FleetScore score;
        if (readScoreReply(reply, score)) {
            sluice::fuzz::require(score.before >= 0 && score.before <= 100 && score.after >= 0 && score.after <= 100,
                                  "a fleet's score is within 0..100");
        }
        if (const auto announced = parseAnnouncedScore(reply.text, "sluice")) {
            sluice::fuzz::require(!announced->origin.empty() && !announced->key.empty() && announced->score >= 0 &&
                                      announced->score <= 100 && announced->atMs >= 0 &&
                                      announced->atMs <= 9'000'000'000'000,
                                  "an announcement names its engine and key, with a score within 0..100");
        }
        long long value = 0;
        (void)reply.asInteger(value);
        (void)hashSlot(reply.text);
    }
    return 0;
}
