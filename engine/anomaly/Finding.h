// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/AnomalyView.h"

#include <string>
#include <utility>
#include <vector>

namespace sluice::engine::anomaly {

// What a detector reports for one sample of one metric that looks anomalous. The alert book groups findings
// into incidents: a metric with an open alert and no finding in a sample was normal in that sample.
struct Finding {
    AnomalyKind kind = AnomalyKind::Spike;
    std::string metric;     // as AnomalyAlert::metric
    double confidence = 0;  // 0..1
    TimeNs at = 0;          // the sample's time
    double value = 0;
    double expected = 0;
    double spread = 0;
    std::vector<std::pair<std::string, std::uint64_t>> affectedKeys;  // most requests first, at most 20
};

}  // namespace sluice::engine::anomaly
