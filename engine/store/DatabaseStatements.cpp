// SPDX-License-Identifier: Apache-2.0
#include "store/DatabaseStatements.h"

#include <sqlite3.h>

#include <initializer_list>
#include <utility>

namespace sluice::engine::store {

namespace {
int prepareAll(std::initializer_list<std::pair<Statement*, const char*>> all, sqlite3* db, const char*& failedSql)
{
    for (const auto& [statement, sql] : all) {
        if (const int rc = statement->prepare(db, sql); rc != SQLITE_OK) {
            failedSql = sql;
            return rc;
        }
    }
    return SQLITE_OK;
}
}  // namespace

int Database::Statements::prepareReads(sqlite3* db, const char*& failedSql)
{
    return prepareAll(
        {
            // DEFERRED: a read transaction gives load() one consistent snapshot without blocking writers.
            {&beginRead, "BEGIN DEFERRED"},
            {&commit, "COMMIT"},
            {&rollback, "ROLLBACK"},
            {&selectKeys, "SELECT key, score, tier, clean_allowed, updated_at FROM keys ORDER BY key"},
            {&selectVipTiers, "SELECT name, multiplier FROM vip_tiers ORDER BY name"},
            {&selectVipUsers,
             "SELECT key, tier, expires_at, notes, assigned_by, assigned_at FROM vip_users ORDER BY key"},
            {&selectVipWarned, "SELECT DISTINCT u.key FROM vip_users u JOIN vip_events e ON e.key = u.key "
                               "WHERE e.kind = 'vip_expiring' AND e.at >= u.assigned_at ORDER BY u.key"},
            {&selectSettings, "SELECT name, value FROM settings ORDER BY name"},
        },
        db, failedSql);
}

int Database::Statements::prepareAnomalyReads(sqlite3* db, const char*& failedSql)
{
    return prepareAll(
        {
            // Every alert still open, and the most recent others: the engine keeps no more in memory.
            {&selectAlerts,
             "SELECT id, kind, metric, confidence, start_at, end_at, last_anomalous_at, value, expected, spread, "
             "affected_keys, state, acknowledged_by, acknowledged_at, resolved_by, resolved_at, response "
             "FROM anomaly_alerts WHERE state <> 'resolved' OR id IN "
             "(SELECT id FROM anomaly_alerts ORDER BY id DESC LIMIT ?1) ORDER BY id"},
            {&selectBaselines, "SELECT metric, state FROM anomaly_baselines ORDER BY metric"},
        },
        db, failedSql);
}

int Database::Statements::prepare(sqlite3* db, const char*& failedSql)
{
    if (const int rc = prepareReads(db, failedSql); rc != SQLITE_OK) {
        return rc;
    }
    // Times are Unix milliseconds in SQL; the Database converts from and to TimeNs.
    return prepareAll(
        {
            {&begin, "BEGIN IMMEDIATE"},
            {&insertReputationEvent,
             "INSERT INTO reputation_events (at, key, kind, severity, score_before, score_after, "
             "tier_before, tier_after) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"},
            {&insertVipEvent, "INSERT INTO vip_events (at, key, kind, tier) VALUES (?1, ?2, ?3, ?4)"},
            {&insertThrottleEvent,
             "INSERT INTO throttle_events (at, level, previous_level, reason, multiplier, cpu_percent, "
             "memory_percent, concurrency, automatic, actor) "
             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"},
            {&closeThrottlePeriod, "UPDATE throttle_events SET ended_at = ?1 WHERE ended_at IS NULL"},
            {&upsertKey, "INSERT INTO keys (key, score, tier, clean_allowed, updated_at) VALUES (?1, ?2, ?3, ?4, ?5) "
                         "ON CONFLICT (key) DO UPDATE SET score = excluded.score, tier = excluded.tier, "
                         "clean_allowed = excluded.clean_allowed, updated_at = excluded.updated_at"},

            {&upsertVipTier, "INSERT INTO vip_tiers (name, multiplier) VALUES (?1, ?2) "
                             "ON CONFLICT (name) DO UPDATE SET multiplier = excluded.multiplier"},
            {&countTierUsers, "SELECT count(*) FROM vip_users WHERE tier = ?1"},
            {&deleteVipTier, "DELETE FROM vip_tiers WHERE name = ?1"},
            {&tierExists, "SELECT 1 FROM vip_tiers WHERE name = ?1"},
            {&upsertVipUser, "INSERT INTO vip_users (key, tier, expires_at, notes, assigned_by, assigned_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (key) DO UPDATE SET tier = excluded.tier, "
                             "expires_at = excluded.expires_at, notes = excluded.notes, "
                             "assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at"},
            {&deleteVipUser, "DELETE FROM vip_users WHERE key = ?1"},
            {&deleteExpiredVipUser, "DELETE FROM vip_users WHERE key = ?1 AND expires_at = ?2"},
            {&upsertSetting, "INSERT INTO settings (name, value) VALUES (?1, ?2) "
                             "ON CONFLICT (name) DO UPDATE SET value = excluded.value"},
            {&insertAudit, "INSERT INTO audit_log (at, actor, action, target, before, after, reason, engine_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"},
            {&upsertAlert,
             "INSERT INTO anomaly_alerts (id, kind, metric, confidence, start_at, end_at, last_anomalous_at, value, "
             "expected, spread, affected_keys, state, acknowledged_by, acknowledged_at, resolved_by, resolved_at, "
             "response) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) "
             "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, metric = excluded.metric, "
             "confidence = excluded.confidence, start_at = excluded.start_at, end_at = excluded.end_at, "
             "last_anomalous_at = excluded.last_anomalous_at, value = excluded.value, expected = excluded.expected, "
             "spread = excluded.spread, affected_keys = excluded.affected_keys, state = excluded.state, "
             "acknowledged_by = excluded.acknowledged_by, acknowledged_at = excluded.acknowledged_at, "
             "resolved_by = excluded.resolved_by, resolved_at = excluded.resolved_at, response = excluded.response"},
            {&upsertBaseline, "INSERT INTO anomaly_baselines (metric, state, updated_at) VALUES (?1, ?2, ?3) "
                              "ON CONFLICT (metric) DO UPDATE SET state = excluded.state, "
                              "updated_at = excluded.updated_at"},
        },
        db, failedSql);
}

}  // namespace sluice::engine::store
