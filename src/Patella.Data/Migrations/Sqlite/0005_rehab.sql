-- Patella schema v5 (SQLite, portable SQL): daily check-ins, clearance tests and the rehab start (issue #7).
-- Dates are local calendar dates in the runner's zone, 'YYYY-MM-DD'; pain and ratings are whole points 0-10.
-- One check-in per runner per date: a new one for the same date replaces the row (the unique index guards it).
CREATE TABLE check_ins (
    id                     INTEGER PRIMARY KEY,
    runner_id              INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    date                   TEXT NOT NULL,
    pain_at_rest           INTEGER NOT NULL,
    pain_during_run        INTEGER NULL,
    pain_after_run         INTEGER NULL,
    pain_next_morning      INTEGER NULL,
    stairs_down_pain       INTEGER NULL,
    swelling               INTEGER NOT NULL,
    limp_or_changed_stride INTEGER NOT NULL,
    giving_way             INTEGER NOT NULL,
    exercises_done         INTEGER NOT NULL,
    exercise_pain          INTEGER NULL,
    rpe                    INTEGER NULL,
    sleep                  INTEGER NULL,
    fatigue                INTEGER NULL,
    stress                 INTEGER NULL,
    stiffness              INTEGER NOT NULL,
    painful_exercise_ids   TEXT NULL,
    run_minutes            REAL NULL,
    note                   TEXT NULL,
    recorded_utc           TEXT NOT NULL
);
CREATE UNIQUE INDEX ix_check_ins_runner_id_date ON check_ins (runner_id, date);

-- Every clearance test as recorded; the latest per test counts, earlier ones stay as history.
CREATE TABLE clearance_records (
    id                          INTEGER PRIMARY KEY,
    runner_id                   INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    test                        TEXT NOT NULL,
    date                        TEXT NOT NULL,
    passed                      INTEGER NOT NULL,
    evidence                    TEXT NOT NULL,
    limb_symmetry_index_percent REAL NULL,
    recorded_utc                TEXT NOT NULL
);
CREATE INDEX ix_clearance_records_runner_id_date ON clearance_records (runner_id, date);

-- The first day of the runner's plan when set explicitly; one per runner.
CREATE TABLE rehab_starts (
    id           INTEGER PRIMARY KEY,
    runner_id    INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    started_on   TEXT NOT NULL,
    recorded_utc TEXT NOT NULL
);
CREATE UNIQUE INDEX ix_rehab_starts_runner_id ON rehab_starts (runner_id);
