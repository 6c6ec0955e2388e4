// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Tiers.h"

#include <QString>

namespace sluice::ui {

// Numbers and names as people read them, in the user's locale.
QString formatCount(quint64 value);
QString formatPercent(double fraction);
QString formatRate(double perSecond);
QString formatNumber(double value, int decimals = 0);
QString tierName(engine::ReputationTier tier);
QString throttleName(engine::ThrottleLevel level);
// "45 s", "12 min", "3 h 20 min", "2 d 4 h": the two largest units.
QString formatDuration(qint64 ms);

}  // namespace sluice::ui
