// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "redis/RedisReply.h"

#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine::redis {

// Reads the whole replies in `bytes` (RESP, as a server sends them) with hiredis' own reader, the one every
// connection uses. False, with hiredis' reason in `error`, at a protocol error; a reply cut short is left out.
bool readReplies(std::string_view bytes, std::vector<RedisReply>& out, std::string& error);

}  // namespace sluice::engine::redis
