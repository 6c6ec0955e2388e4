// SPDX-License-Identifier: Apache-2.0
#include "anomaly/AnomalyDetector.h"

#include <algorithm>
#include <cmath>

namespace sluice::engine::anomaly {

namespace {

constexpr double kMadToSigma = 1.2533;  // sqrt(pi/2): mean absolute deviation to standard deviation (Gaussian)
constexpr double kMaxZ = 1e6;           // beyond this a deviation is just "enormous"

// An exponential average that starts as a plain mean: early samples are not drowned by the first one.
double rate(std::uint32_t count, double memory) { return std::max(1.0 / count, 1.0 / memory); }

std::size_t hourOfDay(TimeNs time) { return static_cast<std::size_t>(((time / kNsPerHour) % 24 + 24) % 24); }

}  // namespace

void AnomalyDetector::learn(Baseline& b, double value, double memory)
{
    if (b.count++ == 0) {
        b.level = static_cast<float>(value);
        return;
    }
    const double r = value - b.level;
    // Until the spread means something every deviation counts in full.
    const double limit = b.count <= kWarmupSamples ? std::abs(r) : kClipSigmas * kMadToSigma * b.spread;
    const double clipped = std::clamp(r, -limit, limit);
    b.level = static_cast<float>(b.level + rate(b.count, memory) * clipped);
    b.spread = static_cast<float>(b.spread + rate(b.count, kSpreadSamples) * (std::abs(clipped) - b.spread));
}

double AnomalyDetector::sigmaOf(const Baseline& b) const
{
    const double floor = 1e-9 + 1e-6 * std::abs(b.level);  // a series that never moved
    return std::max({kMadToSigma * b.spread, kSpreadFloor * kMadToSigma * m_longSpread, floor});
}

AnomalyVerdict AnomalyDetector::observe(TimeNs time, double value)
{
    AnomalyVerdict v;
    Baseline& hour = m_hours[hourOfDay(time)];
    const bool useHour = hour.count >= 3 && m_hourError < m_flatError;
    const Baseline& base = useHour ? hour : m_flat;
    v.expected = base.level;
    v.spread = sigmaOf(base);
    const double z = std::clamp((value - v.expected) / v.spread, -kMaxZ, kMaxZ);

    if (m_seen >= kWarmupSamples) {
        const double zSpike = std::abs(z);
        const double usual = std::max({kSpikeSigmas, kPeakMargin * m_peak, kPeakMargin * hour.peak / v.spread});
        const double spike = zSpike / usual;

        const double clipped = std::clamp(z, -kClipSigmas, kClipSigmas);
        m_shiftUp = std::max(0.0, m_shiftUp + clipped - kShiftAllowance);
        m_shiftDown = std::max(0.0, m_shiftDown - clipped - kShiftAllowance);
        const double shift = std::max(m_shiftUp, m_shiftDown) / kShiftSigmas;

        if (m_seen < kLearnSamples) {
            m_shiftUp = m_shiftDown = 0;
        }
        const double evidence = m_seen < kLearnSamples ? 0.0 : std::max(spike, shift);
        v.score = 1.0 - std::pow(5.0, -evidence * evidence);
        if (!m_open && v.score >= kAlertScore) {
            m_open = true;
            v.alert = true;
            m_calm = 0;
            m_shiftUp = m_shiftDown = 0;  // the next incident needs evidence of its own
        } else if (m_open) {
            m_calm = evidence < 0.5 ? m_calm + 1 : 0;
            m_open = m_calm < kCalmSamples;
        }
        m_peak = std::max(std::abs(z), m_peak * std::exp(-1.0 / kPeakSamples));
    }
    v.incident = m_open;

    if (m_flat.count > 0) {
        const double a = 1.0 / kSpreadSamples;
        const double flatError = std::abs(value - m_flat.level);
        m_flatError += a * (flatError - m_flatError);
        m_hourError += a * ((hour.count > 0 ? std::abs(value - hour.level) : flatError) - m_hourError);
        m_longSpread += rate(m_flat.count + 1, kLongSpreadSamples) * (flatError - m_longSpread);
    }
    hour.peak = static_cast<float>(std::max(std::abs(value - v.expected), hour.peak * std::exp(-1.0 / kHourSamples)));
    learn(m_flat, value, kLevelSamples);
    learn(hour, value, kHourSamples);
    ++m_seen;
    return v;
}

std::string AnomalyDetector::saveState() const { return {}; }

bool AnomalyDetector::restoreState(std::string_view) { return false; }

}  // namespace sluice::engine::anomaly
