// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "snapshot/Snapshot.h"
#include "traffic/SourceState.h"

#include <QList>
#include <QString>

namespace sluice::ui {

// Which load source drives the auto-throttle, in words ("the simulated backend"); empty when the engine
// does not say. The one place that learns it from the snapshot once the engine reports its load source.
QString throttleLoadSourceName(const engine::Snapshot& snapshot, const QList<engine::SourceState>& sources);

// "Throttle load: the simulated backend · CPU 42 %, memory 61 %, 12 in flight at 10:42:07", or what is
// missing: the line the Sources page shows above its table.
QString throttleLoadText(const engine::Snapshot& snapshot, const QList<engine::SourceState>& sources);

}  // namespace sluice::ui
