// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "keys/U64Map.h"
#include "limiter/Gcra.h"

#include <algorithm>
#include <cstdint>

namespace sluice::engine {

// What a key's limiter state would be without the throttle, so that a denial the throttle alone caused is not
// judged a reputation violation.
//
// Why a state of its own rather than a second look at the throttled TAT: a denied request does not advance the
// TAT, so while the throttle holds a key above its throttled rate, the TAT sits at the edge of the tolerance
// whether the key sends at 1.2x or 100x its throttled limit; checking that TAT against the unthrottled interval
// (or scaling it by the throttle multiplier) cannot tell a partner within its own limit from a bot far above
// it. The true counterfactual needs the unthrottled TAT. It is kept only while a throttle lowers limits, and
// only for keys the throttle has denied (one 16-byte slot per key and route; none in the key record), and
// dropped when the throttle ends: the 64-byte key record, and memory per key without a throttle, stay as they
// are. The decision path pays a hash probe only for keys whose limit the throttle lowers, and only while it
// does.
class ThrottleShadow final {
public:
    // Whether a request the throttle denied would have passed at `unthrottled`, advancing the key's shadow
    // when it would. A key's first shadow starts from its throttled TAT with the debt rescaled to the
    // unthrottled interval: the requests the throttled TAT counts, each charged as the unthrottled limit would.
    bool passesDenied(std::uint64_t slot, TimeNs throttledTat, TimeNs now, std::uint32_t cost,
                      const GcraRate& unthrottled, const GcraRate& throttled)
    {
        TimeNs* tat = m_tat.find(slot);
        if (tat == nullptr) {
            tat = &m_tat[slot];
            const TimeNs debt = std::max<TimeNs>(0, throttledTat - now);
            *tat = now + static_cast<TimeNs>(static_cast<double>(debt) * static_cast<double>(unthrottled.interval) /
                                             static_cast<double>(throttled.interval));
        }
        return advance(*tat, now, cost, unthrottled);
    }

    // An allowed request counts against the key's unthrottled allowance too, once the key has a shadow.
    void allowed(std::uint64_t slot, TimeNs now, std::uint32_t cost, const GcraRate& unthrottled)
    {
        if (m_tat.size() == 0) {
            return;
        }
        if (TimeNs* tat = m_tat.find(slot)) {
            advance(*tat, now, cost, unthrottled);
        }
    }

    void clear() { m_tat = U64Map<TimeNs>(); }
    std::size_t size() const { return m_tat.size(); }
    std::size_t memoryBytes() const { return m_tat.memoryBytes(); }

private:
    // The GCRA test alone: nothing else of the outcome is wanted here.
    static bool advance(TimeNs& tat, TimeNs now, std::uint32_t cost, const GcraRate& unthrottled)
    {
        const TimeNs newTat = std::max(tat, now) + unthrottled.interval * static_cast<TimeNs>(cost);
        if (newTat - unthrottled.tolerance > now) {
            return false;
        }
        tat = newTat;
        return true;
    }

    U64Map<TimeNs> m_tat;  // keyed like the per-route limiter state: key hash and policy
};

}  // namespace sluice::engine
