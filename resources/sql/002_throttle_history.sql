-- SPDX-License-Identifier: Apache-2.0
-- Schema 2. The throttle history becomes one row per period at a level: what the signals were when the
-- level was entered, whether the controller or an admin chose it, and when the period ended.
ALTER TABLE throttle_events ADD COLUMN multiplier REAL;
ALTER TABLE throttle_events ADD COLUMN cpu_percent REAL;
ALTER TABLE throttle_events ADD COLUMN memory_percent REAL;
ALTER TABLE throttle_events ADD COLUMN concurrency REAL;
ALTER TABLE throttle_events ADD COLUMN automatic INTEGER NOT NULL DEFAULT 1;  -- 0 = a manual override
ALTER TABLE throttle_events ADD COLUMN actor TEXT NOT NULL DEFAULT '';       -- who set an override
ALTER TABLE throttle_events ADD COLUMN ended_at INTEGER;                     -- NULL while current
ALTER TABLE throttle_events ADD COLUMN duration_ms INTEGER GENERATED ALWAYS AS (ended_at - at) VIRTUAL;
CREATE INDEX throttle_events_at ON throttle_events (at);
-- Finding the open period when the next one begins.
CREATE INDEX throttle_events_open ON throttle_events (ended_at) WHERE ended_at IS NULL;
