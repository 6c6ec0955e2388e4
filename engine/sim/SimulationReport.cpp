// SPDX-License-Identifier: Apache-2.0
#include "sim/SimulationReport.h"

#include "core/AnomalyNames.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace sluice::engine::sim {

ThrottleHistory throttleHistory(const AutoThrottle& throttle, TimeNs until)
{
    ThrottleHistory h;
    const auto seconds = throttle.secondsInLevel(until);
    std::copy(seconds.begin(), seconds.end(), h.secondsInLevel.begin());
    h.transitions = throttle.transitions();
    return h;
}

namespace {

double hundredths(double v) { return std::round(v * 100.0) / 100.0; }

double seconds(TimeNs t) { return static_cast<double>(t / kNsPerMs) / 1000.0; }

// The alerts anomaly detection raised during the run, oldest first: what a person checks after a replay.
nlohmann::ordered_json anomaliesJson(const Snapshot& snapshot)
{
    using Json = nlohmann::ordered_json;
    Json out = Json::array();
    if (!snapshot.anomaly) {
        return out;
    }
    const auto& alerts = snapshot.anomaly->alerts;
    for (auto a = alerts.rbegin(); a != alerts.rend(); ++a) {
        Json keys = Json::array();
        for (const auto& [key, requests] : a->affectedKeys) {
            keys.push_back({{"key", key}, {"requests", requests}});
        }
        Json response = Json::object();
        if (a->response.throttleRaised) {
            response["throttle"] = nameOf(a->response.throttleLevel);
            response["throttle_until_unix_s"] = seconds(a->response.throttleUntil);
        }
        if (!a->response.keysLowered.empty()) {
            response["keys_lowered"] = a->response.keysLowered.size();
        }
        out.push_back({{"id", a->id},
                       {"kind", nameOf(a->kind)},
                       {"metric", a->metric},
                       {"confidence", hundredths(a->confidence)},
                       {"start_unix_s", seconds(a->start)},
                       {"end_unix_s", a->end == 0 ? Json(nullptr) : Json(seconds(a->end))},
                       {"value", hundredths(a->value)},
                       {"expected", hundredths(a->expected)},
                       {"spread", hundredths(a->spread)},
                       {"state", nameOf(a->state)},
                       {"affected_keys", keys},
                       {"response", response}});
    }
    return out;
}

nlohmann::ordered_json reputationJson(const ClassReputation& r)
{
    return {{"keys", r.keys},
            {"mean_score", hundredths(r.meanScore)},
            {"median_score", hundredths(r.medianScore)},
            {"flagged", r.tiers[0]},
            {"standard", r.tiers[1]},
            {"trusted", r.tiers[2]}};
}

}  // namespace

std::string reportJson(const SimulationSummary& s) { return reportDocument(s).dump(2) + "\n"; }

nlohmann::ordered_json reportDocument(const SimulationSummary& s)
{
    using Json = nlohmann::ordered_json;  // keeps the documented field order
    ClassOutcome total;
    Json byClass = Json::object();
    for (int c = 0; c < kTrafficClassCount; ++c) {
        const ClassOutcome& o = s.outcomes[c];
        total.requests += o.requests;
        total.allowed += o.allowed;
        total.denied += o.denied;
        if (s.keysPerClass[c] == 0 && o.requests == 0) {
            continue;  // a class the scenario does not have
        }
        Json reputation = Json::object();
        if (s.reputationBeforeAttack) {
            reputation["before_attack"] = reputationJson((*s.reputationBeforeAttack)[c]);
            reputation["before_attack"]["at_s"] = s.attackAtS;
        }
        reputation["end"] = reputationJson(s.reputationAtEnd[c]);
        byClass[std::string(kTrafficClassNames[c])] = {{"keys", s.keysPerClass[c]},
                                                       {"requests", o.requests},
                                                       {"allowed", o.allowed},
                                                       {"denied", o.denied},
                                                       {"reputation", reputation}};
    }
    Json histogram = Json::array();
    for (const auto bin : s.finalSnapshot.histogram) {
        histogram.push_back(bin);
    }
    Json timeInLevel = Json::object();
    for (int l = 0; l < kThrottleLevelCount; ++l) {
        timeInLevel[std::string(nameOf(static_cast<ThrottleLevel>(l)))] = s.throttle.secondsInLevel[l];
    }
    Json transitions = Json::array();
    for (const auto& t : s.throttle.transitions) {
        transitions.push_back({{"at_unix_ms", t.at / kNsPerMs},
                               {"from", std::string(nameOf(t.from))},
                               {"to", std::string(nameOf(t.to))},
                               {"automatic", t.automatic},
                               {"reason", t.reason},
                               {"cpu_percent", t.load.cpuPercent},
                               {"memory_percent", t.load.memoryPercent},
                               {"concurrency", t.load.concurrency}});
    }
    Json topDenied = Json::array();
    for (const auto& entry : s.finalSnapshot.topDenied) {
        topDenied.push_back({{"key", entry.key}, {"denied", entry.denied}});
    }
    const auto& tiers = s.finalSnapshot.tierCounts;
    return {
        {"scenario", s.scenario},
        {"seed", s.seed},
        {"simulated_seconds", s.simulatedSeconds},
        {"wall_seconds", s.wallSeconds},
        {"requests_per_wall_second", s.wallSeconds > 0 ? static_cast<double>(total.requests) / s.wallSeconds : 0.0},
        {"requests", {{"total", total.requests}, {"allowed", total.allowed}, {"denied", total.denied}}},
        {"by_class", byClass},
        {"reputation",
         {{"histogram", histogram}, {"tiers", {{"flagged", tiers[0]}, {"standard", tiers[1]}, {"trusted", tiers[2]}}}}},
        {"throttle", {{"time_in_level", timeInLevel}, {"transitions", transitions}}},
        {"top_denied", topDenied},
        {"anomalies", anomaliesJson(s.finalSnapshot)},
    };
}

}  // namespace sluice::engine::sim
