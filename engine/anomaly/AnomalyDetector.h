// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/AnomalyView.h"
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
    AnomalyKind kind = AnomalyKind::Spike;  // the strongest evidence: Spike, Drop (also a silence) or LevelShift
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
// look infinite. The standardised deviation z from it, and the step from the previous sample, feed the tests.
//
// A spike or drop: one sample far from the baseline, by kSpikeSigmas spreads and by more than kPeakMargin
// times the largest deviation of the last few days and of this hour on the days before (what happens every
// day, or every few hours, is not news).
//
// A change of behaviour (novelty). Real series are rarely Gaussian: many are bimodal, bursty or wander, so a
// test of the mean of z against a fixed threshold (a CUSUM) fires on every long excursion of such a series,
// and an incident it opened never closes. Instead the detector asks whether the last few samples are more
// surprising than this series usually is: a short average (kShortSamples) of |z| is compared with the long-run
// mean and spread of that same average (as Numenta's "anomaly likelihood" compares a short window of anomaly
// scores with their history). A series whose excursions are its habit learns a wide spread of surprise and
// stays quiet; a shift, a burst of spikes or a new level stands out by kNoveltySigmas. The same is done on the
// steps between samples (|x - previous x| over their own typical size), which sees a change of texture, such
// as a metric that starts to oscillate or jitter, before its level moves. A single far sample moves a short
// average only a little (|z| counts up to kDeviationCap, a step up to half of it since a spike makes two
// steps): spikes are the first test's business.
//
// A silence. In a bursty series the bursts (a step of more than kBurstSigmas standard deviations of the steps,
// which noise practically never makes, after a calm sample) arrive at a rate learned over a week, starting
// from none; a silence that such a process would produce with probability below 1e-4 (rate * samples since
// the last burst above kQuietLimit = ln 10^4) is news too: a job that stopped running, a client that went
// away. Steps, not deviations, mark the bursts: the bursts themselves widen the spread a deviation is measured in.
//
// Score and incidents. The strongest evidence e (1 = at its threshold) gives the score 1 - 5^(-e^2): 0.8 at
// the threshold, close to 1 well beyond it. A score of kAlertScore opens an incident and raises the alert on
// that sample; the incident closes after kCalmSamples samples in a row below kAlertScore, so one incident gives
// one alert, and a series whose evidence merely hovers below the threshold does not hold an incident open for
// good (which would hide the next one). During the first day the detector only learns: a daily pattern is not
// known before it has been seen once. A sample's verdict depends only on the samples before it.
//
// The parameters are few and were chosen on principles (a week of memory, a day of learning, thresholds in
// standard deviations) and checked on the Numenta Anomaly Benchmark (tests/bench/anomaly_eval), never per series.
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
    static constexpr double kPeakSamples = 1152;  // four days
    static constexpr double kPeakMargin = 1.5;
    static constexpr double kShortSamples = 16;      // the recent past of the novelty test: about an hour
    static constexpr double kNoveltySamples = 2016;  // what it is compared with: a week
    static constexpr double kNoveltySigmas = 3.5;
    static constexpr double kNoveltyFloor = 0.2;  // the least spread of the short average (i.i.d. noise: ~0.1)
    static constexpr double kDeviationCap = 12;
    static constexpr double kBurstSigmas = 4;            // of the step between samples
    static constexpr double kQuietLimit = 9.2;           // ln(10^4)
    static constexpr std::uint32_t kQuietBursts = 4;     // bursts seen before a silence can be news
    static constexpr int kCalmSamples = 48;              // four hours
    static constexpr std::uint32_t kWarmupSamples = 32;  // a baseline learns without clipping this long
    static constexpr std::uint32_t kLearnSamples = 288;  // a day seen before the first alert (score 0 until then)

    AnomalyVerdict observe(TimeNs time, double value);

    // What it learned, as bytes to persist, and back: a restored detector judges the next sample exactly as
    // the saved one would have. restoreState refuses bytes of another version or size, or with values no
    // detector could have learned, and then leaves the detector as it was.
    std::string saveState() const;
    bool restoreState(std::string_view bytes);

private:
    struct Baseline {
        float level = 0;
        float spread = 0;  // mean absolute deviation
        float peak = 0;    // the largest recent deviation (hours of the day only)
        std::uint32_t count = 0;
    };
    // How surprising the recent past is against the series' history of surprise.
    struct Novelty {
        double recent = 0;  // EWMA over kShortSamples of the per-sample surprise
        double mean = 0;    // the long-run mean of `recent`
        double var = 0;     // and its variance
        // Evidence (1 = kNoveltySigmas above the usual) after taking in `surprise`; learns after judging.
        double observe(double surprise, std::uint32_t samples);
    };
    static void learn(Baseline& b, double value, double memory);
    double sigmaOf(const Baseline& b) const;
    double quietEvidence(double stepSigmas);
    bool plausible() const;
    template <class Self, class Field>
    static void forEachField(Self& self, Field&& field);

    Baseline m_flat;
    std::array<Baseline, 24> m_hours{};
    double m_flatError = 0;   // mean absolute error of the flat baseline
    double m_hourError = 0;   // and of the hour-of-day baseline
    double m_longSpread = 0;  // mean absolute deviation from the flat level, unclipped, over a week
    double m_peak = 0;        // the largest recent |z|
    Novelty m_levelNovelty;   // of |z|
    Novelty m_stepNovelty;    // of the steps between samples
    double m_previous = 0;    // the last sample
    double m_stepSpread = 0;  // mean absolute step, clipped like the baselines
    double m_burstRate = 0;   // bursts per sample
    std::uint32_t m_sinceBurst = 0;
    std::uint32_t m_bursts = 0;
    std::uint32_t m_seen = 0;
    std::int32_t m_calm = 0;
    bool m_open = false;
};

}  // namespace sluice::engine::anomaly
