// SPDX-License-Identifier: Apache-2.0
#pragma once

struct redisReplyObjectFunctions;

namespace sluice::engine::redis {

// hiredis' reply objects, made as its own functions make them (freeReplyObject frees them), but refusing a list
// of more than kMaxReplyElements or a string of more than kMaxReplyBytes: hiredis 0.14 would allocate a list as
// long as any announced length before a single element arrives, and abort when that fails. A refused reply is
// hiredis' "Out of memory" error, which ends the connection. Every reader Sluice makes uses these.
inline constexpr int kMaxReplyElements = 1 << 20;
inline constexpr unsigned long kMaxReplyBytes = 64UL << 20;
redisReplyObjectFunctions* boundedReplyFunctions();

}  // namespace sluice::engine::redis
