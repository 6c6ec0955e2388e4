// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>

namespace sluice::engine {

// All engine time is integer nanoseconds since the Unix epoch: exact arithmetic, and one unit everywhere.
using TimeNs = std::int64_t;

inline constexpr TimeNs kNsPerMs = 1'000'000;
inline constexpr TimeNs kNsPerSec = 1'000'000'000;
inline constexpr TimeNs kNsPerMin = 60 * kNsPerSec;
inline constexpr TimeNs kNsPerHour = 60 * kNsPerMin;
inline constexpr TimeNs kNsPerDay = 24 * kNsPerHour;

constexpr std::uint32_t toUnixSec(TimeNs t) { return static_cast<std::uint32_t>(t / kNsPerSec); }
constexpr TimeNs fromUnixSec(std::int64_t sec) { return sec * kNsPerSec; }
// Milliseconds since the epoch: how the database stores instants.
constexpr std::int64_t toUnixMs(TimeNs t) { return t / kNsPerMs; }
constexpr TimeNs fromUnixMs(std::int64_t ms) { return ms * kNsPerMs; }

}  // namespace sluice::engine
