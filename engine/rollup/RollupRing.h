// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rollup/RollupBucket.h"

#include <cstdint>
#include <vector>

namespace sluice::engine {

// A fixed window of consecutive buckets of `bucketSec` seconds each: the last `capacity` intervals.
class RollupRing final {
public:
    RollupRing(std::uint32_t bucketSec, std::uint32_t capacity);

    // Accounts a finished one-second bucket; closes and starts intervals as time moves on.
    void add(const RollupBucket& second);
    // Oldest first, ending with the interval still open; intervals without traffic are zero buckets.
    void copyTo(std::vector<RollupBucket>& out) const;
    // The closed intervals that start after `afterSec`, oldest first, appended to `out`; with `open`, the interval
    // still open as well. Costs one comparison when nothing closed since.
    void closedAfter(std::uint32_t afterSec, bool open, std::vector<RollupBucket>& out) const;
    std::uint32_t bucketSec() const { return m_bucketSec; }

private:
    void closeUntil(std::uint32_t startSec);

    std::uint32_t m_bucketSec;
    std::vector<RollupBucket> m_ring;
    std::size_t m_next = 0;   // slot the next closed interval goes to
    std::size_t m_count = 0;  // closed intervals held
    RollupBucket m_open;
    bool m_hasOpen = false;
};

}  // namespace sluice::engine
