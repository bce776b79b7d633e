-- Patella schema v3 (SQLite, portable SQL): the runner's shoes and manual shoe choices.
-- Dates are local calendar dates in the runner's zone, 'YYYY-MM-DD'. Shoes implied by a gear name on the
-- activities are not stored: they are computed on read (see Patella.Core.Load.ImpliedShoes).
CREATE TABLE shoes (
    id                         INTEGER PRIMARY KEY,
    runner_id                  INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    name                       TEXT NOT NULL,
    name_key                   TEXT NOT NULL,
    gear_names                 TEXT NULL,
    start_distance_metres      REAL NOT NULL DEFAULT 0,
    default_from               TEXT NULL,
    retired_on                 TEXT NULL,
    plan_replacement_at_metres REAL NOT NULL,
    replace_at_metres          REAL NOT NULL,
    created_utc                TEXT NOT NULL
);
CREATE UNIQUE INDEX ix_shoes_runner_id_name_key ON shoes (runner_id, name_key);

CREATE TABLE shoe_assignments (
    id          INTEGER PRIMARY KEY,
    runner_id   INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    shoe_id     INTEGER NOT NULL REFERENCES shoes (id) ON DELETE CASCADE,
    date        TEXT NOT NULL,
    activity_id INTEGER NULL REFERENCES activities (id) ON DELETE CASCADE,
    created_utc TEXT NOT NULL
);
CREATE INDEX ix_shoe_assignments_runner_id_date ON shoe_assignments (runner_id, date);
