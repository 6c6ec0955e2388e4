// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sluice::bench {

// Anomaly detection judged against the simulator's ground truth: the engine runs each built-in attack scenario
// after hours of the same scenario's ordinary traffic (so its baselines have learned), and several days of
// normal-day; every alert it raises is matched against the attacks' own times.
struct SimEvalOptions {
    double normalDays = 3;  // of normal-day, for the false alerts
    // normal-day with a tenth of its keys: each key as it was, ten times faster to run
    double normalKeyScale = 0.1;
    double warmupHours = 8;  // ordinary traffic before an attack scenario
    bool verbose = false;    // one line per alert on stderr
};

struct SimEvalFigures {
    int incidents = 0;  // attack incidents in the scenarios (a ddos wave, a stuffing or scraping campaign)
    int alerted = 0;    // of them, with at least one alert during the incident
    double falseAlertsPerDay = 0;
    double medianLatencyS = 0;         // from an incident's start to its first alert (alerted incidents only)
    int unmatchedAttackRunAlerts = 0;  // alerts in attack runs that match no incident (during warm-up or after)
    std::vector<std::string> lines;    // per scenario: what happened, for people
};

SimEvalFigures evaluateScenarios(const SimEvalOptions& options);

}  // namespace sluice::bench
