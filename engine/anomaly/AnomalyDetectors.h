// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "anomaly/Finding.h"
#include "anomaly/TrafficTally.h"
#include "config/AnomalyConfig.h"
#include "part/PartContext.h"

#include <string>
#include <utility>
#include <vector>

namespace sluice::engine::anomaly {

// The metrics sampled on the detection grid and the detectors that judge them. Says what looks anomalous
// in each sample; grouping findings into alerts is the alert book's.
class AnomalyDetectors final {
public:
    explicit AnomalyDetectors(const AnomalyConfig& config = {});
    void configure(const AnomalyConfig& config);

    TrafficTally& tally() { return m_tally; }
    // The next grid point to sample; kNever before the first request started the grid.
    TimeNs nextSample() const { return m_next; }
    // Samples every grid point up to `now`, and appends what looks anomalous in each.
    void sample(TimeNs now, const PartContext& context, std::vector<Finding>& out);
    // The series the view shows, and how far the seasonal baselines have learned.
    void fillView(AnomalyView& out) const;
    // Changes whenever a sample was taken: the view needs rebuilding.
    std::uint64_t version() const { return m_version; }

    // What was learned, one (metric, bytes) row per metric, to persist; and back after a restart.
    std::vector<std::pair<std::string, std::string>> saveBaselines() const;
    void restoreBaselines(const std::vector<std::pair<std::string, std::string>>& rows);

private:
    AnomalyConfig m_config;
    TrafficTally m_tally;
    TimeNs m_next = kNever;
    std::uint64_t m_version = 0;
};

}  // namespace sluice::engine::anomaly
