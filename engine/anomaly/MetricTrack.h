// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "anomaly/RobustLevel.h"
#include "anomaly/SeasonalBaseline.h"
#include "core/Time.h"

#include <cmath>
#include <string>
#include <string_view>

namespace sluice::engine::anomaly {

// How far a sample is from its baseline, as evidence: 1 = at the detector's threshold, the confidence then is
// 0.8 (confidenceOf), so findings of different detectors compare.
struct Judgement {
    double expected = 0;
    double spread = 0;      // one standard deviation
    double rise = 0;        // evidence the sample is too high
    double fall = 0;        // evidence it is too low
    bool judged = false;    // the baseline had seen enough to judge
    bool seasonal = false;  // judged against the hour-of-week baseline
};

inline double confidenceOf(double evidence) { return evidence <= 0 ? 0.0 : 1.0 - std::pow(5.0, -evidence * evidence); }

// One count metric (requests, keys) and what it usually is: a recent robust level for the first days, and an
// hour-of-week baseline that takes over once the history holds the configured days. A sample is judged
// against the baseline before it learns from it. Both thresholds must be met: so many standard deviations
// (a count varies by at least its square root) and so large a change relative to the expected level, so a
// busy metric does not alert on a statistically clear but small move and a quiet one not on a few requests.
class MetricTrack final {
public:
    static constexpr double kRecentSigmas = 8;
    static constexpr double kRecentRise = 1.0;  // twice the recent level
    static constexpr double kRecentFall = 0.7;  // down by 70 %
    static constexpr double kSeasonalSigmas = 6;
    static constexpr double kSeasonalRise = 0.5;
    static constexpr double kSeasonalFall = 0.5;
    static constexpr double kMinLevel = 30;  // counts per sample a relative change is measured against at least
    static constexpr std::uint32_t kWarmupSamples = 10;
    static constexpr double kRecentHours = 0.5;  // memory of the recent level
    static constexpr double kSeasonalWeeks = 3;  // memory of an hour-of-week level
    // Before the hour-of-week baseline knows the metric's rhythm, a rise is news only above what the last day
    // already brought: a burst every hour (a cron job, a log written in hourly batches) is its habit, not an
    // incident. The day's peak halves in this many hours, and a rise must pass it by this margin.
    static constexpr double kPeakHalfLifeHours = 24;
    static constexpr double kPeakMargin = 1.5;

    // `seasonalOn`: the history is long enough for seasonal judgements.
    Judgement judge(TimeNs periodStart, double value, bool seasonalOn, double samplesPerHour) const;
    void learn(TimeNs periodStart, double value, double samplesPerHour, TimeNs interval);
    // How much history the hour-of-week baseline has seen.
    TimeNs learnedNs() const { return m_learnedNs; }

    void save(BaselineWriter& out) const;
    bool restore(BaselineReader& in);

private:
    RobustLevel m_recent;
    double m_peak = 0;  // the largest recent sample, decaying (see kPeakHalfLifeHours)
    SeasonalBaseline m_seasonal;
    TimeNs m_learnedNs = 0;
};

}  // namespace sluice::engine::anomaly
