// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace sluice::engine::redis {

// A key's score as its fleet has it, in one Lua script, atomic per key. The state is a hash under KEYS[1]: `s` the
// score, `t` when it was last decayed (ms since the epoch), `w` the start of the last violation window counted (s),
// `v` its version (greater with every write, and at least the writer's time in µs, so a key that vanished and came
// back still moves forward), with a TTL after which any score has decayed to neutral, so idle keys
// vanish. Decay is applied on the same interval grid as the engine's (reputation/ReputationRules.h), lazily,
// whenever the key is touched: it is applied once, however many engines look.
//   ARGV[1]  points to add (may be negative); "read" to read; "seed" to read, and to start an unknown key
//   ARGV[2]  now, ms since the epoch
//   ARGV[3]  "<window> <local>": a violation's window start, s (0: not a violation), and the engine's score of the
//            key before the change: where a key the fleet does not know starts (a seed writes it there)
//   ARGV[4]  a violation window's length, s: a violation within that span after the last one counted costs nothing
//   ARGV[5]  "initial neutral decay-factor decay-interval-ms flagged-below trusted-above ttl-ms origin"
//   ARGV[6]  the channel on which a change that moves the key to another tier is published, as
//            "origin\nscore\nms\nversion\nKEYS[1]"
// Reply: {counted 0|1, score before, score after, known 0|1, version}, as strings (Lua numbers become integers in
// replies). A read counts nothing and writes nothing, and a seed writes only an unknown key whose score differs from
// the initial one.
std::string_view reputationScript();

}  // namespace sluice::engine::redis
