// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ThrottleView.h"

#include <cstddef>
#include <vector>

namespace sluice::engine {

// The latest samples in fixed-width buckets; a bucket hit twice keeps the maximum of each signal and of
// the level, so a coarse ring still shows every peak. Its memory is allocated once, up front.
class ThrottleSampleRing final {
public:
    ThrottleSampleRing(std::size_t capacity, TimeNs bucket);

    void add(const ThrottleSample& sample);
    void copyTo(std::vector<ThrottleSample>& out) const;  // oldest first
    std::size_t size() const { return m_size; }

private:
    std::vector<ThrottleSample> m_samples;
    TimeNs m_bucket;
    std::size_t m_head = 0;  // where the next new bucket goes
    std::size_t m_size = 0;
};

}  // namespace sluice::engine
