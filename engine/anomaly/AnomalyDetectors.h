// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "anomaly/AffectedKeys.h"
#include "anomaly/AnomalyDetector.h"
#include "anomaly/ClosedSample.h"
#include "anomaly/CountryMix.h"
#include "anomaly/Finding.h"
#include "anomaly/KeySurgeDetector.h"
#include "anomaly/MetricTrack.h"
#include "anomaly/SeriesRing.h"
#include "anomaly/TrafficTally.h"
#include "config/AnomalyConfig.h"
#include "part/PartContext.h"

#include <array>
#include <limits>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace sluice::engine::anomaly {

// The metrics sampled on the detection grid and the detectors that judge them. Says what looks anomalous
// in each sample; grouping findings into alerts is the alert book's.
//
// The grid is whole multiples of the sample interval in request time, started by the first request, so a
// simulation or a replayed log samples exactly as it would live. Each sample judges, then learns:
// - the global metrics (requests, denials, active keys, new keys) against their MetricTrack: a recent robust
//   level at first, the hour-of-week baseline once learnedDays() reaches min_data_days (Spike; Drop of the
//   request rate; NewKeyFlood of new keys), and the single-series AnomalyDetector on 5-minute blocks
//   (LevelShift, when no spike or drop is reported);
// - each route policy but the default: its requests (Spike, Drop) and the keys whose first request of the
//   sample was on it (RouteStuffing), also without history when most new keys start on the route far more
//   often than the known keys do;
// - the country mix (CountryShift) and the heavy-hitter candidates against their own peaks (KeySurge; keys
//   with requests before the sample only).
// At most one finding per metric and sample. Evidence is scaled by the kind's sensitivity; a finding is
// reported from kReportEvidence (confidence 0.33) up, so an incident stays open while its metric is still
// clearly off; evidence 1 is confidence 0.8.
class AnomalyDetectors final {
public:
    static constexpr double kReportEvidence = 0.5;
    static constexpr std::size_t kMaxAffectedKeys = 20;
    static constexpr std::size_t kMaxKeySurges = 5;  // per sample: many keys at once are a flood, not surges
    static constexpr std::uint32_t kWarmupSamples = 10;
    static constexpr std::size_t kMaxCharted = 128;       // metrics besides the global ones with a chart kept
    static constexpr TimeNs kMaxCatchUp = kNsPerDay;      // a longer gap restarts the grid instead of sampling it
    static constexpr TimeNs kShiftBlock = 5 * kNsPerMin;  // what the single-series detector is tuned for

    explicit AnomalyDetectors(const AnomalyConfig& config = {});
    void configure(const AnomalyConfig& config);
    // Counting (re)starts in the middle of the current sample (the gate was switched on): that sample saw only part
    // of its traffic, so it is neither judged nor learned from.
    void countingStarted() { m_partial = true; }
    // The route policies changed: this sample's route counts are by the old positions, so routes are not judged.
    void policiesChanged() { m_policiesChanged = true; }
    // Traffic was counted from `from` to `to` before the grid started. The grid starts on the interval of the first
    // request, and its first sample is whole only when that request came exactly at its start. Everything counted
    // before the grid started is in the first sample: when that reaches past it, neither it nor the samples up to
    // `to` hold their own traffic, and none of them is judged.
    void noteTraffic(TimeNs from, TimeNs to)
    {
        if (m_next == kNever) {
            m_trafficFrom = std::min(m_trafficFrom, from);
            m_trafficTo = m_trafficTo == kNever ? to : std::max(m_trafficTo, to);
        }
    }
    bool gridStarted() const { return m_next != kNever; }

    TrafficTally& tally() { return m_tally; }
    // The next grid point to sample; before the grid started, the latest request counted (the next sampling from
    // then on starts it); kNever before any.
    TimeNs nextSample() const { return m_next != kNever ? m_next : m_trafficTo; }
    // Samples every grid point up to `now`, and appends what looks anomalous in each.
    void sample(TimeNs now, const PartContext& context, std::vector<Finding>& out);

    // The keys are split over `engines` engines, each counting its own: with more than one, sample() closes each
    // grid point's sample (takeClosed) for the leader to judge with the others' (judge), and judges nothing itself.
    // A key then needs what it would with one engine to become a heavy-hitter candidate.
    void setEngines(std::uint32_t engines);
    bool judgesLater() const { return m_engines > 1; }
    // The earliest grid point this engine has still to close: kNever before it counted any request.
    TimeNs nextToClose() const;
    void takeClosed(std::vector<ClosedSample>& out);
    // One closed sample, of this engine or of all engines added up: appends what looks anomalous in it and learns
    // from it. A sample that did not count, or counted only part of its time, is neither judged nor learned from.
    void judge(const ClosedSample& sample, const std::vector<Policy>* policies, std::vector<Finding>& out);
    // The series the view shows, and how far the seasonal baselines have learned.
    void fillView(AnomalyView& out) const;
    // Changes whenever a sample was taken: the view needs rebuilding.
    std::uint64_t version() const { return m_version; }
    // Days of history the seasonal baselines have seen (as AnomalyView::learnedDays).
    double learnedDays() const;

    // What was learned, one (metric, bytes) row per metric, to persist; and back after a restart.
    std::vector<std::pair<std::string, std::string>> saveBaselines() const;
    void restoreBaselines(const std::vector<std::pair<std::string, std::string>>& rows);

private:
    struct Global {
        std::string name;
        AnomalyKind rise;
        bool drops;  // a fall is a Drop (only the request rate: the other metrics follow it)
        MetricTrack track;
        AnomalyDetector shift;
        AnomalyVerdict shiftVerdict;  // on the latest block of samples
        double blockSum = 0;
        int blockSamples = 0;
        SeriesRing series;
    };
    struct Route {
        MetricTrack requests;
        MetricTrack keys;
    };
    struct Charted {
        SeriesRing series;
        TimeNs lastFinding = 0;
    };
    ClosedSample closeSample(TimeNs end, const PartContext& context);
    void judgeGlobals(TimeNs start, const ClosedSample& sample, const AffectedKeys& keys, std::vector<Finding>& out);
    void judgeRoutes(TimeNs start, const ClosedSample& sample, const std::vector<Policy>* policies,
                     const AffectedKeys& keys, std::vector<Finding>& out);
    void judgeCountries(const ClosedSample& sample, const AffectedKeys& keys, std::vector<Finding>& out);
    void judgeKeys(const ClosedSample& sample, std::vector<Finding>& out);
    // Appends a finding when the evidence, scaled by the kind's sensitivity, is worth reporting.
    // Returns it, to be given its affected keys, or nullptr.
    Finding* report(std::vector<Finding>& out, AnomalyKind kind, const std::string& metric, double evidence, TimeNs at,
                    double value, double expected, double spread);
    void chart(const std::string& metric, const MetricPoint& point);
    double sensitivity(AnomalyKind kind) const { return m_config.sensitivity[static_cast<int>(kind)]; }
    TimeNs interval() const;
    double samplesPerHour() const;
    std::size_t seriesCapacity() const;

    AnomalyConfig m_config;
    std::uint32_t m_engines = 1;
    std::vector<ClosedSample> m_closed;  // closed, not yet taken by the leader
    TrafficTally m_tally;
    TimeNs m_next = kNever;
    // The current sample began before counting did (the grid started or restarted mid-sample, the gate was switched
    // on): judged against a whole sample's baseline, its part would look like a drop.
    bool m_partial = false;
    TimeNs m_trafficFrom = kNever;  // the first request counted before the grid started
    TimeNs m_trafficTo = kNever;    // and the latest
    // Samples starting at or before this hold none of what was counted of theirs before the grid started (it went
    // into the first sample): not exact (ClosedSample::exact).
    TimeNs m_lumpedUntil = std::numeric_limits<TimeNs>::min();
    bool m_policiesChanged = false;  // during the current sample
    std::uint64_t m_version = 0;
    std::uint64_t m_samples = 0;       // since the grid started
    std::uint64_t m_deniedBefore = 0;  // the engine's denials at the start of the sample
    // The first hour after a restart: the key table is empty while the baselines remember, so keys coming
    // back are new to the table only.
    bool m_returning = false;
    std::array<Global, 4> m_globals;
    std::map<std::string, Route> m_routes;  // by route name ("default" for the default policy)
    CountryMix m_countries;
    KeySurgeDetector m_keys;
    std::map<std::string, Charted> m_charted;  // metrics other than the global ones, for their alerts' charts
    TimeNs m_latest = 0;                       // the latest sample's time
};

}  // namespace sluice::engine::anomaly
