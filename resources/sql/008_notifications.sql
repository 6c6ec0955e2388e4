-- SPDX-License-Identifier: Apache-2.0
-- Schema 8. Notifications: the inbox, each delivery's tracking, per-recipient preferences and key owners'
-- contacts. Notification times are engine time, delivery times wall clock, both Unix milliseconds (0 = not yet).
-- Ids are assigned by the engine, rising across restarts, so a notification written twice is one row.
CREATE TABLE notifications (
    id              INTEGER PRIMARY KEY,
    type            TEXT NOT NULL,
    recipient       TEXT NOT NULL,              -- 'ops' or the key whose owner it is for
    key             TEXT NOT NULL DEFAULT '',   -- the key it is about
    created_at      INTEGER NOT NULL,
    severity        INTEGER NOT NULL DEFAULT 0, -- 0 info, 1 warning, 2 critical
    title           TEXT NOT NULL,
    body            TEXT NOT NULL,
    spilled         INTEGER NOT NULL DEFAULT 0, -- 1: reached the database because the queue was full
    dispatched      INTEGER NOT NULL DEFAULT 0, -- 1: its deliveries exist (a spilled row waits with 0)
    destinations    TEXT NOT NULL DEFAULT '[]', -- JSON [[channel, address], ...] as chosen when produced
    read_at         INTEGER NOT NULL DEFAULT 0,
    acknowledged_at INTEGER NOT NULL DEFAULT 0,
    acknowledged_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX notifications_created ON notifications (created_at);
CREATE INDEX notifications_unread ON notifications (recipient) WHERE read_at = 0;
CREATE INDEX notifications_undispatched ON notifications (id) WHERE dispatched = 0;

-- One row per notification and channel (in-app included, sent when written).
CREATE TABLE notification_deliveries (
    notification_id INTEGER NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
    channel         TEXT NOT NULL,
    address         TEXT NOT NULL DEFAULT '',   -- empty: the channel's ops destination
    state           TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    last_attempt_at INTEGER NOT NULL DEFAULT 0,
    sent_at         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (notification_id, channel)
) WITHOUT ROWID;
CREATE INDEX notification_deliveries_pending ON notification_deliveries (channel, next_attempt_at)
    WHERE state = 'pending';

-- Preferences per recipient ('ops' or a key), as JSON; a recipient without a row has the defaults.
CREATE TABLE notification_preferences (
    recipient   TEXT PRIMARY KEY,
    preferences TEXT NOT NULL
) WITHOUT ROWID;

-- A key owner's contact.
CREATE TABLE notification_contacts (
    key     TEXT PRIMARY KEY,
    email   TEXT NOT NULL DEFAULT '',
    phone   TEXT NOT NULL DEFAULT '',
    webhook TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
