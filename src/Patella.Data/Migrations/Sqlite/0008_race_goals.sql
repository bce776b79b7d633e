-- Patella schema v8 (SQLite): the runner's goal race (patella plan --race DATE --race-distance D; issue #7).
-- One per runner: setting a new race replaces it, --no-race deletes it. race_date is the runner's local date 'YYYY-MM-DD'.
CREATE TABLE race_goals (
    id              INTEGER PRIMARY KEY,
    runner_id       INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    race_date       TEXT NOT NULL,
    distance_metres REAL NOT NULL,
    recorded_utc    TEXT NOT NULL
);
CREATE UNIQUE INDEX ix_race_goals_runner_id ON race_goals (runner_id);
