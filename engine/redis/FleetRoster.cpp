// SPDX-License-Identifier: Apache-2.0
#include "redis/FleetRoster.h"

#include "anomaly/AlertJson.h"
#include "core/JsonRead.h"
#include "notify/InboxNoteJson.h"
#include "redis/HashSlot.h"
#include "redis/JsonField.h"
#include "snapshot/Snapshot.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace sluice::engine::redis {

using json = nlohmann::json;

namespace {

constexpr int kSummaryVersion = 1;
constexpr std::size_t kMaxSummaryText = 255;

// Names of their own: unity builds put this file beside FleetChanges.cpp, which has readers too.
template <typename Number>
bool summaryNumber(const json& j, const char* name, Number& out)
{
    const auto it = j.find(name);
    if (it == j.end() || !it->is_number()) {
        return false;
    }
    const double value = it->get<double>();
    // Within the target type too: converting a double beyond it is undefined.
    if (!std::isfinite(value) || value < 0 || value > 9.0e18 ||
        value > static_cast<double>(std::numeric_limits<Number>::max())) {
        return false;
    }
    out = static_cast<Number>(value);
    return true;
}

// A list of exactly `size` counts; an empty list is none.
bool summaryCounts(const json& j, const char* name, int size, std::vector<std::uint64_t>& out)
{
    const json& list = j.at(name);
    if (!list.is_array() || (!list.empty() && list.size() != static_cast<std::size_t>(size))) {
        return false;
    }
    out.clear();
    for (const json& n : list) {
        // The bound the admin API's reader keeps too, so a summary taken here is one the console can read.
        if (!n.is_number_unsigned() || n.get<std::uint64_t>() > 9'000'000'000'000'000ULL) {
            return false;
        }
        out.push_back(n.get<std::uint64_t>());
    }
    return true;
}

// Denials a second by tier: exactly one rate per tier, or none.
bool summaryRates(const json& j, const char* name, std::vector<double>& out)
{
    const json& list = j.at(name);
    if (!list.is_array() || (!list.empty() && list.size() != static_cast<std::size_t>(kReputationTierCount))) {
        return false;
    }
    out.clear();
    for (const json& n : list) {
        if (!n.is_number() || !std::isfinite(n.get<double>()) || n.get<double>() < 0 || n.get<double>() > 1e15) {
            return false;
        }
        out.push_back(n.get<double>());
    }
    return true;
}

// The most denied keys as [key, denials] pairs, at most EngineSummary::kTopDenied of them. An entry that is not one
// is left out rather than the summary: one odd key must not hide its engine from the fleet.
bool summaryTopDenied(const json& j, std::vector<EngineSummary::DeniedKey>& out)
{
    const json& list = j.at("top_denied");
    if (!list.is_array() || list.size() > EngineSummary::kTopDenied) {
        return false;
    }
    out.clear();
    for (const json& pair : list) {
        if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() || !pair[1].is_number_unsigned() ||
            pair[1].get<std::uint64_t>() > 9'000'000'000'000'000ULL) {
            continue;
        }
        std::string key = pair[0].get<std::string>();
        if (!key.empty() && key.size() <= kMaxSummaryText) {
            out.push_back({std::move(key), pair[1].get<std::uint64_t>()});
        }
    }
    return true;
}

// CPU and memory in percent and requests in flight or queued, each -1 when not measured. A reading that is not
// one counts as not measured, rather than hiding the engine.
bool summaryLoad(const json& j, EngineSummary& s)
{
    const json& list = j.at("load");
    if (!list.is_array() || list.size() != 3) {
        return false;
    }
    std::array<double, 3> values{};
    for (std::size_t i = 0; i < values.size(); ++i) {
        const bool reading = list[i].is_number() && std::isfinite(list[i].get<double>()) &&
                             list[i].get<double>() >= 0 && list[i].get<double>() <= kMaxLoadReading;
        values[i] = reading ? list[i].get<double>() : -1;
    }
    s.cpuPercent = values[0];
    s.memoryPercent = values[1];
    s.concurrency = values[2];
    return true;
}

// A list of at most `max` entries; an entry `read` cannot take (an odd one, a kind a newer engine knows) is left out
// rather than the summary. Used for the alerts not resolved and the ops inbox.
template <typename Item, typename Read>
bool summaryEntries(const json& j, const char* name, std::size_t max, Read read, std::vector<Item>& out)
{
    const json& list = j.at(name);
    if (!list.is_array() || list.size() > max) {
        return false;
    }
    out.clear();
    for (const json& entry : list) {
        if (auto item = read(entry)) {
            out.push_back(std::move(*item));
        }
    }
    return true;
}

bool summaryAlerts(const json& j, std::vector<AnomalyAlert>& out)
{
    return summaryEntries(
        j, "alerts", EngineSummary::kAlerts,
        [](const json& e) { return anomaly::alertOf(e, EngineSummary::kAlertKeys); }, out);
}

bool summaryInbox(const json& j, std::vector<EngineSummary::InboxNote>& out)
{
    return summaryEntries(
        j, "inbox", EngineSummary::kInboxNotes, [](const json& e) { return notify::inboxNoteOf(e); }, out);
}

bool summaryFlag(const json& j, const char* name, bool& out)
{
    const auto it = j.find(name);
    if (it == j.end() || !it->is_boolean()) {
        return false;
    }
    out = it->get<bool>();
    return true;
}

}  // namespace

std::string encodeEngineSummary(const EngineSummary& s)
{
    json top = json::array();
    for (const EngineSummary::DeniedKey& e : s.topDenied) {
        top.push_back(json::array({e.key, e.denied}));
    }
    json inbox = json::array();
    for (const EngineSummary::InboxNote& n : s.inbox) {
        if (inbox.size() < EngineSummary::kInboxNotes) {
            inbox.push_back(notify::inboxNoteJson(n));
        }
    }
    json alerts = json::array();
    for (const AnomalyAlert& a : s.alerts) {
        // One a reader would refuse is left out here, so every engine lists the same.
        auto j = anomaly::readableAlertJson(a, EngineSummary::kAlertKeys);
        if (j && alerts.size() < EngineSummary::kAlerts) {
            alerts.push_back(std::move(*j));
        }
    }
    return json{{"v", kSummaryVersion},
                {"id", s.id},
                {"host", s.host},
                {"version", s.version},
                {"started_at_ns", s.startedAt},
                {"at_ns", s.at},
                {"decisions_per_s", s.decisionsPerSec},
                {"denied_per_s", s.deniedPerSec},
                {"lag_ms", s.lagMs},
                {"active_keys", s.activeKeys},
                {"throttle", s.throttle},
                {"shared", s.shared},
                {"degraded", s.degraded},
                {"nodes_up", s.nodesUp},
                {"nodes", s.nodes},
                {"scores_shared", s.scoresShared},
                {"score_changes_alone", s.scoreChangesAlone},
                {"change_cursor", s.changeCursor},
                {"histogram", s.histogram},
                {"tiers", s.tiers},
                {"vip", s.vipAssignments},
                {"denied_by_tier", s.deniedByTierPerSec},
                {"throttle_auto", s.throttleAutomatic},
                {"throttle_mult", s.throttleMultiplier},
                {"load", {s.cpuPercent, s.memoryPercent, s.concurrency}},
                {"top_denied", top},
                {"alerts", alerts},
                {"unresolved_alerts", s.unresolvedAlerts},
                {"inbox", inbox},
                {"unread_notifications", s.unreadNotifications}}
        .dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<EngineSummary> decodeEngineSummary(std::string_view text)
{
    json j;
    try {
        j = JsonRead::parse(text, "");
    } catch (const JsonRead::Error&) {
        return std::nullopt;
    }
    EngineSummary s;
    int version = 0;
    const bool ok =
        j.is_object() && summaryNumber(j, "v", version) && version == kSummaryVersion &&
        textField(j, "id", kMaxSummaryText, s.id) && !s.id.empty() && textField(j, "host", kMaxSummaryText, s.host) &&
        textField(j, "version", kMaxSummaryText, s.version) && summaryNumber(j, "started_at_ns", s.startedAt) &&
        summaryNumber(j, "at_ns", s.at) && summaryNumber(j, "decisions_per_s", s.decisionsPerSec) &&
        summaryNumber(j, "denied_per_s", s.deniedPerSec) && summaryNumber(j, "lag_ms", s.lagMs) &&
        summaryNumber(j, "active_keys", s.activeKeys) && textField(j, "throttle", kMaxSummaryText, s.throttle) &&
        summaryFlag(j, "shared", s.shared) && summaryFlag(j, "degraded", s.degraded) &&
        summaryNumber(j, "nodes_up", s.nodesUp) && summaryNumber(j, "nodes", s.nodes);
    // Summaries from before the change log have no cursor, and from before the reputation figures, the denials by
    // tier and key, the alerts or the inbox none of those.
    if (!ok || (j.contains("change_cursor") && !textField(j, "change_cursor", kMaxSummaryText, s.changeCursor)) ||
        (j.contains("scores_shared") && !summaryFlag(j, "scores_shared", s.scoresShared)) ||
        (j.contains("score_changes_alone") && !summaryNumber(j, "score_changes_alone", s.scoreChangesAlone)) ||
        (j.contains("histogram") && !summaryCounts(j, "histogram", kHistogramBins, s.histogram)) ||
        (j.contains("tiers") && !summaryCounts(j, "tiers", kReputationTierCount, s.tiers)) ||
        (j.contains("vip") && !summaryNumber(j, "vip", s.vipAssignments)) ||
        (j.contains("denied_by_tier") && !summaryRates(j, "denied_by_tier", s.deniedByTierPerSec)) ||
        (j.contains("top_denied") && !summaryTopDenied(j, s.topDenied)) ||
        (j.contains("throttle_auto") && !summaryFlag(j, "throttle_auto", s.throttleAutomatic)) ||
        (j.contains("throttle_mult") &&
         (!summaryNumber(j, "throttle_mult", s.throttleMultiplier) || s.throttleMultiplier > 1.0)) ||
        (j.contains("load") && !summaryLoad(j, s)) || (j.contains("alerts") && !summaryAlerts(j, s.alerts)) ||
        (j.contains("unresolved_alerts") && !summaryNumber(j, "unresolved_alerts", s.unresolvedAlerts)) ||
        (j.contains("inbox") && !summaryInbox(j, s.inbox)) ||
        (j.contains("unread_notifications") && !summaryNumber(j, "unread_notifications", s.unreadNotifications))) {
        return std::nullopt;
    }
    return s;
}

FleetRoster::FleetRoster(Options options, std::string id, Summarize summarize, std::function<TimeNs()> now)
    : m_options(std::move(options)), m_id(std::move(id)), m_key(m_options.prefix + ":fleet"),
      m_summarize(std::move(summarize)), m_now(std::move(now)), m_thread([this] { run(); })
{
}

FleetRoster::~FleetRoster()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

std::vector<FleetEntry> FleetRoster::engines() const
{
    std::lock_guard lock(m_mutex);
    return m_engines;
}

std::string FleetRoster::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_lastError;
}

void FleetRoster::run()
{
    // The client is made on this thread, which alone uses it.
    std::unique_ptr<RedisClient> client;
    if (!m_options.redis.seeds.empty()) {
        client = std::make_unique<RedisClient>(m_options.redis);
    }
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        lock.unlock();
        round(client.get());
        lock.lock();
        m_wake.wait_for(lock, m_options.every, [this] { return m_stop; });
    }
}

void FleetRoster::round(RedisClient* client)
{
    EngineSummary own = m_summarize();
    own.id = m_id;
    const TimeNs now = m_now();
    own.at = now;
    std::vector<FleetEntry> engines;
    std::string error;
    if (client != nullptr) {
        const std::string text = encodeEngineSummary(own);
        const std::uint16_t slot = hashSlot(m_key);
        std::array<RedisCall, 2> calls{};
        calls[0].slot = slot;
        calls[0].args = {"HSET", m_key, m_id, text};
        calls[0].argc = 4;
        calls[1].slot = slot;
        calls[1].args = {"HGETALL", m_key};
        calls[1].argc = 2;
        client->run(calls);
        std::vector<std::string> forgotten;
        const RedisCall& all = calls[1];
        if (all.outcome != RedisCall::Outcome::Answered || all.reply.isError()) {
            error = all.outcome == RedisCall::Outcome::Answered ? all.reply.text : all.error;
        } else {
            const auto& items = all.reply.elements;
            for (std::size_t i = 0; i + 1 < items.size(); i += 2) {
                const auto summary = decodeEngineSummary(items[i + 1].text);
                if (!summary || summary->id != items[i].text) {
                    continue;  // not a summary of ours: left alone
                }
                const TimeNs age = now - summary->at;
                if (age > std::chrono::duration_cast<std::chrono::nanoseconds>(m_options.forgetAfter).count()) {
                    forgotten.push_back(summary->id);
                } else if (summary->id != m_id) {
                    const bool silent =
                        age > std::chrono::duration_cast<std::chrono::nanoseconds>(m_options.silentAfter).count();
                    engines.push_back(FleetEntry{*summary, silent});
                }
            }
        }
        for (const std::string& id : forgotten) {
            std::array<RedisCall, 1> remove{};
            remove[0].slot = slot;
            remove[0].args = {"HDEL", m_key, id};
            remove[0].argc = 3;
            client->run(remove);
        }
    }
    // This engine as it is now, whether or not Redis could be reached.
    engines.push_back(FleetEntry{std::move(own), false});
    std::sort(engines.begin(), engines.end(),
              [](const FleetEntry& a, const FleetEntry& b) { return a.summary.id < b.summary.id; });
    std::lock_guard lock(m_mutex);
    m_engines = std::move(engines);
    m_lastError = std::move(error);
}

}  // namespace sluice::engine::redis
