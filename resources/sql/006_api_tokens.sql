-- SPDX-License-Identifier: Apache-2.0
-- Schema 6. Bearer tokens of the HTTP API. Only a salted SHA-256 of each token's secret is kept; the token itself
-- is shown once, when it is created. A token reads "sluice_<id>_<secret>": the id finds its one row, so checking
-- a token costs one hash, whatever the number of tokens.
-- A revoked token keeps its row (revoked_at set) so `sluice token list` still shows it; creating a token under
-- the name of a revoked one replaces that row. The audit log keeps both.
CREATE TABLE api_tokens (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    scope      TEXT NOT NULL CHECK (scope IN ('check', 'admin', 'read')),
    salt       BLOB NOT NULL,
    hash       BLOB NOT NULL,   -- SHA-256 of salt || secret
    created_at INTEGER NOT NULL, -- wall clock, ms since the Unix epoch (as audit_log.at)
    revoked_at INTEGER           -- NULL while the token is valid
);
