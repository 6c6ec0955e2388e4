-- SPDX-License-Identifier: Apache-2.0
-- Schema 11. A notification can name files that go with it (a scheduled report): email attaches them when it is
-- sent, so a delivery retried after a restart still has them.
ALTER TABLE notifications ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';  -- JSON ["path", ...]
