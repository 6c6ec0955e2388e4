// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "snapshot/Snapshot.h"

namespace sluice::ui {

// Requests per second over the last complete seconds of the snapshot (engine time).
double recentRate(const engine::Snapshot& snapshot, int seconds);
// The denied share of those requests, 0 when there were none.
double recentDeniedFraction(const engine::Snapshot& snapshot, int seconds);

}  // namespace sluice::ui
