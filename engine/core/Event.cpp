// SPDX-License-Identifier: Apache-2.0
#include "core/Event.h"

#include <array>

namespace sluice::engine {

std::string_view nameOf(EventKind kind)
{
    static constexpr std::array<std::string_view, 8> kNames{"violation",    "tier_changed", "vip_assigned",
                                                            "vip_revoked",  "vip_expired",  "throttle_changed",
                                                            "vip_expiring", "anomaly_alert"};
    return kNames[static_cast<int>(kind)];
}

}  // namespace sluice::engine
