// SPDX-License-Identifier: Apache-2.0
#include "sim/PeakRate.h"

#include "sim/SimulatedPopulation.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace sluice::engine::sim {

namespace {
// The largest sum of `weight` over intervals [at, at + duration) that overlap at one instant. An interval
// ends before another one starting at the same second begins, as the Simulator's half-open windows do.
double maxOverlap(std::vector<std::pair<std::int64_t, double>> edges)
{
    std::sort(edges.begin(), edges.end());  // at the same second, the negative (ending) edge comes first
    double now = 0;
    double best = 0;
    for (const auto& [at, delta] : edges) {
        now += delta;
        best = std::max(best, now);
    }
    return best;
}

// The mean of a key's drawn rate (SimulatedPopulation's drawRate): keys x mean is the population's rate.
double meanPerKey(const RateDistribution& r)
{
    switch (r.kind) {
    case RateDistribution::Kind::Constant:
        return r.value;
    case RateDistribution::Kind::Uniform:
        return (r.min + r.max) / 2;
    case RateDistribution::Kind::LogNormal:
        return r.max > 0 ? std::min(r.value, r.max) : r.value;
    }
    return r.value;
}

// A bursty lane sends rate / duty cycle while on; over a one-second segment it is on at most
// min(1 s, on x (whole periods in a second + 1)). Lanes are evenly staggered, so at most L x duty + 1 of the
// L lanes are on at once, which bounds the population's sum more tightly when there are many lanes.
double burstFactor(const Population& p)
{
    const double period = p.onS + p.offS;
    const double duty = p.onS / period;
    const double lanes = std::min<double>(SimulatedPopulation::kBurstLanes, p.keys);
    const double oneLane = std::min(1.0, p.onS * (std::floor(1 / period) + 1)) / duty;
    return std::max(1.0, std::min(oneLane, 1 + 1 / (lanes * duty)));
}

double populationPeak(const Population& p, const Scenario& s, double diurnal, double flash)
{
    double factor = 1;
    if (p.followsDiurnal) {
        factor *= diurnal;
    }
    if (p.trafficClass == TrafficClass::Normal) {
        factor *= flash;
    }
    if (p.trafficClass == TrafficClass::Bursty) {
        factor *= burstFactor(p);
    }
    if (p.trafficClass == TrafficClass::Scraper) {
        const double ramp = p.rampS > 0 ? p.rampS : static_cast<double>(s.durationS);
        factor *= 1 + (p.rampFactor - 1) * std::min(1.0, static_cast<double>(s.durationS) / ramp);
    }
    return p.keys * meanPerKey(p.ratePerKey) * factor;
}
}  // namespace

PeakRate peakRate(const Scenario& s)
{
    const double diurnal = *std::max_element(s.diurnal.begin(), s.diurnal.end());
    // Overlapping flash crowds multiply: add their logarithms (factors are at least 1).
    std::vector<std::pair<std::int64_t, double>> edges;
    for (const FlashCrowd& f : s.flashCrowds) {
        edges.emplace_back(f.atS, std::log(f.factor));
        edges.emplace_back(f.atS + f.durationS, -std::log(f.factor));
    }
    const double flash = std::exp(maxOverlap(std::move(edges)));

    PeakRate out;
    for (std::size_t i = 0; i < s.populations.size(); ++i) {
        const double rate = populationPeak(s.populations[i], s, diurnal, flash);
        out.total += rate;
        if (rate > out.largest) {
            out = PeakRate{out.total, rate, false, i};
        }
    }
    std::vector<std::pair<std::int64_t, double>> waves;
    for (std::size_t i = 0; i < s.ddosWaves.size(); ++i) {
        const DdosWave& w = s.ddosWaves[i];
        const double rate = w.keys * w.ratePerKey;
        waves.emplace_back(w.atS, rate);
        waves.emplace_back(w.atS + w.durationS, -rate);
        if (rate > out.largest) {
            out = PeakRate{out.total, rate, true, i};
        }
    }
    out.total += maxOverlap(std::move(waves));
    return out;
}

}  // namespace sluice::engine::sim
