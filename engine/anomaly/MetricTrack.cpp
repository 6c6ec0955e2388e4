// SPDX-License-Identifier: Apache-2.0
#include "anomaly/MetricTrack.h"

#include <algorithm>
#include <cmath>

namespace sluice::engine::anomaly {

namespace {

struct Thresholds {
    double sigmas;
    double rise;
    double fall;
};

Judgement judgeAgainst(const RobustLevel& base, double value, const Thresholds& t)
{
    Judgement j;
    j.judged = true;
    j.expected = std::max(0.0, static_cast<double>(base.level));
    j.spread = std::max({1.25 * base.spread, std::sqrt(j.expected), 1.0});
    const double z = (value - j.expected) / j.spread;
    const double relative = (value - j.expected) / std::max(j.expected, MetricTrack::kMinLevel);
    if (z > 0) {
        j.rise = std::min(z / t.sigmas, relative / t.rise);
    } else if (j.expected > 0) {
        j.fall = std::min(-z / t.sigmas, (1.0 - value / j.expected) / t.fall);
    }
    return j;
}

// More history than this is damage; it also keeps `m_learnedNs += interval` far from overflowing.
constexpr TimeNs kMaxLearned = 100 * 366 * kNsPerDay;

double recentMemory(double samplesPerHour) { return std::max(8.0, MetricTrack::kRecentHours * samplesPerHour); }

}  // namespace

Judgement MetricTrack::judge(TimeNs periodStart, double value, bool seasonalOn, double samplesPerHour) const
{
    if (seasonalOn) {
        const RobustLevel& hour = m_seasonal.at(SeasonalBaseline::hourOfWeek(periodStart));
        if (hour.count >= std::max(4.0, samplesPerHour / 2)) {
            Judgement j = judgeAgainst(hour, value, {kSeasonalSigmas, kSeasonalRise, kSeasonalFall});
            j.seasonal = true;
            return j;
        }
    }
    if (m_recent.count < kWarmupSamples) {
        Judgement j;
        j.expected = m_recent.level;
        j.spread = 1.25 * m_recent.spread;
        return j;
    }
    Judgement j = judgeAgainst(m_recent, value, {kRecentSigmas, kRecentRise, kRecentFall});
    if (m_peak > 0) {
        j.rise = std::min(j.rise, value / (kPeakMargin * m_peak));
    }
    return j;
}

void MetricTrack::learn(TimeNs periodStart, double value, double samplesPerHour, TimeNs interval)
{
    m_recent.learn(value, recentMemory(samplesPerHour));
    m_peak = std::max(value, m_peak * std::exp2(-1.0 / std::max(1.0, kPeakHalfLifeHours * samplesPerHour)));
    m_seasonal.learn(SeasonalBaseline::hourOfWeek(periodStart), value, kSeasonalWeeks * samplesPerHour);
    m_learnedNs += interval;
}

void MetricTrack::save(BaselineWriter& out) const
{
    m_recent.save(out);
    out.put(m_peak);
    m_seasonal.save(out);
    out.put(m_learnedNs);
}

bool MetricTrack::restore(BaselineReader& in)
{
    MetricTrack restored;
    if (!restored.m_recent.restore(in) || !in.get(restored.m_peak) || !std::isfinite(restored.m_peak) ||
        restored.m_peak < 0 || !restored.m_seasonal.restore(in) || !in.get(restored.m_learnedNs) ||
        restored.m_learnedNs < 0 || restored.m_learnedNs > kMaxLearned) {
        return false;
    }
    *this = restored;
    return true;
}

}  // namespace sluice::engine::anomaly
