// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "anomaly/ClosedSample.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace sluice::engine::anomaly {

// The keys behind a sample, for a finding: the heavy-hitter candidates and a uniform choice of the sample's new
// keys, with their requests in the sample counted exactly on their key records when the sample closed.
class AffectedKeys final {
public:
    static constexpr int kAny = -1;
    using List = std::vector<std::pair<std::string, std::uint64_t>>;

    explicit AffectedKeys(const ClosedSample& sample) : m_sample(sample) {}

    // Most requests first, at most `limit`; only keys whose counted request was on `route` / from `country`
    // when those are given; only new keys when `newOnly`.
    List top(std::size_t limit, bool newOnly = false, int route = kAny, int country = kAny) const;

private:
    const ClosedSample& m_sample;
};

}  // namespace sluice::engine::anomaly
