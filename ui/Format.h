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
// A span in words when it is a whole number of days, hours or minutes ("30 minutes", "2 hours", "1 day"), for
// sentences and report titles; formatDuration() otherwise.
QString formatSpan(qint64 ms);

}  // namespace sluice::ui
