// SPDX-License-Identifier: Apache-2.0
#include "anomaly/CountryMix.h"

#include <algorithm>
#include <cmath>

namespace sluice::engine::anomaly {

std::optional<CountryMix::Shift> CountryMix::sample(const Counts& counts, double memorySamples)
{
    double total = 0;
    for (std::uint16_t c = 0; c < TrafficTally::kCountryCodes; ++c) {
        total += counts[c];
    }
    if (total < kMinRequests) {
        return std::nullopt;
    }
    const double memory = std::max(4.0, memorySamples);
    if (m_samples == 0) {
        for (std::uint16_t c = 0; c < TrafficTally::kCountryCodes; ++c) {
            m_share[c] = static_cast<float>(counts[c] / total);
        }
        ++m_samples;
        return std::nullopt;
    }
    Shift shift;
    double distance = 0;
    double gained = -1;
    double lost = -1;
    double noise = 0;  // what sampling alone moves the mix by, for this many requests
    std::uint16_t loser = 0;
    for (std::uint16_t c = 0; c < TrafficTally::kCountryCodes; ++c) {
        const double usual = m_share[c];
        const double change = counts[c] / total - usual;
        distance += std::abs(change);
        noise += std::sqrt(usual * (1 - usual));
        if (change > gained) {
            gained = change;
            shift.country = c;
        }
        if (-change > lost) {
            lost = -change;
            loser = c;
        }
    }
    distance /= 2;
    // E|X - p| for a share of N draws is about 0.8 standard deviations; the distance is half the sum.
    noise = std::max(0.4 * noise / std::sqrt(total), 1e-4);
    const double z = distance / noise;  // the distance in units of its sampling noise: busy or quiet alike
    if (gained <= 0) {
        shift.country = loser;
    }
    shift.share = counts[shift.country] / total;
    shift.expected = m_share[shift.country];
    shift.distance = distance;
    const double sigma = std::max(1.25 * m_distance.spread, 0.5);
    shift.usualDistance = m_distance.level * noise;
    shift.spread = sigma * noise;
    if (m_distance.count >= kWarmupSamples) {
        shift.evidence = std::min((z - m_distance.level) / (kSigmas * sigma), distance / kMinShift);
    }
    // Learn, but not from an anomalous mix: an attack of an hour must not become the usual mix, and its end
    // must not look like a shift back. A mix anomalous for longer than kAdoptHours is the new usual.
    m_anomalous = shift.evidence >= 0.5 ? m_anomalous + 1 : 0;
    if (m_anomalous == 0 || m_anomalous > kAdoptHours * memory) {
        const double n = std::min(static_cast<double>(m_samples) + 1, memory);
        for (std::uint16_t c = 0; c < TrafficTally::kCountryCodes; ++c) {
            m_share[c] = static_cast<float>(m_share[c] + (counts[c] / total - m_share[c]) / n);
        }
        m_distance.learn(z, 4 * memory);
    }
    m_samples = m_samples == 0xFFFFFFFFU ? m_samples : m_samples + 1;
    return shift;
}

void CountryMix::save(BaselineWriter& out) const
{
    for (float s : m_share) {
        out.put(s);
    }
    m_distance.save(out);
    out.put(m_samples);
}

bool CountryMix::restore(BaselineReader& in)
{
    CountryMix restored;
    for (float& s : restored.m_share) {
        if (!in.getFloat(s, 0, 1)) {
            return false;
        }
    }
    if (!restored.m_distance.restore(in) || !in.get(restored.m_samples)) {
        return false;
    }
    *this = restored;
    return true;
}

}  // namespace sluice::engine::anomaly
