-- SPDX-License-Identifier: Apache-2.0
-- Schema 4. Each audit row also records the engine time of the action: a simulation runs engine time apart
-- from the wall clock, and the console shows every other moment in engine time, so the audit log has to say
-- when in that clock an admin acted for the two to line up.
-- Rows written before this version keep NULL here: their engine time was never recorded, and the rows are
-- append-only (no migration fills them in after the fact). Readers show such a row at its wall-clock time.
ALTER TABLE audit_log ADD COLUMN engine_at INTEGER;
-- The audit page and the chart markers filter by the time they show.
CREATE INDEX audit_log_shown_at ON audit_log (coalesce(engine_at, at));
