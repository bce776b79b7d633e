-- Patella schema v4 (SQLite, portable SQL): local accounts for the web app (issue #5).
-- One account per runners row: a person signs in as themselves and reads their own runner's data
-- (see Patella.Data.Accounts.RunnerAccess). Roles are flags, so a person can be runner and clinician.
-- Lockout: failed_sign_ins counts consecutive failures; locked_until_utc is set when they reach the limit.
CREATE TABLE accounts (
    id               INTEGER PRIMARY KEY,
    runner_id        INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    email            TEXT NOT NULL,
    email_key        TEXT NOT NULL,
    password_hash    TEXT NOT NULL,
    is_runner        INTEGER NOT NULL,
    is_clinician     INTEGER NOT NULL,
    failed_sign_ins  INTEGER NOT NULL DEFAULT 0,
    locked_until_utc TEXT NULL,
    created_utc      TEXT NOT NULL
);
CREATE UNIQUE INDEX ix_accounts_email_key ON accounts (email_key);
CREATE UNIQUE INDEX ix_accounts_runner_id ON accounts (runner_id);
