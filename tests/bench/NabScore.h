// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace sluice::bench {

// Row ranges [first, last] (inclusive) of a file's labelled anomaly windows, in file order.
using Windows = std::vector<std::pair<std::size_t, std::size_t>>;

struct NabProfile {
    double truePositive = 1.0;
    double falseNegative = 1.0;
    double falsePositive = 0.11;  // "standard"
};

// NAB's other two application profiles: false positives cost twice as much, or a miss does.
inline constexpr NabProfile kNabRewardLowFp{1.0, 1.0, 0.22};
inline constexpr NabProfile kNabRewardLowFn{1.0, 2.0, 0.11};

// What one file contributes to the Numenta Anomaly Benchmark figures, with detections = alert rows.
struct NabTally {
    std::size_t windows = 0;
    std::size_t windowsDetected = 0;
    std::size_t scoredRows = 0;
    std::size_t falseAlertRows = 0;  // scored alert rows outside every window
    double raw = 0;                  // NAB's raw score under one profile (before normalisation)

    void add(const NabTally& other);
    // 0 for the null detector (no detection), 100 for a perfect one (each window detected at its start), under
    // the profile the raw score was counted with.
    double normalised(const NabProfile& profile = {}) const;
};

// NAB's first min(15 %, 750) rows of a file only teach the detector; they are not scored.
std::size_t nabProbation(std::size_t rows);

// Scores the alert rows of one file as NAB's scorer does: the first detection in a window earns a reward that
// is larger the earlier it falls (a scaled sigmoid of its position), later ones in the same window count for
// nothing, a missed window costs a miss, and a detection outside every window costs a false positive, less
// the shortly after a window it falls.
NabTally nabScore(const std::vector<bool>& alerts, const Windows& windows, const NabProfile& profile = {});

}  // namespace sluice::bench
