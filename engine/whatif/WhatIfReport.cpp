// SPDX-License-Identifier: Apache-2.0
#include "whatif/WhatIfReport.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

namespace sluice::engine::whatif {

namespace {
using Json = nlohmann::ordered_json;

double percent(std::uint64_t part, std::uint64_t whole)
{
    return whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

double hundredths(double v) { return std::round(v * 100.0) / 100.0; }

std::string fixed2(double v)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", v);
    return text;
}

Json figuresJson(const SideResult& side, const SideFigures& f)
{
    Json flagged = Json::object();
    for (int c = 0; c < sim::kTrafficClassCount; ++c) {
        if (side.summary.keysPerClass[c] != 0) {
            flagged[std::string(sim::kTrafficClassNames[c])] =
                side.summary.reputationAtEnd[c].tiers[static_cast<int>(ReputationTier::Flagged)];
        }
    }
    Json byRoute = Json::array();
    for (const RouteDecisions& r : side.summary.finalSnapshot.routeDecisions) {
        byRoute.push_back({{"route", r.route}, {"allowed", r.allowed}, {"denied", r.denied}});
    }
    Json byTier = Json::object();
    for (int t = 0; t < kReputationTierCount; ++t) {
        byTier[std::string(nameOf(static_cast<ReputationTier>(t)))] = {{"allowed", side.allowedByTier[t]},
                                                                       {"denied", side.deniedByTier[t]}};
    }
    byTier["vip"] = {{"allowed", side.vipAllowed}, {"denied", side.vipDenied}};
    Json levels = Json::object();
    for (int l = 0; l < kThrottleLevelCount; ++l) {
        levels[std::string(nameOf(static_cast<ThrottleLevel>(l)))] = side.summary.throttle.secondsInLevel[l];
    }
    return {{"legitimate_requests", f.legitimateRequests},
            {"legitimate_denied", f.legitimateDenied},
            {"legitimate_denied_percent", hundredths(f.legitimateDeniedPercent)},
            {"abusive_requests", f.abusiveRequests},
            {"abusive_allowed", f.abusiveAllowed},
            {"abusive_allowed_percent", hundredths(f.abusiveAllowedPercent)},
            {"legitimate_keys_flagged", f.legitimateKeysFlagged},
            {"abusive_keys_flagged", f.abusiveKeysFlagged},
            {"keys_flagged_by_class", flagged},
            {"seconds_in_throttle_level", levels},
            {"alerts_raised", side.alertsRaised},
            {"denials_by_route", byRoute},
            {"decisions_by_tier", byTier}};
}

Json timelineJson(const WhatIfResult& result)
{
    Json points = Json::array();
    const std::size_t n = result.sides[0].timeline.size();
    for (std::size_t i = 0; i < n; ++i) {
        Json point = {{"at_unix_s", (result.start + static_cast<TimeNs>(i) * result.interval) / kNsPerSec}};
        for (int s = 0; s < kSides; ++s) {
            const TimelinePoint& p = result.sides[s].timeline[i];
            point[s == 0 ? "a" : "b"] = {{"allowed", p.allowed},
                                         {"denied", p.denied},
                                         {"legitimate_denied", p.legitimateDenied},
                                         {"abusive_allowed", p.abusiveAllowed}};
        }
        points.push_back(std::move(point));
    }
    return {{"interval_s", result.interval / kNsPerSec}, {"points", points}};
}

Json faultsJson(const sim::FaultSchedule& faults)
{
    Json out = Json::array();
    for (const sim::Fault& f : faults.faults()) {
        out.push_back(
            {{"kind", std::string(nameOf(f.kind))}, {"at_s", f.atS}, {"duration_s", f.durationS}, {"value", f.value}});
    }
    return out;
}
}  // namespace

SideFigures figuresOf(const SideResult& side)
{
    SideFigures f;
    for (int c = 0; c < sim::kTrafficClassCount; ++c) {
        const sim::ClassOutcome& o = side.summary.outcomes[c];
        const std::uint64_t flagged = side.summary.reputationAtEnd[c].tiers[static_cast<int>(ReputationTier::Flagged)];
        if (isLegitimate(static_cast<sim::TrafficClass>(c))) {
            f.legitimateRequests += o.requests;
            f.legitimateDenied += o.denied;
            f.legitimateKeysFlagged += flagged;
        } else {
            f.abusiveRequests += o.requests;
            f.abusiveAllowed += o.allowed;
            f.abusiveKeysFlagged += flagged;
        }
    }
    f.legitimateDeniedPercent = percent(f.legitimateDenied, f.legitimateRequests);
    f.abusiveAllowedPercent = percent(f.abusiveAllowed, f.abusiveRequests);
    return f;
}

Comparison compare(const WhatIfResult& result)
{
    Comparison c;
    for (int s = 0; s < kSides; ++s) {
        c.sides[s] = figuresOf(result.sides[s]);
    }
    // Positive: B is better on that count.
    const double protection = c.sides[0].abusiveAllowedPercent - c.sides[1].abusiveAllowedPercent;
    const double sparing = c.sides[0].legitimateDeniedPercent - c.sides[1].legitimateDeniedPercent;
    const int p = protection > kVerdictMargin ? 1 : protection < -kVerdictMargin ? -1 : 0;
    const int l = sparing > kVerdictMargin ? 1 : sparing < -kVerdictMargin ? -1 : 0;
    if (p == 0 && l == 0) {
        c.verdict = Verdict::Same;
    } else if (p >= 0 && l >= 0) {
        c.verdict = Verdict::BBetter;
    } else if (p <= 0 && l <= 0) {
        c.verdict = Verdict::ABetter;
    } else {
        c.verdict = p > 0 ? Verdict::BStricter : Verdict::BLooser;
    }
    return c;
}

std::string_view nameOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Same:
        return "same";
    case Verdict::BBetter:
        return "b_better";
    case Verdict::ABetter:
        return "a_better";
    case Verdict::BStricter:
        return "b_stricter";
    case Verdict::BLooser:
        return "b_looser";
    }
    return "same";
}

std::string verdictSentence(const Comparison& c)
{
    const SideFigures& a = c.sides[0];
    const SideFigures& b = c.sides[1];
    const std::string abuse = "abusive requests allowed " + fixed2(a.abusiveAllowedPercent) + " % -> " +
                              fixed2(b.abusiveAllowedPercent) + " %";
    const std::string legit = "legitimate requests denied " + fixed2(a.legitimateDeniedPercent) + " % -> " +
                              fixed2(b.legitimateDeniedPercent) + " %";
    switch (c.verdict) {
    case Verdict::Same:
        return "A and B protect alike (" + abuse + "; " + legit + ").";
    case Verdict::BBetter:
        return "B protects better at no cost to legitimate users (" + abuse + "; " + legit + ").";
    case Verdict::ABetter:
        return "A protects better: B is worse for both (" + abuse + "; " + legit + ").";
    case Verdict::BStricter:
        return "B stops more abuse at a cost to legitimate users (" + abuse + "; " + legit + ").";
    case Verdict::BLooser:
        return "B spares legitimate users but lets more abuse through (" + abuse + "; " + legit + ").";
    }
    return {};
}

std::string replaySentence(const WhatIfResult& result)
{
    // A log's requests are all counted as legitimate: the figures below are simply its requests and denials.
    const SideFigures a = figuresOf(result.sides[0]);
    const SideFigures b = figuresOf(result.sides[1]);
    return "Replayed log: A denies " + std::to_string(a.legitimateDenied) + " requests (" +
           fixed2(a.legitimateDeniedPercent) + " %), B " + std::to_string(b.legitimateDenied) + " (" +
           fixed2(b.legitimateDeniedPercent) + " %); " + std::to_string(result.keysChanged) + " of " +
           std::to_string(result.keysSeen) + " keys are denied a different number of times.";
}

Json whatIfDocument(const WhatIfResult& result)
{
    const Comparison c = compare(result);
    const bool replay = !result.log.empty();
    Json sides = Json::object();
    for (int s = 0; s < kSides; ++s) {
        Json simulation = sim::reportDocument(result.sides[s].summary);
        simulation.erase("wall_seconds");
        simulation.erase("requests_per_wall_second");
        sides[s == 0 ? "a" : "b"] = {{"figures", figuresJson(result.sides[s], c.sides[s])}, {"simulation", simulation}};
    }
    Json doc = {{"scenario", result.scenario},
                {"seed", result.seed},
                {"start_unix_s", result.start / kNsPerSec},
                {"simulated_seconds", result.duration / kNsPerSec},
                {"requests_per_side", result.requests},
                {"wall_seconds", hundredths(result.wallSeconds)},
                {"faults", faultsJson(result.faults)},
                {"verdict", replay ? Json{{"kind", "by_key"}, {"text", replaySentence(result)}}
                                   : Json{{"kind", std::string(nameOf(c.verdict))}, {"text", verdictSentence(c)}}},
                {"sides", sides},
                {"timeline", timelineJson(result)}};
    if (replay) {
        Json keys = Json::array();
        for (const KeyChange& k : result.keyChanges) {
            keys.push_back(
                {{"key", k.key}, {"requests", k.requests}, {"denied_a", k.denied[0]}, {"denied_b", k.denied[1]}});
        }
        doc["log"] = {{"path", result.log},
                      {"lines_read", result.linesRead},
                      {"lines_rejected", result.linesRejected},
                      {"keys_seen", result.keysSeen},
                      {"keys_changed", result.keysChanged},
                      {"top_changed_keys", std::move(keys)}};
    }
    return doc;
}

std::string whatIfJson(const WhatIfResult& result) { return whatIfDocument(result).dump(2) + "\n"; }

}  // namespace sluice::engine::whatif
