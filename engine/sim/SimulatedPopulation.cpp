// SPDX-License-Identifier: Apache-2.0
#include "sim/SimulatedPopulation.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace sluice::engine::sim {

namespace {
// Per-key rates: a lognormal population has mean `mean` (so keys x mean is its rate), optionally capped.
double drawRate(const RateDistribution& r, Random& rng)
{
    switch (r.kind) {
    case RateDistribution::Kind::Constant:
        return r.value;
    case RateDistribution::Kind::Uniform:
        return r.min + (r.max - r.min) * (rng.unitOpen() - 0x1.0p-53);
    case RateDistribution::Kind::LogNormal: {
        const double z = std::sqrt(-2 * std::log(rng.unitOpen())) * std::cos(2 * std::numbers::pi * rng.unitOpen());
        const double mu = std::log(r.value) - r.sigma * r.sigma / 2;
        const double v = std::exp(mu + r.sigma * z);
        return r.max > 0 ? std::min(v, r.max) : v;
    }
    }
    return r.value;
}
}  // namespace

SimulatedPopulation::SimulatedPopulation(const Population& p, std::uint64_t salt, TimeNs start,
                                         std::int64_t scenarioDurationS)
    : m_class(p.trafficClass), m_salt(salt), m_start(start), m_followsDiurnal(p.followsDiurnal)
{
    m_bursty = p.trafficClass == TrafficClass::Bursty;
    if (m_bursty) {
        m_onNs = std::max<TimeNs>(1, static_cast<TimeNs>(p.onS * 1e9));
        m_periodNs = m_onNs + static_cast<TimeNs>(p.offS * 1e9);
    }
    setRates(p.ratePerKey, p.keys, m_bursty ? std::min(kBurstLanes, p.keys) : 1);
    setShape(p.shape, p.keyPrefix);
    if (p.trafficClass == TrafficClass::CredentialStuffing) {
        m_stuffing = true;
        m_requestsPerKey = p.requestsPerKey;
        m_slotUses.assign(p.keys, 0);
        m_slotGeneration.assign(p.keys, 0);
    } else if (p.trafficClass == TrafficClass::Scraper) {
        m_rampFactor = p.rampFactor;
        m_rampNs = (p.rampS > 0 ? p.rampS : static_cast<double>(scenarioDurationS)) * 1e9;
    }
}

SimulatedPopulation::SimulatedPopulation(const DdosWave& w, std::uint64_t salt, TimeNs start)
    : m_class(TrafficClass::Ddos), m_salt(salt), m_start(start), m_wave(true), m_activeFrom(start + fromUnixSec(w.atS)),
      m_activeUntil(start + fromUnixSec(w.atS + w.durationS))
{
    setRates(RateDistribution{RateDistribution::Kind::Constant, w.ratePerKey, 0, 0, 0}, w.keys, 1);
    setShape(w.shape, w.keyPrefix);
}

void SimulatedPopulation::setRates(const RateDistribution& rate, std::uint32_t keys, std::uint32_t lanes)
{
    m_keys = keys;
    std::vector<double> rates(keys, rate.value);
    if (rate.kind != RateDistribution::Kind::Constant) {
        Random rng(m_salt);
        for (double& r : rates) {
            r = drawRate(rate, rng);
        }
    }
    // Lanes take consecutive key numbers and evenly staggered phases.
    for (std::uint32_t l = 0; l < lanes; ++l) {
        const auto first = static_cast<std::uint32_t>(std::uint64_t{keys} * l / lanes);
        const auto last = static_cast<std::uint32_t>(std::uint64_t{keys} * (l + 1) / lanes);
        const std::span<const double> laneRates(rates.data() + first, last - first);
        Lane lane;
        lane.firstKey = first;
        lane.phaseNs = m_periodNs * l / lanes;
        for (double r : laneRates) {
            lane.ratePerSec += r;
        }
        if (rate.kind == RateDistribution::Kind::Constant || !(lane.ratePerSec > 0)) {
            lane.keys.setUniform(last - first);  // all-zero draws (uniform from 0) leave the lane silent
        } else {
            lane.keys.setRates(laneRates);
        }
        m_lanes.push_back(std::move(lane));
    }
}

void SimulatedPopulation::setShape(const TrafficShape& given, const std::string& keyPrefix)
{
    // A scenario built in code may leave the lists empty; the loader's defaults apply then.
    TrafficShape shape = given;
    if (shape.routes.empty()) {
        shape.routes = {Weighted{"/", 1}};
    }
    if (shape.countries.empty()) {
        shape.countries = {Weighted{"US", 1}};
    }
    // All text first, views after: the buffer must not move once views point into it.
    std::vector<std::size_t> offsets;
    auto append = [&](const std::string& text) {
        offsets.push_back(m_text.size());
        m_text.insert(m_text.end(), text.begin(), text.end());
        m_text.insert(m_text.end(), kTextPadding, '\0');
    };
    append(keyPrefix);
    std::vector<double> weights;
    for (const Weighted& r : shape.routes) {
        append(r.name);
        weights.push_back(r.weight);
    }
    m_keyPrefix = std::string_view(m_text.data() + offsets[0], keyPrefix.size());
    for (std::size_t i = 0; i < shape.routes.size(); ++i) {
        m_routes.emplace_back(m_text.data() + offsets[i + 1], shape.routes[i].name.size());
    }
    m_routePick.build(weights);
    weights.clear();
    for (const Weighted& c : shape.countries) {
        const std::string code = (c.name + "??").substr(0, 2);  // the loader only lets alpha-2 codes through
        m_countries.push_back({code[0], code[1]});
        weights.push_back(c.weight);
    }
    m_countryPick.build(weights);
    m_ipPool = shape.ipPool;
}

double SimulatedPopulation::onFraction(const Lane& lane, TimeNs from, TimeNs to) const
{
    // On-time accumulated since the lane's first cycle began (at start - phase), so the difference is exact.
    auto onTime = [&](TimeNs t) {
        const TimeNs d = t - m_start + lane.phaseNs;
        return d / m_periodNs * m_onNs + std::min(d % m_periodNs, m_onNs);
    };
    return static_cast<double>(onTime(to) - onTime(from)) / static_cast<double>(to - from);
}

void SimulatedPopulation::laneRates(TimeNs from, TimeNs to, double diurnal, double flash, std::span<double> out) const
{
    const TimeNs mid = from + (to - from) / 2;
    double factor = 1;
    if (m_wave) {
        factor = mid >= m_activeFrom && mid < m_activeUntil ? 1.0 : 0.0;
    }
    if (m_followsDiurnal) {
        factor *= diurnal;
    }
    if (m_class == TrafficClass::Normal) {
        factor *= flash;
    }
    if (m_class == TrafficClass::Scraper) {
        const double progress = std::clamp(static_cast<double>(mid - m_start) / m_rampNs, 0.0, 1.0);
        factor *= 1 + (m_rampFactor - 1) * progress;
    }
    // A bursty key sends rate / duty cycle while on, so it averages its configured rate over a cycle.
    const double dutyCycle = static_cast<double>(m_onNs) / static_cast<double>(m_periodNs);
    for (std::size_t l = 0; l < m_lanes.size(); ++l) {
        const double on = m_bursty && to > from ? onFraction(m_lanes[l], from, to) / dutyCycle : 1.0;
        out[l] = m_lanes[l].ratePerSec * factor * on;
    }
}

std::uint64_t SimulatedPopulation::nextStuffingKey(std::uint32_t slot)
{
    // Key numbers interleave the slots (generation x slots + slot), so every key is new and none repeats.
    if (m_slotUses[slot] == m_requestsPerKey) {
        m_slotUses[slot] = 0;
        ++m_slotGeneration[slot];
    }
    if (m_slotUses[slot]++ == 0) {
        ++m_keysUsed;
    }
    return m_slotGeneration[slot] * m_keys + slot;
}

std::size_t SimulatedPopulation::maxRouteLength() const
{
    std::size_t n = 0;
    for (std::string_view r : m_routes) {
        n = std::max(n, r.size());
    }
    return n;
}

std::uint64_t SimulatedPopulation::keysSoFar(TimeNs now) const
{
    if (m_stuffing) {
        return m_keysUsed;
    }
    if (m_wave) {
        return now >= m_activeFrom ? m_keys : 0;
    }
    return m_keys;
}

}  // namespace sluice::engine::sim
