// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "limiter/RateTable.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::engine {

struct VipTier {
    std::string name;
    double multiplier = 1.0;
};

// Named VIP tiers. A key refers to its tier by a small index (1-based; 0 = no VIP) so records stay compact.
class VipCatalog final {
public:
    static constexpr double kMinMultiplier = 1.0;
    static constexpr double kMaxMultiplier = 5.0;
    static constexpr std::size_t kMaxNameBytes = 32;

    // What is wrong with a tier name, for a person to read; nullopt when it is usable. Names are short
    // identifiers (a letter, then letters, digits, '-' or '_') because they appear in CSV files and logs.
    static std::optional<std::string> checkName(std::string_view name);

    // Adds or updates; fails on a bad name, a multiplier outside 1.0..5.0, a name that differs from an
    // existing one only in case, or a full catalog.
    bool put(std::string_view name, double multiplier, std::string& error);
    // A tier as the database holds it: stored under older rules, it is kept as it is rather than dropped
    // with its assignments. Only an empty name or a multiplier that is not a positive number is refused.
    bool load(std::string_view name, double multiplier);
    bool remove(std::string_view name);
    std::optional<int> indexOf(std::string_view name) const;
    const VipTier* at(int index) const;
    const std::vector<VipTier>& tiers() const { return m_tiers; }
    void fillMultipliers(RateTable::Multipliers& out) const;

private:
    std::vector<VipTier> m_tiers;  // slot i holds tier index i + 1; removed tiers leave an empty name
};

}  // namespace sluice::engine
