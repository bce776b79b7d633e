-- Load data for bench/load (PostgreSQL): @RUNNERS@ runners "load-runner-N" with accounts runnerN@load.example
-- (password hash @PWHASH@), a run on four days of every week and a check-in every day for @DAYS@ days up to
-- yesterday. Values come from the ids by fixed arithmetic, so generate-sqlite.sql makes the same data.
-- Earlier load runners are deleted first (their accounts, runs and check-ins cascade).
\set ON_ERROR_STOP on
BEGIN;
DELETE FROM runners WHERE name LIKE 'load-runner-%';

INSERT INTO runners (name, time_zone, units, created_utc)
SELECT 'load-runner-' || n, 'Europe/Oslo', 'km', now() - interval '@DAYS@ days'
FROM generate_series(1, @RUNNERS@) n;

CREATE TEMP TABLE load_runners ON COMMIT DROP AS
SELECT id, CAST(substr(name, 13) AS INTEGER) AS n FROM runners WHERE name LIKE 'load-runner-%';

INSERT INTO accounts (runner_id, email, email_key, password_hash, is_runner, is_clinician, failed_sign_ins, created_utc)
SELECT id, 'runner' || n || '@load.example', upper('runner' || n || '@load.example'), '@PWHASH@', TRUE, FALSE, 0, now()
FROM load_runners;

-- Runs: 4-12 km at 2.6-3.3 m/s (5:03-6:25 per km), cadence 165-176 spm, HR 140-164 bpm, on days where (day + n) % 7 is 0, 2, 4 or 5.
INSERT INTO activities (runner_id, index_in_file, sport, name, start_utc, distance_metres, moving_time_seconds, elapsed_time_seconds,
    elevation_gain_metres, elevation_loss_metres, downhill_distance_metres, average_speed_metres_per_second,
    average_cadence_steps_per_minute, average_heart_rate_bpm, distance_from_positions, point_count)
SELECT r.id, 0, 'Running', 'Load run',
    date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' - d * interval '1 day' + (6 + r.n % 12) * interval '1 hour',
    v.metres, v.metres / v.speed, v.metres / v.speed + 120,
    v.metres * 0.01, v.metres * 0.01, v.metres * 0.4, v.speed,
    165 + (r.n + d) % 12, 140 + (r.n * 3 + d) % 25, FALSE, 0
FROM load_runners r
CROSS JOIN generate_series(1, @DAYS@) d
CROSS JOIN LATERAL (SELECT 4000.0 + (r.n * 7919 + d * 104729) % 8000 AS metres, 2.6 + ((r.n + d) % 8) * 0.1 AS speed) v
WHERE (d + r.n) % 7 IN (0, 2, 4, 5);

-- Check-ins: pain at rest 0-2, exercises done two days in three, no red flags.
INSERT INTO check_ins (runner_id, date, pain_at_rest, pain_during_run, swelling, limp_or_changed_stride, giving_way,
    exercises_done, stiffness, recorded_utc)
SELECT r.id, current_date - d, (r.n + d) % 3, CASE WHEN (d + r.n) % 7 IN (0, 2, 4, 5) THEN (r.n * 5 + d) % 4 END,
    FALSE, FALSE, FALSE, d % 3 <> 0, FALSE, now()
FROM load_runners r
CROSS JOIN generate_series(1, @DAYS@) d;
COMMIT;
ANALYZE runners, accounts, activities, check_ins;
