// SPDX-License-Identifier: Apache-2.0
#include "http/FleetJson.h"

#include "anomaly/AlertJson.h"
#include "core/JsonRead.h"
#include "flags/InstantText.h"
#include "http/AdminReplies.h"
#include "notify/InboxNoteJson.h"
#include "snapshot/Snapshot.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace sluice::engine::http {

using json = nlohmann::json;

namespace {

constexpr std::size_t kMaxEngineText = 255;
constexpr std::size_t kMaxEngines = 10'000;

TimeNs instantField(const json& j, const std::string& path)
{
    if (j.is_null()) {
        return 0;
    }
    const auto at = flags::readInstantText(JsonRead::text(j, path, 64, false));
    if (!at) {
        JsonRead::fail(path, "expected an RFC 3339 time");
    }
    return *at;
}

// A list of `size` counts, or none.
std::vector<std::uint64_t> countsOf(const json& j, const std::string& path, int size)
{
    if (!j.is_array() || (!j.empty() && j.size() != static_cast<std::size_t>(size))) {
        JsonRead::fail(path, "expected a list of " + std::to_string(size) + " counts");
    }
    std::vector<std::uint64_t> out;
    for (std::size_t i = 0; i < j.size(); ++i) {
        out.push_back(static_cast<std::uint64_t>(JsonRead::whole(j[i], JsonRead::index(path, i), 0, 9e15)));
    }
    return out;
}

// Adds `counts` into `sum`, which takes their length when it has none.
void addCounts(std::vector<std::uint64_t>& sum, const std::vector<std::uint64_t>& counts)
{
    if (sum.size() < counts.size()) {
        sum.resize(counts.size());
    }
    for (std::size_t i = 0; i < counts.size(); ++i) {
        sum[i] += counts[i];
    }
}

// Denials a second by tier (flagged, standard, trusted), or none.
std::vector<double> tierRatesOf(const json& j, const std::string& path)
{
    if (!j.is_array() || (!j.empty() && j.size() != static_cast<std::size_t>(kReputationTierCount))) {
        JsonRead::fail(path, "expected a list of " + std::to_string(kReputationTierCount) + " rates");
    }
    std::vector<double> out;
    for (std::size_t i = 0; i < j.size(); ++i) {
        out.push_back(JsonRead::number(j[i], JsonRead::index(path, i), 0, 1e15));
    }
    return out;
}

// An entry that is not a key with its denials is left out rather than the answer: one odd key must not keep the
// console from the fleet.
std::vector<EngineSummary::DeniedKey> topDeniedOf(const json& j, const std::string& path)
{
    if (!j.is_array() || j.size() > EngineSummary::kTopDenied) {
        JsonRead::fail(path, "expected a list of at most " + std::to_string(EngineSummary::kTopDenied) + " keys");
    }
    std::vector<EngineSummary::DeniedKey> out;
    for (const json& entry : j) {
        if (!entry.is_object() || entry.size() != 2 || !entry.contains("key") || !entry.contains("denied")) {
            continue;
        }
        const json& key = entry.at("key");
        const json& denied = entry.at("denied");
        if (!key.is_string() || key.get_ref<const std::string&>().empty() ||
            key.get_ref<const std::string&>().size() > kMaxEngineText || !denied.is_number_unsigned() ||
            denied.get<std::uint64_t>() > 9'000'000'000'000'000ULL) {
            continue;
        }
        out.push_back({key.get<std::string>(), denied.get<std::uint64_t>()});
    }
    return out;
}

json measuredOrNull(double value)
{
    return value < 0 || !std::isfinite(value) || value > kMaxLoadReading ? json(nullptr) : json(value);
}

json topDeniedJson(const std::vector<EngineSummary::DeniedKey>& keys)
{
    json out = json::array();
    for (const EngineSummary::DeniedKey& k : keys) {
        out.push_back({{"key", k.key}, {"denied", k.denied}});
    }
    return out;
}

// Each engine's most denied keys as one list: a key denied on several engines counts the denials of all of them.
std::vector<EngineSummary::DeniedKey> mergedTopDenied(const std::vector<FleetEntry>& engines)
{
    std::map<std::string, std::uint64_t> byKey;
    for (const FleetEntry& e : engines) {
        if (!e.silent) {
            for (const EngineSummary::DeniedKey& k : e.summary.topDenied) {
                byKey[k.key] += k.denied;
            }
        }
    }
    std::vector<EngineSummary::DeniedKey> out;
    out.reserve(byKey.size());
    for (auto& [key, denied] : byKey) {
        out.push_back({key, denied});
    }
    const auto more = [](const EngineSummary::DeniedKey& a, const EngineSummary::DeniedKey& b) {
        return a.denied != b.denied ? a.denied > b.denied : a.key < b.key;
    };
    const std::size_t keep = std::min(out.size(), EngineSummary::kTopDenied);
    std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(keep), out.end(), more);
    out.resize(keep);
    return out;
}

// A list of at most `max` entries from a server; an entry `read` cannot take (an odd one, one a newer server knows)
// is left out rather than the answer.
template <typename Read>
auto entriesOf(const json& j, const std::string& path, std::size_t max, const char* what, Read read)
{
    if (!j.is_array() || j.size() > max) {
        JsonRead::fail(path, "expected a list of at most " + std::to_string(max) + " " + what);
    }
    std::vector<typename decltype(read(j))::value_type> out;
    for (const json& entry : j) {
        if (auto item = read(entry)) {
            out.push_back(std::move(*item));
        }
    }
    return out;
}

std::vector<AnomalyAlert> alertsOf(const json& j, const std::string& path)
{
    return entriesOf(j, path, EngineSummary::kAlerts, "alerts",
                     [](const json& e) { return anomaly::alertOf(e, EngineSummary::kAlertKeys); });
}

std::vector<EngineSummary::InboxNote> inboxOf(const json& j, const std::string& path)
{
    return entriesOf(j, path, EngineSummary::kInboxNotes, "notifications",
                     [](const json& e) { return notify::inboxNoteOf(e); });
}

json alertsJson(const std::vector<AnomalyAlert>& alerts)
{
    json out = json::array();
    for (const AnomalyAlert& a : alerts) {
        // The answering engine's own summary was never read back: one a reader would refuse is left out here.
        if (auto j = anomaly::readableAlertJson(a, EngineSummary::kAlertKeys);
            j && out.size() < EngineSummary::kAlerts) {
            out.push_back(std::move(*j));
        }
    }
    return out;
}

json inboxJson(const std::vector<EngineSummary::InboxNote>& notes)
{
    json out = json::array();
    for (const EngineSummary::InboxNote& n : notes) {
        if (out.size() < EngineSummary::kInboxNotes) {
            out.push_back(notify::inboxNoteJson(n));
        }
    }
    return out;
}

// The `list` of every engine that answers as one, each entry with its engine (ids are each engine's own): the `keep`
// newest by `at`, newest first; at the same time by engine, then the newer id first.
template <typename Fleet, typename Item>
std::vector<Fleet> mergedNewest(const std::vector<FleetEntry>& engines, std::vector<Item> EngineSummary::*list,
                                Item Fleet::*item, TimeNs Item::*at, std::size_t keep)
{
    std::vector<Fleet> out;
    for (const FleetEntry& e : engines) {
        if (!e.silent) {
            for (const Item& i : e.summary.*list) {
                Fleet f;
                f.engine = e.summary.id;
                f.*item = i;
                out.push_back(std::move(f));
            }
        }
    }
    const auto newer = [&](const Fleet& a, const Fleet& b) {
        const Item& x = a.*item;
        const Item& y = b.*item;
        if (x.*at != y.*at) {
            return x.*at > y.*at;
        }
        return a.engine != b.engine ? a.engine < b.engine : x.id > y.id;
    };
    keep = std::min(out.size(), keep);
    std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(keep), out.end(), newer);
    out.resize(keep);
    return out;
}

// An object; fields it does not know are left alone, so a console reads the answer of a newer server (which may say
// more of each engine) as far as it understands it.
void objectOf(const json& j, const std::string& path)
{
    if (!j.is_object()) {
        JsonRead::fail(path, "expected an object");
    }
}

FleetEntry engineOf(const json& e, const std::string& path)
{
    objectOf(e, path);
    const auto field = [&](const char* name) -> const json& { return JsonRead::required(e, path, name); };
    const auto at = [&](const char* name) { return JsonRead::field(path, name); };
    FleetEntry out;
    EngineSummary& s = out.summary;
    s.id = JsonRead::text(field("id"), at("id"), kMaxEngineText, false);
    s.host = JsonRead::text(field("host"), at("host"), kMaxEngineText, true);
    s.version = JsonRead::text(field("version"), at("version"), kMaxEngineText, true);
    s.startedAt = instantField(field("started_at"), at("started_at"));
    s.at = instantField(field("seen_at"), at("seen_at"));
    out.silent = JsonRead::boolean(field("silent"), at("silent"));
    s.decisionsPerSec = JsonRead::number(field("decisions_per_s"), at("decisions_per_s"), 0, 1e15);
    s.deniedPerSec = JsonRead::number(field("denied_per_s"), at("denied_per_s"), 0, 1e15);
    s.lagMs = JsonRead::number(field("lag_ms"), at("lag_ms"), 0, 1e15);
    s.activeKeys = static_cast<std::uint64_t>(JsonRead::whole(field("active_keys"), at("active_keys"), 0, 9e15));
    s.throttle = JsonRead::text(field("throttle"), at("throttle"), kMaxEngineText, true);
    if (e.contains("change_cursor")) {
        s.changeCursor = JsonRead::text(e.at("change_cursor"), at("change_cursor"), 64, true);
    }
    // From servers before the reputation figures: none.
    if (e.contains("vip_assignments")) {
        s.vipAssignments =
            static_cast<std::uint64_t>(JsonRead::whole(e.at("vip_assignments"), at("vip_assignments"), 0, 9e15));
    }
    if (e.contains("reputation")) {
        const json& reputation = e.at("reputation");
        const std::string reputationPath = at("reputation");
        objectOf(reputation, reputationPath);
        s.histogram = countsOf(JsonRead::required(reputation, reputationPath, "histogram"),
                               JsonRead::field(reputationPath, "histogram"), kHistogramBins);
        s.tiers = countsOf(JsonRead::required(reputation, reputationPath, "tiers"),
                           JsonRead::field(reputationPath, "tiers"), kReputationTierCount);
    }
    // From servers before the throttle's details and the load: automatic, ×1, nothing measured.
    if (e.contains("throttle_automatic")) {
        s.throttleAutomatic = JsonRead::boolean(e.at("throttle_automatic"), at("throttle_automatic"));
    }
    if (e.contains("throttle_multiplier")) {
        s.throttleMultiplier = JsonRead::number(e.at("throttle_multiplier"), at("throttle_multiplier"), 0, 1);
    }
    if (e.contains("load")) {
        const json& load = e.at("load");
        const std::string loadPath = at("load");
        objectOf(load, loadPath);
        // A reading that is not one counts as not measured, rather than keeping the console from the fleet.
        const auto signal = [&](const char* name, double& value) {
            const json* reading = load.contains(name) ? &load.at(name) : nullptr;
            if (reading != nullptr && reading->is_number() && std::isfinite(reading->get<double>()) &&
                reading->get<double>() >= 0 && reading->get<double>() <= kMaxLoadReading) {
                value = reading->get<double>();
            }
        };
        signal("cpu_percent", s.cpuPercent);
        signal("memory_percent", s.memoryPercent);
        signal("concurrency", s.concurrency);
    }
    // From servers before the denials by tier and key: none.
    if (e.contains("denied_by_tier_per_s")) {
        s.deniedByTierPerSec = tierRatesOf(e.at("denied_by_tier_per_s"), at("denied_by_tier_per_s"));
    }
    if (e.contains("top_denied")) {
        s.topDenied = topDeniedOf(e.at("top_denied"), at("top_denied"));
    }
    // From servers before the alerts: none.
    if (e.contains("alerts")) {
        s.alerts = alertsOf(e.at("alerts"), at("alerts"));
    }
    // From servers before the inbox: none.
    if (e.contains("inbox")) {
        s.inbox = inboxOf(e.at("inbox"), at("inbox"));
    }
    if (e.contains("unread_notifications")) {
        s.unreadNotifications = static_cast<std::uint64_t>(
            JsonRead::whole(e.at("unread_notifications"), at("unread_notifications"), 0, 9e15));
    }
    if (e.contains("unresolved_alerts")) {
        s.unresolvedAlerts =
            static_cast<std::uint64_t>(JsonRead::whole(e.at("unresolved_alerts"), at("unresolved_alerts"), 0, 9e15));
    }
    const json& redis = field("redis");
    const std::string redisPath = at("redis");
    objectOf(redis, redisPath);
    s.shared = JsonRead::boolean(JsonRead::required(redis, redisPath, "shared"), JsonRead::field(redisPath, "shared"));
    s.degraded =
        JsonRead::boolean(JsonRead::required(redis, redisPath, "degraded"), JsonRead::field(redisPath, "degraded"));
    s.nodesUp = static_cast<std::uint32_t>(JsonRead::whole(JsonRead::required(redis, redisPath, "nodes_up"),
                                                           JsonRead::field(redisPath, "nodes_up"), 0, 1e6));
    s.nodes = static_cast<std::uint32_t>(
        JsonRead::whole(JsonRead::required(redis, redisPath, "nodes"), JsonRead::field(redisPath, "nodes"), 0, 1e6));
    // From servers before scores were shared: neither.
    if (redis.contains("scores_shared")) {
        s.scoresShared = JsonRead::boolean(redis.at("scores_shared"), JsonRead::field(redisPath, "scores_shared"));
    }
    if (redis.contains("score_changes_alone")) {
        s.scoreChangesAlone = static_cast<std::uint64_t>(JsonRead::whole(
            redis.at("score_changes_alone"), JsonRead::field(redisPath, "score_changes_alone"), 0, 9e15));
    }
    return out;
}

}  // namespace

namespace {
// The numbers of dotted version `text`; nullopt when it is empty or a part is not a number.
std::optional<std::vector<unsigned long>> versionParts(const std::string& text)
{
    std::vector<unsigned long> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('.', start), text.size());
        const std::string part = text.substr(start, end - start);
        if (part.empty() || part.size() > 9 || part.find_first_not_of("0123456789") != std::string::npos) {
            return std::nullopt;
        }
        parts.push_back(std::stoul(part));
        start = end + 1;
    }
    return parts;
}
}  // namespace

bool versionReads(const std::string& version) { return versionParts(version).has_value(); }

bool versionBefore(const std::string& a, const std::string& b)
{
    const auto first = versionParts(a);
    const auto second = versionParts(b);
    return first && second && *first < *second;
}

FleetAnswer fleetAnswerOf(std::vector<FleetEntry> engines)
{
    FleetAnswer out;
    for (const FleetEntry& e : engines) {
        if (!e.silent) {
            ++out.answering;
            out.decisionsPerSec += e.summary.decisionsPerSec;
            out.degraded += e.summary.degraded ? 1 : 0;
            out.deniedPerSec += e.summary.deniedPerSec;
            out.activeKeys += e.summary.activeKeys;
            // Every engine holds the fleet's assignments: the most any engine holds, not their sum.
            out.vipAssignments = std::max(out.vipAssignments, e.summary.vipAssignments);
            addCounts(out.histogram, e.summary.histogram);
            addCounts(out.tiers, e.summary.tiers);
            out.unresolvedAlerts += e.summary.unresolvedAlerts;
            out.unreadNotifications += e.summary.unreadNotifications;
            // An engine from before the split counts its denials as standard, as the console draws them.
            out.deniedByTierPerSec.resize(kReputationTierCount);
            if (e.summary.deniedByTierPerSec.size() == out.deniedByTierPerSec.size()) {
                for (std::size_t t = 0; t < out.deniedByTierPerSec.size(); ++t) {
                    out.deniedByTierPerSec[t] += e.summary.deniedByTierPerSec[t];
                }
            } else {
                out.deniedByTierPerSec[static_cast<std::size_t>(ReputationTier::Standard)] += e.summary.deniedPerSec;
            }
        }
    }
    out.topDenied = mergedTopDenied(engines);
    out.alerts = mergedNewest(engines, &EngineSummary::alerts, &FleetAlert::alert, &AnomalyAlert::start,
                              FleetAnswer::kFleetAlerts);
    out.inbox = mergedNewest(engines, &EngineSummary::inbox, &FleetNote::note, &EngineSummary::InboxNote::at,
                             FleetAnswer::kFleetNotes);
    out.engines = std::move(engines);
    return out;
}

json encodeFleetAnswer(const FleetAnswer& answer)
{
    json alerts = json::array();
    for (const FleetAlert& a : answer.alerts) {
        if (auto entry = anomaly::readableAlertJson(a.alert, EngineSummary::kAlertKeys)) {
            (*entry)["engine"] = a.engine;
            alerts.push_back(std::move(*entry));
        }
    }
    json inbox = json::array();
    for (const FleetNote& n : answer.inbox) {
        json entry = notify::inboxNoteJson(n.note);
        entry["engine"] = n.engine;
        inbox.push_back(std::move(entry));
    }
    json engines = json::array();
    for (const FleetEntry& e : answer.engines) {
        const EngineSummary& s = e.summary;
        engines.push_back({{"id", s.id},
                           {"host", s.host},
                           {"version", s.version},
                           {"started_at", instantOrNull(s.startedAt)},
                           {"uptime_s", s.at > s.startedAt ? (s.at - s.startedAt) / kNsPerSec : 0},
                           {"seen_at", instantOrNull(s.at)},
                           {"silent", e.silent},
                           {"decisions_per_s", s.decisionsPerSec},
                           {"denied_per_s", s.deniedPerSec},
                           {"lag_ms", s.lagMs},
                           {"active_keys", s.activeKeys},
                           {"throttle", s.throttle},
                           {"redis",
                            {{"shared", s.shared},
                             {"degraded", s.degraded},
                             {"nodes_up", s.nodesUp},
                             {"nodes", s.nodes},
                             {"scores_shared", s.scoresShared},
                             {"score_changes_alone", s.scoreChangesAlone}}},
                           {"change_cursor", s.changeCursor},
                           {"reputation", {{"histogram", s.histogram}, {"tiers", s.tiers}}},
                           {"vip_assignments", s.vipAssignments},
                           {"denied_by_tier_per_s", s.deniedByTierPerSec},
                           {"top_denied", topDeniedJson(s.topDenied)},
                           {"alerts", alertsJson(s.alerts)},
                           {"unresolved_alerts", s.unresolvedAlerts},
                           {"inbox", inboxJson(s.inbox)},
                           {"unread_notifications", s.unreadNotifications},
                           {"throttle_automatic", s.throttleAutomatic},
                           {"throttle_multiplier", s.throttleMultiplier},
                           {"load",
                            {{"cpu_percent", measuredOrNull(s.cpuPercent)},
                             {"memory_percent", measuredOrNull(s.memoryPercent)},
                             {"concurrency", measuredOrNull(s.concurrency)}}}});
    }
    return json{{"engines", engines},
                {"totals",
                 {{"engines", answer.engines.size()},
                  {"answering", answer.answering},
                  {"decisions_per_s", answer.decisionsPerSec},
                  {"degraded", answer.degraded},
                  {"denied_per_s", answer.deniedPerSec},
                  {"active_keys", answer.activeKeys},
                  {"vip_assignments", answer.vipAssignments},
                  {"reputation", {{"histogram", answer.histogram}, {"tiers", answer.tiers}}},
                  {"denied_by_tier_per_s", answer.deniedByTierPerSec},
                  {"top_denied", topDeniedJson(answer.topDenied)},
                  {"unresolved_alerts", answer.unresolvedAlerts},
                  {"alerts", alerts},
                  {"unread_notifications", answer.unreadNotifications},
                  {"inbox", inbox}}}};
}

std::optional<FleetAnswer> decodeFleetAnswer(std::string_view text, std::string& error)
{
    try {
        const json j = JsonRead::parse(text, "");
        objectOf(j, "");
        const json& engines = JsonRead::required(j, "", "engines");
        if (!engines.is_array() || engines.size() > kMaxEngines) {
            JsonRead::fail("engines", "expected a list of at most 10000 engines");
        }
        std::vector<FleetEntry> out;
        for (std::size_t i = 0; i < engines.size(); ++i) {
            out.push_back(engineOf(engines[i], JsonRead::index("engines", i)));
        }
        // The totals are worked out again from the engines: one rule, whoever answered.
        return fleetAnswerOf(std::move(out));
    } catch (const JsonRead::Error& e) {
        error = e.message;
        return std::nullopt;
    }
}

}  // namespace sluice::engine::http
