// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Database.h"
#include "store/Statement.h"

namespace sluice::engine::store {

// Every statement the Database runs more than once, prepared once after the migrations. Internal to the store.
struct Database::Statements {
    Statement begin;
    Statement beginRead;
    Statement commit;
    Statement rollback;

    Statement insertReputationEvent;
    Statement insertVipEvent;
    Statement insertThrottleEvent;
    Statement closeThrottlePeriod;
    Statement upsertKey;

    Statement selectKeys;
    Statement selectVipTiers;
    Statement selectVipUsers;
    Statement selectVipWarned;
    Statement selectSettings;

    Statement upsertVipTier;
    Statement countTierUsers;
    Statement deleteVipTier;
    Statement tierExists;
    Statement upsertVipUser;
    Statement deleteVipUser;
    Statement deleteExpiredVipUser;
    Statement upsertSetting;
    Statement insertAudit;

    // Anomaly detection (schema 7). The reads are prepared on the first load of a database that has the tables,
    // so a read-only look at an older file still works.
    Statement upsertAlert;
    Statement upsertBaseline;
    Statement selectAlerts;
    Statement selectBaselines;

    // Returns SQLITE_OK or the first failure; `failedSql` then points at the statement that failed.
    int prepare(sqlite3* db, const char*& failedSql);
    // Only what load() runs (a read-only connection prepares nothing else): the same returns.
    int prepareReads(sqlite3* db, const char*& failedSql);
    int prepareAnomalyReads(sqlite3* db, const char*& failedSql);
};

}  // namespace sluice::engine::store
