// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/LoadSourceView.h"

#include <QString>

namespace sluice::ui {

// Which load source drives the auto-throttle, in words: "this host (/proc)", "Prometheus at http://…".
QString loadSourceName(const engine::LoadSourceView& source);

// "Throttle load source: Prometheus at http://… · CPU 42 %, memory 61 %, 12 in flight or queued at 10:42:07",
// or why there is no sample: the line the Sources page shows above its table.
QString throttleLoadText(const engine::LoadSourceView& source);

}  // namespace sluice::ui
