// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/StoreTypes.h"
#include "vip/VipCatalog.h"

#include <vector>

namespace sluice::engine {

// An engine's VIP state as a whole: its tier catalog and every assignment. What-if engines start fresh, so the
// console hands each of them the live state (B with its edited multipliers). Every tier an assignment names is
// among `tiers`.
struct VipSetup {
    std::vector<VipTier> tiers;
    std::vector<store::VipAssignment> assignments;
};

}  // namespace sluice::engine
