-- SPDX-License-Identifier: Apache-2.0
-- Schema 5. Where each followed access log was read up to, so a restart resumes after the last whole line used.
-- A file is known by device and inode as well as its path: after a rotation the path names a new file.
CREATE TABLE log_positions (
    path       TEXT PRIMARY KEY,
    device     INTEGER NOT NULL,
    inode      INTEGER NOT NULL,
    offset     INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
