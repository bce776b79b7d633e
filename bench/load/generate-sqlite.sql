-- Load data for bench/load (SQLite): the same runners, accounts, runs and check-ins as generate-postgres.sql.
.bail on
PRAGMA foreign_keys = ON;
BEGIN;
DELETE FROM runners WHERE name LIKE 'load-runner-%';

WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < @RUNNERS@)
INSERT INTO runners (name, time_zone, units, created_utc)
SELECT 'load-runner-' || x, 'Europe/Oslo', 'km', datetime('now', '-@DAYS@ days') FROM n;

CREATE TEMP TABLE load_runners AS
SELECT id, CAST(substr(name, 13) AS INTEGER) AS n FROM runners WHERE name LIKE 'load-runner-%';
CREATE TEMP TABLE days AS
WITH RECURSIVE d(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM d WHERE x < @DAYS@) SELECT x AS d FROM d;

INSERT INTO accounts (runner_id, email, email_key, password_hash, is_runner, is_clinician, failed_sign_ins, created_utc)
SELECT id, 'runner' || n || '@load.example', upper('runner' || n || '@load.example'), '@PWHASH@', 1, 0, 0, datetime('now')
FROM load_runners;

WITH v AS (
    SELECT r.id, r.n, d, 4000.0 + (r.n * 7919 + d * 104729) % 8000 AS metres, 2.6 + ((r.n + d) % 8) * 0.1 AS speed
    FROM load_runners r CROSS JOIN days
    WHERE (d + r.n) % 7 IN (0, 2, 4, 5))
INSERT INTO activities (runner_id, index_in_file, sport, name, start_utc, distance_metres, moving_time_seconds, elapsed_time_seconds,
    elevation_gain_metres, elevation_loss_metres, downhill_distance_metres, average_speed_metres_per_second,
    average_cadence_steps_per_minute, average_heart_rate_bpm, distance_from_positions, point_count)
SELECT id, 0, 'Running', 'Load run',
    datetime('now', 'start of day', '-' || d || ' days', '+' || (6 + n % 12) || ' hours'),
    metres, metres / speed, metres / speed + 120,
    metres * 0.01, metres * 0.01, metres * 0.4, speed,
    165 + (n + d) % 12, 140 + (n * 3 + d) % 25, 0, 0
FROM v;

INSERT INTO check_ins (runner_id, date, pain_at_rest, pain_during_run, swelling, limp_or_changed_stride, giving_way,
    exercises_done, stiffness, recorded_utc)
SELECT r.id, date('now', '-' || d || ' days'), (r.n + d) % 3, CASE WHEN (d + r.n) % 7 IN (0, 2, 4, 5) THEN (r.n * 5 + d) % 4 END,
    0, 0, 0, d % 3 <> 0, 0, datetime('now')
FROM load_runners r
CROSS JOIN days;
COMMIT;
ANALYZE;
