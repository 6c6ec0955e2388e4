// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "traffic/SourceState.h"

#include <QString>

namespace sluice::ui {

// How the Sources page names a source's kind and what it is doing.
QString sourceKindName(engine::SourceKind kind);
// "Running", "Paused", "Finished", "Error", "Idle" or "Stopped".
QString sourceStateName(const engine::SourceState& state);
// The unit of the source's rate: lines for a log, requests otherwise ("1,234 lines/s").
QString sourceRateText(engine::SourceKind kind, double perSecond);
// Whether the source reads lines of a file (its numbers are line numbers).
bool readsLines(engine::SourceKind kind);

}  // namespace sluice::ui
