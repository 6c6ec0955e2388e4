-- SPDX-License-Identifier: Apache-2.0
-- Schema 1. Times are INTEGER Unix milliseconds. Applied inside the migration transaction, which also
-- sets PRAGMA user_version, so a half-applied schema can never be left behind.

-- The persisted reputation of each key; the engine keeps the hot copy in memory.
CREATE TABLE keys (
    key           TEXT PRIMARY KEY,
    score         REAL NOT NULL,
    tier          INTEGER NOT NULL,  -- ReputationTier: 0 flagged, 1 standard, 2 trusted
    clean_allowed INTEGER NOT NULL DEFAULT 0,
    updated_at    INTEGER NOT NULL
) WITHOUT ROWID;

-- Violations and reputation tier changes (EventKind violation / tier_changed).
CREATE TABLE reputation_events (
    id           INTEGER PRIMARY KEY,
    at           INTEGER NOT NULL,
    key          TEXT NOT NULL,
    kind         TEXT NOT NULL,
    severity     INTEGER NOT NULL DEFAULT 0,
    score_before REAL,
    score_after  REAL,
    tier_before  TEXT,
    tier_after   TEXT
);
CREATE INDEX reputation_events_key_at ON reputation_events (key, at);

CREATE TABLE vip_tiers (
    name       TEXT PRIMARY KEY,
    multiplier REAL NOT NULL CHECK (multiplier > 0)
);

CREATE TABLE vip_users (
    key         TEXT PRIMARY KEY,
    tier        TEXT NOT NULL REFERENCES vip_tiers (name),
    expires_at  INTEGER,  -- NULL = never expires
    notes       TEXT NOT NULL DEFAULT '',
    assigned_by TEXT NOT NULL DEFAULT '',
    assigned_at INTEGER NOT NULL
);
CREATE INDEX vip_users_tier ON vip_users (tier);

-- VIP history (EventKind vip_assigned / vip_revoked / vip_expired).
CREATE TABLE vip_events (
    id   INTEGER PRIMARY KEY,
    at   INTEGER NOT NULL,
    key  TEXT NOT NULL,
    kind TEXT NOT NULL,
    tier TEXT
);
CREATE INDEX vip_events_key_at ON vip_events (key, at);

-- Global throttle level changes (EventKind throttle_changed).
CREATE TABLE throttle_events (
    id             INTEGER PRIMARY KEY,
    at             INTEGER NOT NULL,
    level          TEXT NOT NULL,
    previous_level TEXT,
    reason         TEXT
);

-- Console and engine settings; values are JSON text.
CREATE TABLE settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The VIP tiers a new installation starts with; admins edit the catalog from there.
INSERT INTO vip_tiers (name, multiplier) VALUES ('silver', 1.25), ('gold', 1.5), ('platinum', 2.0);
