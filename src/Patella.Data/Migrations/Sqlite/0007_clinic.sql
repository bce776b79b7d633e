-- Patella schema v7 (SQLite, portable SQL): clinician access by the runner's consent, notes and plan adjustments (issue #5).
-- An invite code is stored as its SHA-256 only, single use, with an expiry. A grant stands until revoked_utc is set;
-- Patella.Data.Accounts.RunnerAccess reads the standing grants. Deleting a runner removes all of it (ON DELETE CASCADE);
-- deleting a clinician's account removes their grants and keeps their notes and adjustments on the runner's record.
CREATE TABLE clinic_invites (
    id          INTEGER PRIMARY KEY,
    runner_id   INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    code_sha256 TEXT NOT NULL,
    created_utc TEXT NOT NULL,
    expires_utc TEXT NOT NULL,
    used_utc    TEXT NULL
);
CREATE UNIQUE INDEX ix_clinic_invites_code_sha256 ON clinic_invites (code_sha256);

CREATE TABLE clinic_grants (
    id                   INTEGER PRIMARY KEY,
    runner_id            INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    clinician_account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    invite_id            INTEGER NOT NULL REFERENCES clinic_invites (id) ON DELETE CASCADE,
    granted_utc          TEXT NOT NULL,
    revoked_utc          TEXT NULL
);
CREATE INDEX ix_clinic_grants_clinician_account_id_runner_id ON clinic_grants (clinician_account_id, runner_id);
CREATE INDEX ix_clinic_grants_runner_id ON clinic_grants (runner_id);

CREATE TABLE clinician_notes (
    id                   INTEGER PRIMARY KEY,
    runner_id            INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    clinician_account_id INTEGER NULL REFERENCES accounts (id) ON DELETE SET NULL,
    author               TEXT NOT NULL,
    text                 TEXT NOT NULL,
    written_utc          TEXT NOT NULL
);
CREATE INDEX ix_clinician_notes_runner_id_written_utc ON clinician_notes (runner_id, written_utc);

-- kind: Phase, AddExercise, RemoveExercise or Dose; adjusted_on is the runner's local date, 'YYYY-MM-DD'.
CREATE TABLE plan_adjustments (
    id                   INTEGER PRIMARY KEY,
    runner_id            INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    clinician_account_id INTEGER NULL REFERENCES accounts (id) ON DELETE SET NULL,
    author               TEXT NOT NULL,
    adjusted_on          TEXT NOT NULL,
    kind                 TEXT NOT NULL,
    phase                INTEGER NULL,
    exercise_id          TEXT NULL,
    sets                 INTEGER NULL,
    reps                 INTEGER NULL,
    hold_seconds         INTEGER NULL,
    reason               TEXT NOT NULL,
    recorded_utc         TEXT NOT NULL
);
CREATE INDEX ix_plan_adjustments_runner_id_adjusted_on ON plan_adjustments (runner_id, adjusted_on);
