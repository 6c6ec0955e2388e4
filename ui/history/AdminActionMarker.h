// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "charts/ChartMarker.h"
#include "history/AdminActionRecord.h"

namespace sluice::ui {

// Which actions the time charts mark, as an SQL condition over audit_log's columns: those that change what
// keys are allowed (the throttle override, VIP tiers and assignments, limits, reputation and throttle
// settings, feature gates), not the lead time of the VIP expiry warning.
QString marksChartsSql();

// The action as a chart draws it at its engine time: "Override: High", "VIP gold → partner-1", with who,
// why and the wall-clock time in the tooltip.
ChartMarker adminActionMarker(const AdminActionRecord& record);

}  // namespace sluice::ui
