// SPDX-License-Identifier: Apache-2.0
#include "SimAnomalyEval.h"

#include "decision/Engine.h"
#include "sim/ScenarioLoader.h"
#include "sim/Simulator.h"
#include "snapshot/Snapshot.h"
#include "traffic/RequestBatch.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string_view>

namespace sluice::bench {

using namespace sluice::engine;

namespace {

constexpr std::size_t kBatch = 4096;
constexpr TimeNs kPollEvery = 10 * kNsPerSec;  // how often the run looks at the alerts (virtual time)
constexpr TimeNs kGrace = 5 * kNsPerMin;       // an alert this soon after an incident still belongs to it

struct Incident {
    std::string what;
    TimeNs start = 0;
    TimeNs end = 0;
    std::vector<AnomalyKind> kinds;  // the alerts that say this incident: more traffic of one of these kinds
    std::optional<TimeNs> firstAlert;
};

// What detecting an attack means: an alert of a kind that describes it, on more traffic than expected. A drop or
// an unrelated kind in the same minutes is no detection (it counts as a false alert).
std::vector<AnomalyKind> kindsOf(sim::TrafficClass c)
{
    using K = AnomalyKind;
    switch (c) {
    case sim::TrafficClass::CredentialStuffing:
        return {K::RouteStuffing, K::NewKeyFlood, K::Spike};
    case sim::TrafficClass::Scraper:
    case sim::TrafficClass::Abusive:
        return {K::KeySurge, K::Spike, K::LevelShift};
    case sim::TrafficClass::Ddos:
        return {K::Spike, K::NewKeyFlood, K::CountryShift, K::LevelShift, K::KeySurge, K::RouteStuffing};
    default:
        return {};
    }
}

bool detects(const Incident& i, const AnomalyAlert& a)
{
    return a.start >= i.start && a.start <= i.end + kGrace && a.value >= a.expected &&
           std::find(i.kinds.begin(), i.kinds.end(), a.kind) != i.kinds.end();
}

bool isAttack(sim::TrafficClass c)
{
    return c == sim::TrafficClass::CredentialStuffing || c == sim::TrafficClass::Scraper ||
           c == sim::TrafficClass::Abusive || c == sim::TrafficClass::Ddos;
}

// The scenario's ordinary traffic alone, for the hours before it.
sim::Scenario ordinaryPart(const sim::Scenario& s, double hours)
{
    sim::Scenario out = s;
    std::erase_if(out.populations, [](const sim::Population& p) { return isAttack(p.trafficClass); });
    out.ddosWaves.clear();
    out.flashCrowds.clear();
    out.durationS = static_cast<std::int64_t>(hours * 3600);
    out.startUnixS = s.startUnixS - out.durationS;
    return out;
}

std::vector<Incident> incidentsOf(const sim::Scenario& s)
{
    const TimeNs start = s.startUnixS * kNsPerSec;
    std::vector<Incident> out;
    for (const auto& p : s.populations) {
        if (isAttack(p.trafficClass)) {
            out.push_back({std::string(nameOf(p.trafficClass)),
                           start,
                           start + s.durationS * kNsPerSec,
                           kindsOf(p.trafficClass),
                           {}});
        }
    }
    for (const auto& w : s.ddosWaves) {
        out.push_back({"ddos wave " + w.keyPrefix,
                       start + w.atS * kNsPerSec,
                       start + (w.atS + w.durationS) * kNsPerSec,
                       kindsOf(sim::TrafficClass::Ddos),
                       {}});
    }
    return out;
}

// Runs the scenario through the engine and calls `seen` once for every alert, when it first appears.
template <class Seen>
void run(Engine& engine, const sim::Scenario& scenario, std::uint64_t seed, Seen&& seen, std::set<std::uint64_t>& known)
{
    sim::Simulator simulator(scenario, seed);
    RequestBatch batch;
    std::vector<Decision> decisions(kBatch);
    TimeNs nextPoll = simulator.start() + kPollEvery;
    Snapshot snapshot;
    const auto poll = [&](TimeNs now) {
        engine.tick(now);
        engine.fillSnapshot(now, snapshot);
        if (!snapshot.anomaly) {
            return;
        }
        for (const AnomalyAlert& a : snapshot.anomaly->alerts) {
            if (known.insert(a.id).second) {
                seen(a);
            }
        }
    };
    for (;;) {
        batch.clear();
        const bool more = simulator.fill(batch, kBatch);
        if (!batch.requests.empty()) {
            engine.decide(batch.requests, std::span<Decision>(decisions.data(), batch.requests.size()));
            const TimeNs last = batch.requests.back().timestamp;
            if (last >= nextPoll) {
                poll(last);
                nextPoll = last + kPollEvery;
            }
        }
        if (!more) {
            break;
        }
    }
    poll(simulator.end());
}

EngineConfig configFor(const sim::Scenario& s)
{
    EngineConfig config;
    if (auto problem = sim::applyEngineConfig(s, config)) {
        std::fprintf(stderr, "anomaly_eval: %s: %s\n", s.name.c_str(), problem->c_str());
    }
    setFeatureGate(config, Feature::AnomalyDetection, FeatureGate{true, 100});
    return config;
}

constexpr const char* kKinds[kAnomalyKindCount] = {"spike",         "drop",           "level_shift",  "key_surge",
                                                   "new_key_flood", "route_stuffing", "country_shift"};

std::string describe(const AnomalyAlert& a)
{
    char line[256];
    std::snprintf(line, sizeof line, "%s %s conf %.2f value %.1f expected %.1f", kKinds[static_cast<int>(a.kind)],
                  a.metric.c_str(), a.confidence, a.value, a.expected);
    return line;
}

}  // namespace

SimEvalFigures evaluateScenarios(const SimEvalOptions& options)
{
    SimEvalFigures figures;
    std::vector<double> latencies;
    for (const std::string name : {"credential-stuffing", "ddos-wave", "slow-scraper"}) {
        const auto scenario = sim::builtinScenario(name);
        if (!scenario) {
            continue;
        }
        Engine engine(configFor(*scenario));
        std::set<std::uint64_t> known;
        std::vector<Incident> incidents = incidentsOf(*scenario);
        int unmatched = 0;
        run(
            engine, ordinaryPart(*scenario, options.warmupHours), scenario->seed + 1,
            [&](const AnomalyAlert& a) {
                ++unmatched;
                if (options.verbose) {
                    std::fprintf(stderr, "%s warm-up: %s\n", name.c_str(), describe(a).c_str());
                }
            },
            known);
        run(
            engine, *scenario, scenario->seed,
            [&](const AnomalyAlert& a) {
                bool matched = false;
                for (Incident& i : incidents) {
                    if (detects(i, a)) {
                        matched = true;
                        if (!i.firstAlert || a.start < *i.firstAlert) {
                            i.firstAlert = a.start;
                        }
                    }
                }
                unmatched += matched ? 0 : 1;
                if (options.verbose) {
                    std::fprintf(stderr, "%s +%llds: %s%s\n", name.c_str(),
                                 static_cast<long long>((a.start - scenario->startUnixS * kNsPerSec) / kNsPerSec),
                                 describe(a).c_str(), matched ? "" : " (no incident)");
                }
            },
            known);
        for (const Incident& i : incidents) {
            ++figures.incidents;
            std::string line = name + ": " + i.what;
            if (i.firstAlert) {
                ++figures.alerted;
                const double latency = static_cast<double>(*i.firstAlert - i.start) / kNsPerSec;
                latencies.push_back(latency);
                line += " alerted after " + std::to_string(static_cast<long long>(latency)) + " s";
            } else {
                line += " not alerted";
            }
            figures.lines.push_back(line);
        }
        figures.unmatchedAttackRunAlerts += unmatched;
    }
    if (!latencies.empty()) {
        std::sort(latencies.begin(), latencies.end());
        const std::size_t n = latencies.size();
        figures.medianLatencyS = n % 2 ? latencies[n / 2] : (latencies[n / 2 - 1] + latencies[n / 2]) / 2;
    }

    if (auto normal = sim::builtinScenario("normal-day")) {
        // Fewer keys, not slower ones: every key keeps its rate against its limit, so the abusive bots stay over it.
        for (auto& p : normal->populations) {
            p.keys = std::max<std::uint32_t>(1, static_cast<std::uint32_t>(p.keys * options.normalKeyScale + 0.5));
        }
        normal->durationS = static_cast<std::int64_t>(options.normalDays * 86400);
        Engine engine(configFor(*normal));
        std::set<std::uint64_t> known;
        int alerts = 0;
        run(
            engine, *normal, normal->seed,
            [&](const AnomalyAlert& a) {
                ++alerts;
                if (options.verbose) {
                    std::fprintf(stderr, "normal-day +%.2fh: %s\n",
                                 static_cast<double>(a.start - normal->startUnixS * kNsPerSec) / kNsPerHour,
                                 describe(a).c_str());
                }
            },
            known);
        figures.falseAlertsPerDay = alerts / options.normalDays;
        figures.lines.push_back("normal-day: " + std::to_string(alerts) + " alerts in " +
                                std::to_string(options.normalDays) + " days");
    }
    return figures;
}

}  // namespace sluice::bench
