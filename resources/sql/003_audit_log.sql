-- SPDX-License-Identifier: Apache-2.0
-- Schema 3. Every admin action leaves one row here, written in the same transaction as the change itself.
-- The rows are append-only: the triggers refuse any UPDATE or DELETE, whoever attempts it.
CREATE TABLE audit_log (
    id     INTEGER PRIMARY KEY,
    at     INTEGER NOT NULL,
    actor  TEXT NOT NULL,              -- OS user name of the admin
    action TEXT NOT NULL,              -- e.g. vip.assign, vip_tier.put, throttle.override, setting.put
    target TEXT NOT NULL DEFAULT '',   -- key, tier name, setting name, ...
    before TEXT,                       -- JSON of the target's state before; NULL when it did not exist
    after  TEXT,                       -- JSON of the target's state after; NULL when it was removed
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_action_at ON audit_log (action, at);

CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log rows cannot be changed');
END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log rows cannot be deleted');
END;
