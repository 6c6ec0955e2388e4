// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace sluice::engine::redis {

// GCRA in one Lua script, atomic per key: the whole state of a key is its theoretical arrival time (TAT) in
// microseconds since the epoch, stored as a string under KEYS[1] with a TTL of its reset time (at least a minute
// when the caller gives the time), so an idle key vanishes when it is fully replenished.
//   KEYS[1]  the key's TAT
//   ARGV[1]  emission interval, µs (>= 1)     ARGV[2]  tolerance (interval x burst), µs
//   ARGV[3]  cost (>= 0)                       ARGV[4]  now, µs since the epoch; 0 = the server's clock (TIME)
//   ARGV[5]  a lease: up to this many units more, taken at once when the request passes (optional, 0 = none)
// Reply: {allowed 0|1, remaining, retry-after µs (-1: the cost exceeds the whole burst, never passes), reset-after
// µs, units leased}; remaining and reset-after count the leased units as taken. The same arithmetic as the engine's
// gcraCheck (limiter/Gcra.h) in microseconds: Lua numbers are doubles, exact below 2^53, and today is about 1.8 x 10^15
// µs (nanoseconds would be 1.8 x 10^18, beyond exact).
std::string_view gcraScript();

}  // namespace sluice::engine::redis
