-- SPDX-License-Identifier: Apache-2.0
-- Schema 5. Where each followed access log was read up to, so a restart goes on after the last line whose
-- decisions are stored. The file is told apart by device and inode (a rotated log keeps its path but not its
-- inode); offset is the byte after the last whole line used. Written in the transaction of a key checkpoint.
CREATE TABLE log_positions (
    path TEXT PRIMARY KEY,
    device INTEGER NOT NULL,
    inode INTEGER NOT NULL,
    offset INTEGER NOT NULL,
    updated_at INTEGER NOT NULL  -- Unix milliseconds, wall clock
);
