// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/AnomalyView.h"

#include <QString>

#include <string>

namespace sluice::ui {

// How the console names what anomaly detection reports, the same in the list, the detail pane and the chart.
QString anomalyKindName(engine::AnomalyKind kind);
QString alertStateName(engine::AlertState state);
// "requests" -> "Requests", "route:/login" -> "Requests to /login", "key:k" -> "Requests of key k".
QString metricName(const std::string& metric);
// A metric's value as people read it: whole numbers for counts, two places for small values and shares.
QString metricValue(double value);
// "1,234 (expected 300)"
QString valueAgainstExpected(double value, double expected);
// What the engine did on its own, in one line ("None" when nothing).
QString responseSummary(const engine::AlertResponse& response);
// A moment of engine time, date and time in the user's locale.
QString alertMoment(engine::TimeNs at);
// How long the incident lasted, or has lasted by `now` while it goes on.
QString alertDuration(const engine::AnomalyAlert& alert, engine::TimeNs now);

}  // namespace sluice::ui
