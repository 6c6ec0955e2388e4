// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "traffic/RejectedInput.h"
#include "traffic/SourceControl.h"
#include "traffic/SourceState.h"

#include <optional>
#include <string>
#include <vector>

namespace sluice::engine {

// Anything that feeds requests into an EngineRuntime: simulated traffic today; a tailed or replayed log or an
// HTTP listener next. A source runs on a thread of its own, fills RequestBatches and hands them over with
// EngineRuntime::submit/submitWait; its owner starts it, reads its state and controls it from any thread.
// Destroying a source stops it and waits for the batches it handed over.
class TrafficSource {
public:
    virtual ~TrafficSource() = default;

    virtual SourceState state() const = 0;
    // Nullopt when done; otherwise a sentence saying why the source cannot (an unknown scenario, a control
    // its kind does not have).
    virtual std::optional<std::string> control(const SourceControl& control) = 0;
    // The first inputs the source could not understand, copied now (a source with none keeps none).
    virtual std::vector<RejectedInput> rejectedInputs() const { return {}; }
};

}  // namespace sluice::engine
