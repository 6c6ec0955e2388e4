// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "history/ReadOnlyConnection.h"
#include "history/ThrottlePeriod.h"

namespace sluice::ui {

// The throttle periods that overlap [fromMs, toMs] (newest first, at most `limit`) and the time spent in
// each level within it over the periods that began before toMs and are closed. Runs on a DatabaseReader's
// thread.
ThrottleHistoryData readThrottleHistory(ReadOnlyConnection& connection, qint64 fromMs, qint64 toMs, int limit);

}  // namespace sluice::ui
