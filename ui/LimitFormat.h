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

}  // namespace sluice::ui
