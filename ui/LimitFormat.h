// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"
#include "query/KeyView.h"

#include <QString>

namespace sluice::ui {

// "1,000/min", "50/s": a count per policy period, in the user's locale.
QString formatPerPeriod(quint64 count, engine::TimeNs period);
// A multiplier with one decimal, two when needed: "1.0", "1.5", "1.25".
QString formatMultiplier(double multiplier);
// "1,000/min × 1.5 × 1.0 × 0.6 = 900/min": base × reputation × VIP × throttle = effective limit.
QString formatLimitBreakdown(const engine::LimitBreakdown& limit);
// A route as people read it: its path, or "default route" for the default policy.
QString routeName(const std::string& route);
// "/api/v1/bulk: 3,000/min × 1.0 × 2.0 × 0.2 = 1,200/min": a route and the breakdown of its limit.
QString formatRouteLimit(const engine::RouteLimit& limit);

}  // namespace sluice::ui
