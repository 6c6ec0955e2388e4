// SPDX-License-Identifier: Apache-2.0
#include "NabScore.h"

#include <algorithm>
#include <cmath>

namespace sluice::bench {

namespace {

// NAB's scaledSigmoid: +0.987 well inside the start of a window, 0 at its end, towards -1 after it.
double scaledSigmoid(double position) { return position > 3.0 ? -1.0 : 2.0 / (1.0 + std::exp(5.0 * position)) - 1.0; }

}  // namespace

void NabTally::add(const NabTally& other)
{
    windows += other.windows;
    windowsDetected += other.windowsDetected;
    scoredRows += other.scoredRows;
    falseAlertRows += other.falseAlertRows;
    raw += other.raw;
}

double NabTally::normalised(const NabProfile& profile) const
{
    // The null detector misses every window; the perfect one earns the full reward in every window.
    const double null = -profile.falseNegative * static_cast<double>(windows);
    const double perfect = profile.truePositive * static_cast<double>(windows);
    return windows == 0 ? 0.0 : 100.0 * (raw - null) / (perfect - null);
}

std::size_t nabProbation(std::size_t rows) { return std::min<std::size_t>(rows * 15 / 100, 750); }

NabTally nabScore(const std::vector<bool>& alerts, const Windows& windows, const NabProfile& profile)
{
    NabTally t;
    const std::size_t probation = nabProbation(alerts.size());
    const double maxReward = scaledSigmoid(-1.0);
    t.windows = windows.size();
    t.scoredRows = alerts.size() - std::min(alerts.size(), probation);
    std::vector<bool> detected(windows.size(), false);
    for (std::size_t i = probation; i < alerts.size(); ++i) {
        if (!alerts[i]) {
            continue;
        }
        std::size_t w = 0;
        while (w < windows.size() && windows[w].second < i) {
            ++w;
        }
        if (w < windows.size() && windows[w].first <= i) {
            if (!detected[w]) {
                detected[w] = true;
                const double width = static_cast<double>(windows[w].second - windows[w].first + 1);
                const double position = -static_cast<double>(windows[w].second - i + 1) / width;
                t.raw += scaledSigmoid(position) * profile.truePositive / maxReward;
            }
            continue;
        }
        ++t.falseAlertRows;
        if (w == 0) {
            t.raw -= profile.falsePositive;  // before the first window
        } else {
            const auto& [first, last] = windows[w - 1];
            const double width = static_cast<double>(last - first + 1);
            const double position = static_cast<double>(i - last) / std::max(1.0, width - 1);
            t.raw += scaledSigmoid(position) * profile.falsePositive;
        }
    }
    t.windowsDetected = static_cast<std::size_t>(std::count(detected.begin(), detected.end(), true));
    t.raw -= profile.falseNegative * static_cast<double>(t.windows - t.windowsDetected);
    return t;
}

}  // namespace sluice::bench
