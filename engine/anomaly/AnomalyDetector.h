// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Time.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace sluice::engine::anomaly {

// What the detector says about one sample, judged against what it learned from the samples before it.
struct AnomalyVerdict {
    double score = 0;       // 0..1: how sure the sample is anomalous; kAlertScore and above opens an incident
    bool alert = false;     // true on the one sample that opened an incident
    bool incident = false;  // an incident is open (from its alert until the series has been calm a while)
    double expected = 0;    // the baseline the sample was judged against
    double spread = 0;      // its typical deviation (one standard deviation for Gaussian noise)
};

// A streaming anomaly detector for one metric series: O(1) time per sample and a fixed, small state (a few
// dozen numbers, plus a profile of 24 hours of the day). Samples are expected on a regular grid (NAB and the
// engine's timer both sample every few minutes); the memories below are counted in samples.
//
// Baselines. A level (EWMA) and a spread (EWMA of the absolute deviation) over the whole series, and the same
// per hour of the day. Both learn robustly: a deviation counts for at most kClipSigmas spreads, so a spike
// barely moves them while a lasting change is taken in within hours. A sample is judged against the baseline
// that has predicted the series better so far (a daily pattern or not); the spread is never taken below a
// quarter of the long-run deviation, so a series that sat still for hours does not make the first small move
// look infinite.
//
// Detectors. A spike or drop: the sample is far from the baseline, by kSpikeSigmas spreads and by more than
// kPeakMargin times the largest deviation of the last two days and of this hour on the days before (what
// happens every day, or every few hours, is not news). A level shift: a two-sided CUSUM of the standardised
// deviations (clipped, so one spike cannot fake a shift), allowance kShiftAllowance, threshold kShiftSigmas.
//
// Score and incidents. The stronger of the two, as evidence e (1 = at the threshold), gives the score
// 1 - 5^(-e^2): 0.8 at the threshold, close to 1 well beyond it. A score of kAlertScore opens an incident and
// raises the alert on that sample; the incident closes after kCalmSamples samples in a row with e below one
// half, so one incident gives one alert. During the first day the detector only learns: a daily pattern is
// not known before it has been seen once.
class AnomalyDetector final {
public:
    static constexpr double kAlertScore = 0.8;
    static constexpr double kLevelSamples = 64;         // about 5 hours at 5 minutes
    static constexpr double kSpreadSamples = 576;       // two days
    static constexpr double kLongSpreadSamples = 2016;  // a week
    static constexpr double kSpreadFloor = 0.25;        // of the long-run deviation
    static constexpr double kHourSamples = 84;          // samples of one hour of the day over a week (12 a day)
    static constexpr double kClipSigmas = 3;
    static constexpr double kSpikeSigmas = 6;
    static constexpr double kPeakSamples = 576;  // two days
    static constexpr double kPeakMargin = 1.5;
    static constexpr double kShiftAllowance = 0.5;  // detects shifts of one spread and more
    static constexpr double kShiftSigmas = 16;
    static constexpr int kCalmSamples = 48;              // four hours
    static constexpr std::uint32_t kWarmupSamples = 32;  // a baseline learns without clipping this long
    static constexpr std::uint32_t kLearnSamples = 288;  // a day seen before the first alert (score 0 until then)

    AnomalyVerdict observe(TimeNs time, double value);

    // What it learned, as bytes to persist, and back: a restored detector judges the next sample exactly as
    // the saved one would have. restoreState refuses bytes of another version or size and leaves the detector
    // as it was.
    std::string saveState() const;
    bool restoreState(std::string_view bytes);

private:
    struct Baseline {
        float level = 0;
        float spread = 0;  // mean absolute deviation
        float peak = 0;    // the largest recent deviation (hours of the day only)
        std::uint32_t count = 0;
    };
    static void learn(Baseline& b, double value, double memory);
    double sigmaOf(const Baseline& b) const;

    Baseline m_flat;
    std::array<Baseline, 24> m_hours{};
    double m_flatError = 0;   // mean absolute error of the flat baseline
    double m_hourError = 0;   // and of the hour-of-day baseline
    double m_longSpread = 0;  // mean absolute deviation from the flat level, unclipped, over a week
    double m_peak = 0;        // the largest recent |z|
    double m_shiftUp = 0;
    double m_shiftDown = 0;
    std::uint32_t m_seen = 0;
    int m_calm = 0;
    bool m_open = false;
};

}  // namespace sluice::engine::anomaly
