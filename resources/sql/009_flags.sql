-- SPDX-License-Identifier: Apache-2.0
-- Schema 9. Feature flags: each flag's and each segment's definition as Unleash client-features JSON (Sluice's
-- additions, schedule and rollout plan state included, under "sluice"), and how often each flag was evaluated
-- per minute. updated_at is the wall clock in Unix milliseconds.
-- A flag's history is audit_log (actions flag.*), not a table of its own: every change, an admin's or the
-- engine's (schedule applied, plan step, plan halt), already writes one audit row in the transaction of the
-- change, with actor, both clocks and the definition before and after; a second history would only repeat it.
CREATE TABLE feature_flags (
    name       TEXT PRIMARY KEY,
    definition TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE flag_segments (
    id         INTEGER PRIMARY KEY,
    definition TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Exposure counts per flag and minute (engine time, Unix milliseconds of the bucket's start). variant '' holds
-- the flag's on/off counts (yes, no); a variant's row holds in `yes` how often that variant was chosen.
CREATE TABLE flag_exposures (
    flag         TEXT NOT NULL,
    variant      TEXT NOT NULL DEFAULT '',
    bucket_start INTEGER NOT NULL,
    yes          INTEGER NOT NULL DEFAULT 0,
    no           INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (flag, variant, bucket_start)
) WITHOUT ROWID;

-- The history of one flag, newest first, as the Flags page asks for it.
CREATE INDEX audit_log_flag ON audit_log (target, id) WHERE action LIKE 'flag.%';
