// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace sluice::ui {

// A target's state as people read it: {"tier":"gold","expires_at_ms":null} becomes "tier: gold, expires at:
// never"; "\"high\"" becomes "high"; a null state "—". Times (keys ending in _at_ms) are shown as local dates.
// The table shows this and keeps the JSON for its tooltip; the CSV export keeps the JSON.
QString auditStateText(const QString& json);

}  // namespace sluice::ui
