// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "StoreTestSupport.h"
#include "store/Database.h"

#include <string>

// A database with one known day of history for the report tests (engine, console and command), written with
// plain SQL as any earlier Sluice would have left it. Each section has rows just outside the day too, which a
// report of the day must leave out.
namespace sluice::engine::report::testing {

// 2026-11-30T00:00:00Z, and the day after it.
inline constexpr TimeNs kDayStart = 1'795'996'800'000LL * kNsPerMs;
inline constexpr TimeNs kDayEnd = kDayStart + 24 * 3600 * kNsPerSec;

// What a report of [kDayStart, kDayEnd) must say.
inline constexpr std::uint64_t kAllowed = 1439 * 100 + 1000;
inline constexpr std::uint64_t kDenied = 1439 * 10 + 500;
inline constexpr std::uint64_t kPeak = 70;
inline constexpr std::uint64_t kPeakDenied = 40;
inline constexpr std::uint64_t kViolations = 9;      // =evil 5, bot-2 3, bot-3 1
inline constexpr double kSecondsNone = 23.5 * 3600;  // 01:00 before, 22:30 after the high period
inline constexpr double kSecondsHigh = 1800;
// Cells a spreadsheet would take for formulas: a VIP key, a denied key and a flag change's reason.
inline constexpr const char* kFormulaKey = "=cmd|calc!A0";
inline constexpr const char* kFormulaDeniedKey = "=evil";
inline constexpr const char* kFormulaReason = "@SUM(1+1)";

inline std::string ms(TimeNs t) { return std::to_string(toUnixMs(t)); }
inline std::string at(double hours) { return ms(kDayStart + static_cast<TimeNs>(hours * 3600.0 * 1e9)); }

// Creates the database at `path` (a new file) and fills it. Returns false when SQLite refused a statement.
inline bool seedReportDatabase(const std::string& path)
{
    {
        store::StoreError error;
        if (!store::Database::open(path, error)) {
            return false;
        }
    }
    const auto db = store::testing::openRaw(path);
    std::string sql = "BEGIN;";
    // Traffic: 100 allowed and 10 denied a minute all day, one busy minute at 10:00, and a huge minute the day
    // before.
    for (int minute = 0; minute < 1440; ++minute) {
        const bool busy = minute == 600;
        sql += "INSERT INTO traffic_minutes (minute, allowed_standard, denied_flagged, peak_total, peak_denied) "
               "VALUES (" +
               ms(kDayStart + minute * kNsPerMin) + ", " + (busy ? "1000, 500, 70, 40" : "100, 10, 2, 1") + ");";
    }
    sql += "INSERT INTO traffic_minutes (minute, allowed_standard, denied_standard, peak_total) VALUES (" + at(-1) +
           ", 999999, 999999, 99999);";
    sql += "INSERT INTO keys (key, score, tier, updated_at) VALUES ('=evil', 15, 0, 0), ('bot-2', 55, 1, 0), "
           "('bot-3', 95, 2, 0);";
    for (int i = 0; i < 5; ++i) {
        sql += "INSERT INTO reputation_events (at, key, kind, severity) VALUES (" + at(1 + i * 0.1) +
               ", '=evil', 'violation', 3);";
    }
    for (int i = 0; i < 3; ++i) {
        sql += "INSERT INTO reputation_events (at, key, kind, severity) VALUES (" + at(2 + i * 0.1) +
               ", 'bot-2', 'violation', 2);";
    }
    sql += "INSERT INTO reputation_events (at, key, kind, severity) VALUES (" + at(3) + ", 'bot-3', 'violation', 1);";
    sql += "INSERT INTO reputation_events (at, key, kind, severity) VALUES (" + at(-2) + ", 'bot-3', 'violation', 1);";
    sql += "INSERT INTO reputation_events (at, key, kind, tier_before, tier_after) VALUES (" + at(1.5) +
           ", '=evil', 'tier_changed', 'standard', 'flagged'), (" + at(2.5) +
           ", 'bot-2', 'tier_changed', 'standard', 'flagged');";
    // Throttle: none from the day before until 01:00, high (x0.4) until 01:30, none since.
    sql += "INSERT INTO throttle_events (at, level, multiplier, automatic, reason, ended_at) VALUES (" + at(-1) +
           ", 'none', 1.0, 1, 'engine started', " + at(1) + "), (" + at(1) + ", 'high', 0.4, 1, 'CPU at 91 %', " +
           at(1.5) + ");";
    sql += "INSERT INTO throttle_events (at, level, multiplier, automatic, reason) VALUES (" + at(1.5) +
           ", 'none', 1.0, 1, 'calm for 30 s');";
    // Alerts: one in the day, one still open, one the day before.
    sql += "INSERT INTO anomaly_alerts (kind, metric, confidence, start_at, end_at, last_anomalous_at, value, "
           "expected, spread, state) VALUES ('spike', 'requests', 0.9, " +
           at(2) + ", " + at(3) + ", " + at(3) + ", 100, 10, 1, 'resolved'), ('spike', 'denials', 0.8, " + at(20) +
           ", 0, " + at(20) + ", 50, 5, 1, 'open'), ('spike', 'requests', 0.7, " + at(-48) + ", " + at(-24) + ", " +
           at(-24) + ", 1, 1, 1, 'resolved');";
    sql += "INSERT INTO notifications (id, type, recipient, created_at, severity, title, body) VALUES "
           "(1, 'throttle_change', 'ops', " +
           at(1) + ", 1, 't', 'b'), (2, 'throttle_change', 'ops', " + at(1.5) +
           ", 1, 't', 'b'), (3, 'anomaly_alert', 'ops', " + at(2) + ", 2, 't', 'b'), (4, 'anomaly_alert', 'ops', " +
           at(-30) + ", 2, 't', 'b');";
    sql += "INSERT INTO notification_deliveries (notification_id, channel, state, created_at) VALUES "
           "(1, 'email', 'sent', 0), (2, 'email', 'sent', 0), (3, 'webhook', 'failed', 0), (4, 'email', 'sent', 0);";
    sql += std::string("INSERT INTO vip_events (at, key, kind, tier) VALUES (") + at(5) + ", '" + kFormulaKey +
           "', 'vip_assigned', 'gold'), (" + at(6) + ", '" + kFormulaKey + "', 'vip_revoked', NULL), (" + at(-5) +
           ", 'old', 'vip_assigned', 'silver');";
    sql += "INSERT INTO audit_log (at, engine_at, actor, action, target, reason) VALUES (0, " + at(7) +
           ", 'ann', 'flag.put', 'checkout', '" + kFormulaReason + "'), (0, " + at(8) +
           ", 'bob', 'vip.assign', 'x', ''), (0, " + at(-3) + ", 'eve', 'vip.assign', 'y', '');";
    sql += "COMMIT;";
    return store::testing::execRaw(db, sql.c_str()) == SQLITE_OK;
}

}  // namespace sluice::engine::report::testing
