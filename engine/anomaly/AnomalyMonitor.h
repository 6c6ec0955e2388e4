// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "anomaly/AnomalyDetectors.h"
#include "config/Command.h"
#include "part/PartContext.h"
#include "snapshot/Snapshot.h"

#include <memory>
#include <optional>
#include <vector>

namespace sluice::engine::anomaly {

// Anomaly detection as a part of the engine: samples the metrics on its grid, keeps the alerts and their
// lifecycle, and takes the alert commands.
class AnomalyMonitor final {
public:
    explicit AnomalyMonitor(const AnomalyConfig& config = {});

    TrafficTally& tally() { return m_detectors.tally(); }

    TimeNs nextDue() const { return m_detectors.nextSample(); }
    void runDue(TimeNs now, PartContext& context);
    void fillSnapshot(Snapshot& out) const;
    std::optional<CommandResult> validate(const Command& command, TimeNs now) const;
    std::optional<CommandResult> apply(const Command& command, TimeNs now, PartContext& context);

private:
    AnomalyDetectors m_detectors;
    std::vector<Finding> m_findings;
    mutable std::shared_ptr<const AnomalyView> m_view;  // rebuilt when something changed
};

}  // namespace sluice::engine::anomaly
