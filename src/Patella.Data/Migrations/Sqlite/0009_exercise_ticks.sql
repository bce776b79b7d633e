-- Patella schema v9 (SQLite): the done tick of each of today's exercises on the Today page (issue #5).
-- One row per runner, local date and catalogue exercise id; unticking deletes the row. The check-in's
-- exercises_done stays the runner's own answer: the ticks only pre-fill it.
CREATE TABLE exercise_ticks (
    id           INTEGER PRIMARY KEY,
    runner_id    INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    date         TEXT NOT NULL,
    exercise_id  TEXT NOT NULL,
    ticked_utc   TEXT NOT NULL
);
CREATE UNIQUE INDEX ix_exercise_ticks_runner_id_date_exercise_id ON exercise_ticks (runner_id, date, exercise_id);
