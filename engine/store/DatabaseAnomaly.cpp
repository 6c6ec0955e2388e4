// SPDX-License-Identifier: Apache-2.0
// The anomaly side of Database: alert rows and the detectors' baselines (schema 7).
#include "store/Database.h"

#include "core/AnomalyNames.h"
#include "store/DatabaseStatements.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace sluice::engine::store {

namespace {
using nlohmann::json;

// The first schema with the anomaly tables.
constexpr int kAnomalySchema = 7;

// Engine times are Unix milliseconds up to the year 2286; anything else in a row is damage and reads as 0 (not yet),
// never as an overflowing product.
constexpr std::int64_t kMaxMs = 10'000'000'000'000;
// A stored instant out of any sensible range reads as 0 (unknown) rather than overflowing.
TimeNs fromStoredMs(std::int64_t ms) { return ms >= 0 && ms <= kMaxMs ? ms * kNsPerMs : 0; }
// A JSON number within [low, high], else the fallback: converting an out-of-range double is undefined behaviour.
template <typename T>
T numberIn(const json& v, T low, T high, T fallback)
{
    if (v.is_number_integer()) {
        if (v.is_number_unsigned()) {
            const auto u = v.get<std::uint64_t>();
            const bool inRange = static_cast<double>(u) >= static_cast<double>(low) &&
                                 static_cast<double>(u) <= static_cast<double>(high);
            return inRange ? static_cast<T>(u) : fallback;
        }
        const auto i = v.get<std::int64_t>();
        return i >= static_cast<std::int64_t>(low) && i <= static_cast<std::int64_t>(high) ? static_cast<T>(i)
                                                                                           : fallback;
    }
    if (v.is_number_float()) {
        const double d = v.get<double>();
        return d >= static_cast<double>(low) && d <= static_cast<double>(high) ? static_cast<T>(d) : fallback;
    }
    return fallback;
}

// Keys and actors come from traffic and admins: bytes that are not UTF-8 are written as U+FFFD, never thrown on.
std::string written(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string keysColumn(const std::vector<std::pair<std::string, std::uint64_t>>& keys)
{
    json out = json::array();
    for (const auto& [key, requests] : keys) {
        out.push_back(json::array({key, requests}));
    }
    return written(out);
}

std::string responseColumn(const AlertResponse& r)
{
    json keys = json::array();
    for (std::size_t i = 0; i < r.keysLowered.size(); ++i) {
        const double points = i < r.pointsTaken.size() ? r.pointsTaken[i] : r.reputationPenalty;
        keys.push_back(json::array({r.keysLowered[i], points}));
    }
    return written(json{{"throttle_raised", r.throttleRaised},
                        {"throttle_level", std::string(nameOf(r.throttleLevel))},
                        {"throttle_until_ms", toUnixMs(r.throttleUntil)},
                        {"keys_lowered", keys},
                        {"reputation_penalty", r.reputationPenalty},
                        {"notified", r.notified},
                        {"undone", r.undone},
                        {"undone_by", r.undoneBy},
                        {"undone_at_ms", toUnixMs(r.undoneAt)}});
}

// Our own rows read back. A hand-edited or damaged value (of another type, or out of its range) leaves its field at
// the default rather than failing the whole load: an alert's history is worth more than one field of it.
template <typename T>
T field(const json& j, const char* name, T fallback)
{
    if (!j.is_object() || !j.contains(name)) {
        return fallback;
    }
    const json& v = j.at(name);
    if constexpr (std::is_same_v<T, bool>) {
        return v.is_boolean() ? v.get<bool>() : fallback;
    } else if constexpr (std::is_same_v<T, std::string>) {
        return v.is_string() ? v.get<std::string>() : fallback;
    } else if constexpr (std::is_same_v<T, std::int64_t>) {
        return numberIn<std::int64_t>(v, 0, kMaxMs, fallback);
    } else {
        return numberIn<T>(v, T(0), T(100), fallback);  // points of reputation
    }
}

std::vector<std::pair<std::string, std::uint64_t>> keysFrom(const std::string& text)
{
    std::vector<std::pair<std::string, std::uint64_t>> out;
    const json j = json::parse(text, nullptr, false);
    if (!j.is_array()) {
        return out;
    }
    for (const json& item : j) {
        if (item.is_array() && item.size() == 2 && item[0].is_string() && item[1].is_number_unsigned()) {
            out.emplace_back(item[0].get<std::string>(), item[1].get<std::uint64_t>());
        }
    }
    return out;
}

AlertResponse responseFrom(const std::string& text)
{
    AlertResponse r;
    const json j = json::parse(text, nullptr, false);
    if (!j.is_object()) {
        return r;
    }
    r.throttleRaised = field(j, "throttle_raised", false);
    parseThrottleLevel(field(j, "throttle_level", std::string("none")), r.throttleLevel);
    r.throttleUntil = fromStoredMs(field<std::int64_t>(j, "throttle_until_ms", 0));
    if (j.contains("keys_lowered") && j.at("keys_lowered").is_array()) {
        for (const json& item : j.at("keys_lowered")) {
            if (item.is_array() && item.size() == 2 && item[0].is_string() && item[1].is_number()) {
                r.keysLowered.push_back(item[0].get<std::string>());
                r.pointsTaken.push_back(numberIn<float>(item[1], 0.0F, 100.0F, 0.0F));  // undo gives these back
            }
        }
    }
    r.reputationPenalty = field(j, "reputation_penalty", 0.0F);
    r.notified = field(j, "notified", false);
    r.undone = field(j, "undone", false);
    r.undoneBy = field(j, "undone_by", std::string());
    r.undoneAt = fromStoredMs(field<std::int64_t>(j, "undone_at_ms", 0));
    return r;
}

AnomalyAlert alertFrom(const Statement& row)
{
    AnomalyAlert a;
    a.id = static_cast<std::uint64_t>(row.columnInt64(0));
    a.kind = parseAnomalyKind(row.columnText(1)).value_or(AnomalyKind::Spike);
    a.metric = row.columnText(2);
    a.confidence = row.columnDouble(3);
    a.start = fromStoredMs(row.columnInt64(4));
    a.end = fromStoredMs(row.columnInt64(5));
    a.lastAnomalous = fromStoredMs(row.columnInt64(6));
    a.value = row.columnDouble(7);
    a.expected = row.columnDouble(8);
    a.spread = row.columnDouble(9);
    a.affectedKeys = keysFrom(row.columnText(10));
    a.state = parseAlertState(row.columnText(11)).value_or(AlertState::Open);
    a.acknowledgedBy = row.columnText(12);
    a.acknowledgedAt = fromStoredMs(row.columnInt64(13));
    a.resolvedBy = row.columnText(14);
    a.resolvedAt = fromStoredMs(row.columnInt64(15));
    a.response = responseFrom(row.columnText(16));
    return a;
}
}  // namespace

std::optional<StoreError> Database::upsertAlert(const AnomalyAlert& a)
{
    Statement& statement = m_statements->upsertAlert;
    auto scope = statement.scope();
    statement.bind(1, static_cast<std::int64_t>(a.id));
    statement.bind(2, nameOf(a.kind));
    statement.bind(3, a.metric);
    statement.bind(4, a.confidence);
    statement.bind(5, toUnixMs(a.start));
    statement.bind(6, toUnixMs(a.end));
    statement.bind(7, toUnixMs(a.lastAnomalous));
    statement.bind(8, a.value);
    statement.bind(9, a.expected);
    statement.bind(10, a.spread);
    statement.bind(11, keysColumn(a.affectedKeys));
    statement.bind(12, nameOf(a.state));
    statement.bind(13, a.acknowledgedBy);
    statement.bind(14, toUnixMs(a.acknowledgedAt));
    statement.bind(15, a.resolvedBy);
    statement.bind(16, toUnixMs(a.resolvedAt));
    statement.bind(17, responseColumn(a.response));
    return statement.step() == SQLITE_DONE ? std::nullopt : std::optional(sqlError("write an anomaly alert to"));
}

std::optional<StoreError> Database::writeAlerts(const std::vector<AlertWrite>& writes)
{
    for (const AlertWrite& write : writes) {
        if (auto error = upsertAlert(write.alert)) {
            return error;
        }
        for (const auto& [name, value] : write.settings) {
            if (auto error = applyOne(PutSetting{name, value})) {
                return error;
            }
        }
        for (const AuditEntry& audit : write.audits) {
            if (auto error = insertAudit(audit)) {
                return error;
            }
        }
    }
    return std::nullopt;
}

std::optional<StoreError> Database::upsertBaselines(const std::vector<std::pair<std::string, std::string>>& rows,
                                                    TimeNs at)
{
    Statement& statement = m_statements->upsertBaseline;
    for (const auto& [metric, state] : rows) {
        auto scope = statement.scope();
        statement.bind(1, metric);
        statement.bindBlob(2, state);
        statement.bind(3, toUnixMs(at));
        if (statement.step() != SQLITE_DONE) {
            return sqlError("write anomaly baselines to");
        }
    }
    return std::nullopt;
}

std::optional<StoreError> Database::loadAnomalyInto(PersistedState& state)
{
    if (m_schemaVersion < kAnomalySchema) {
        return std::nullopt;  // a read-only look at an older file: it has no alerts yet
    }
    Statements& s = *m_statements;
    if (!s.selectAlerts) {
        const char* failedSql = nullptr;
        if (s.prepareAnomalyReads(m_db, failedSql) != SQLITE_OK) {
            return sqlError("prepare reading");
        }
    }
    {
        auto scope = s.selectAlerts.scope();
        s.selectAlerts.bind(1, static_cast<std::int64_t>(kRecentAlertsKept));
        int rc = SQLITE_ROW;
        while ((rc = s.selectAlerts.step()) == SQLITE_ROW) {
            if (s.selectAlerts.columnInt64(0) > 0) {  // ids start at 1; a damaged one would break the book's order
                state.alerts.push_back(alertFrom(s.selectAlerts));
            }
        }
        if (rc != SQLITE_DONE) {
            return sqlError("read");
        }
    }
    auto scope = s.selectBaselines.scope();
    int rc = SQLITE_ROW;
    while ((rc = s.selectBaselines.step()) == SQLITE_ROW) {
        state.anomalyBaselines.emplace_back(s.selectBaselines.columnText(0), s.selectBaselines.columnBlob(1));
    }
    return rc == SQLITE_DONE ? std::nullopt : std::optional(sqlError("read"));
}

}  // namespace sluice::engine::store
