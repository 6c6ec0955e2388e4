// SPDX-License-Identifier: Apache-2.0
#include "report/PeriodReport.h"

#include "core/UtcTime.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace sluice::engine::report {

namespace {

using nlohmann::ordered_json;

ordered_json counts(const std::vector<PeriodReport::Count>& rows)
{
    ordered_json out = ordered_json::object();
    for (const auto& row : rows) {
        out[row.name] = row.count;
    }
    return out;
}

ordered_json byTier(const std::array<std::uint64_t, kReputationTierCount>& values)
{
    ordered_json out = ordered_json::object();
    for (std::size_t t = 0; t < values.size(); ++t) {
        out[std::string(nameOf(static_cast<ReputationTier>(t)))] = values[t];
    }
    return out;
}

std::string iso(TimeNs t) { return t == 0 ? std::string() : formatUtc(t); }

}  // namespace

std::string writePeriodJson(const PeriodReport& r, TimeNs generatedAt)
{
    ordered_json doc;
    doc["report"] = "sluice-operations";
    doc["version"] = 1;
    doc["from"] = iso(r.from);
    doc["to"] = iso(r.to);
    doc["generated_at"] = iso(generatedAt);
    doc["kpis"] = {{"requests", r.allowed + r.denied},
                   {"allowed", r.allowed},
                   {"denied", r.denied},
                   {"denied_percent", std::round(r.deniedPercent() * 100.0) / 100.0},
                   {"peak_per_second", r.peakPerSecond},
                   {"peak_denied_per_second", r.peakDeniedPerSecond},
                   {"minutes_with_traffic", r.minutesWithTraffic},
                   {"violations", r.violations},
                   {"alerts", r.alerts.size()},
                   {"admin_changes", r.auditTotal}};
    ordered_json traffic = ordered_json::array();
    for (const auto& p : r.traffic) {
        traffic.push_back({{"start", iso(p.start)}, {"allowed", p.allowed}, {"denied", p.denied}});
    }
    doc["traffic"] = {{"step_seconds", r.step / kNsPerSec},
                      {"allowed_by_tier", byTier(r.allowedByTier)},
                      {"denied_by_tier", byTier(r.deniedByTier)},
                      {"points", std::move(traffic)}};
    ordered_json bands = ordered_json::array();
    for (std::uint64_t n : r.scoreBands) {
        bands.push_back(n);
    }
    ordered_json moves = ordered_json::object();
    for (const auto& move : r.tierMoves) {
        moves[std::string(nameOf(move.from)) + "->" + std::string(nameOf(move.to))] = move.keys;
    }
    doc["reputation"] = {
        {"score_bands", std::move(bands)}, {"keys_by_tier", byTier(r.keysByTier)}, {"tier_moves", std::move(moves)}};
    ordered_json periods = ordered_json::array();
    for (const auto& p : r.throttle) {
        periods.push_back({{"start", iso(p.start)},
                           {"end", iso(p.end)},
                           {"level", p.level},
                           {"multiplier", p.multiplier},
                           {"automatic", p.automatic},
                           {"actor", p.actor},
                           {"reason", p.reason}});
    }
    ordered_json seconds = ordered_json::object();
    for (std::size_t l = 0; l < r.secondsAtLevel.size(); ++l) {
        seconds[std::string(nameOf(static_cast<ThrottleLevel>(l)))] = std::round(r.secondsAtLevel[l]);
    }
    doc["throttle"] = {{"seconds_at_level", std::move(seconds)}, {"periods", std::move(periods)}};
    ordered_json alerts = ordered_json::array();
    for (const auto& a : r.alerts) {
        alerts.push_back({{"id", a.id},
                          {"kind", a.kind},
                          {"metric", a.metric},
                          {"start", iso(a.start)},
                          {"end", iso(a.end)},
                          {"state", a.state},
                          {"confidence", a.confidence},
                          {"value", a.value},
                          {"expected", a.expected}});
    }
    doc["alerts"] = std::move(alerts);
    ordered_json deliveries = ordered_json::array();
    for (const auto& d : r.deliveries) {
        deliveries.push_back({{"channel", d.channel}, {"state", d.state}, {"count", d.count}});
    }
    doc["notifications"] = {{"by_type", counts(r.notificationsByType)},
                            {"by_severity", counts(r.notificationsBySeverity)},
                            {"deliveries", std::move(deliveries)}};
    ordered_json vip = ordered_json::array();
    for (const auto& v : r.vipChanges) {
        vip.push_back({{"at", iso(v.at)}, {"key", v.key}, {"change", v.kind}, {"tier", v.tier}});
    }
    doc["vip_changes"] = std::move(vip);
    ordered_json flags = ordered_json::array();
    for (const auto& f : r.flagChanges) {
        flags.push_back(
            {{"at", iso(f.at)}, {"actor", f.actor}, {"action", f.action}, {"flag", f.target}, {"reason", f.reason}});
    }
    doc["flag_changes"] = std::move(flags);
    ordered_json top = ordered_json::array();
    for (const auto& k : r.topDenied) {
        top.push_back({{"key", k.key},
                       {"violations", k.violations},
                       {"worst_severity", k.worstSeverity},
                       {"tier", std::string(nameOf(k.tier))}});
    }
    doc["top_denied_keys"] = std::move(top);
    doc["audit"] = {{"changes", r.auditTotal}, {"actors", r.auditActors}, {"by_action", counts(r.auditByAction)}};
    return doc.dump(2) + "\n";
}

}  // namespace sluice::engine::report
