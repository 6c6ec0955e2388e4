// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <cstdint>

namespace sluice::engine {

// Everything the decision needs about one key, in one cache line.
struct alignas(64) KeyRecord {
    enum Flag : std::uint8_t {
        kLive = 1U << 0,
        kDirty = 1U << 1,             // reputation changed since the last checkpoint
        kViolationPending = 1U << 2,  // the current window saw denials not yet assessed
        kQueuedDirty = 1U << 3,       // already in the dirty list
        // Sluice's own features, resolved from their flags at admission and whenever a flag changes, so a
        // decision tests one bit instead of evaluating a flag.
        kReputationOn = 1U << 4,
        kThrottleOn = 1U << 5,
        kShadowed = 1U << 6,  // has an unthrottled limiter state while the throttle lasts (limiter/ThrottleShadow.h)
        kAnomalyOn = 1U << 7,
    };
    static constexpr std::uint8_t kNoTopSlot = 0xFF;
    static constexpr std::size_t kInlineKeyBytes = 16;

    char key[kInlineKeyBytes];  // the key itself when it fits, else its offset in the key arena
    TimeNs tat;                 // GCRA theoretical arrival time under the default policy
    float score;
    std::uint32_t cleanAllowed;  // allowed requests toward the next reputation point
    std::uint32_t lastSeenSec;
    std::uint32_t windowStartSec;  // current violation window
    std::uint32_t windowAttempted;
    std::uint32_t windowAllowed;
    std::uint32_t allowed;  // totals since the key entered the table (saturating)
    std::uint32_t denied;
    std::uint8_t keyLen;
    std::uint8_t tier : 2;  // ReputationTier (three tiers)
    // The variants the FlagBook's counted variant flags give the key, 3 bits a flag: the variant's number + 1,
    // 0 = none; in the record so that counting them costs a decision no memory access of its own.
    std::uint8_t flagVariants : 6;
    std::uint8_t vipTier;
    std::uint8_t flags;
    std::uint16_t flagBits;    // bit i: the flag in slot i of the FlagBook is on for this key (flagbook/FlagBook.h)
    std::uint8_t flagVipTier;  // the VIP tier a flag's effect gives the key when it has none of its own, or 0
    std::uint8_t topSlot;      // position in the top-denied list, or kNoTopSlot
};
static_assert(sizeof(KeyRecord) == 64, "a key record must fill exactly one cache line");

}  // namespace sluice::engine
