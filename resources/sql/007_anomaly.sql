-- SPDX-License-Identifier: Apache-2.0
-- Schema 7. Anomaly detection: its alerts and what its detectors learned.
-- One row per alert (one alert per incident), rewritten as the alert changes: opened, grown, acknowledged,
-- resolved, responded to, its response undone. Times are engine time in Unix milliseconds (0 = not yet).
-- affected_keys is a JSON array of [key, requests], most requests first; response a JSON object saying what the
-- engine did on its own (throttle override, keys whose reputation was lowered, notification) and whether an admin
-- took it back.
CREATE TABLE anomaly_alerts (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL,
    metric            TEXT NOT NULL,
    confidence        REAL NOT NULL,
    start_at          INTEGER NOT NULL,
    end_at            INTEGER NOT NULL DEFAULT 0,
    last_anomalous_at INTEGER NOT NULL,
    value             REAL NOT NULL,
    expected          REAL NOT NULL,
    spread            REAL NOT NULL,
    affected_keys     TEXT NOT NULL DEFAULT '[]',
    state             TEXT NOT NULL CHECK (state IN ('open', 'acknowledged', 'resolved')),
    acknowledged_by   TEXT NOT NULL DEFAULT '',
    acknowledged_at   INTEGER NOT NULL DEFAULT 0,
    resolved_by       TEXT NOT NULL DEFAULT '',  -- empty: resolved automatically
    resolved_at       INTEGER NOT NULL DEFAULT 0,
    response          TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX anomaly_alerts_state ON anomaly_alerts (state) WHERE state <> 'resolved';

-- The detectors' learned baselines, one row per metric, in the detectors' own encoding; checkpointed on an
-- interval like key reputations and read back at start.
CREATE TABLE anomaly_baselines (
    metric     TEXT PRIMARY KEY,
    state      BLOB NOT NULL,
    updated_at INTEGER NOT NULL  -- Unix milliseconds, engine time
) WITHOUT ROWID;
