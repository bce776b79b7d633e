-- Patella schema v6 (SQLite, portable SQL): what several web instances on one database must share (issue #6).
-- Data-protection keys: the XML of each key ASP.NET Core seals sign-in cookies and anti-forgery tokens with,
-- one row per friendly name ("key-<guid>"), so a cookie issued by one instance opens on every other.
CREATE TABLE data_protection_keys (
    id            INTEGER PRIMARY KEY,
    friendly_name TEXT NOT NULL,
    xml           TEXT NOT NULL,
    stored_utc    TEXT NOT NULL
);
CREATE UNIQUE INDEX ix_data_protection_keys_friendly_name ON data_protection_keys (friendly_name);

-- Upload batches: one row per upload, one row per file in it, each file's status written as it finishes,
-- so a batch whose instance stopped mid-way still says which files were stored and which were not.
CREATE TABLE import_batches (
    id           INTEGER PRIMARY KEY,
    runner_id    INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    started_utc  TEXT NOT NULL,
    updated_utc  TEXT NOT NULL,
    finished_utc TEXT NULL
);
CREATE INDEX ix_import_batches_runner_id_started_utc ON import_batches (runner_id, started_utc);

-- status: pending, stored, duplicate or failed (detail says why it failed or what it duplicates).
CREATE TABLE import_batch_files (
    id          INTEGER PRIMARY KEY,
    batch_id    INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    source_name TEXT NOT NULL,
    status      TEXT NOT NULL,
    detail      TEXT NULL
);
CREATE INDEX ix_import_batch_files_batch_id ON import_batch_files (batch_id);
