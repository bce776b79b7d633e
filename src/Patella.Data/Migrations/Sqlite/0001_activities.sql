-- Patella schema v1 (SQLite): runners and their imported activities.
CREATE TABLE runners (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    time_zone   TEXT NOT NULL,
    units       TEXT NOT NULL DEFAULT 'km',
    created_utc TEXT NOT NULL
);

CREATE TABLE activity_files (
    id             INTEGER PRIMARY KEY,
    runner_id      INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    content_sha256 TEXT NOT NULL,
    source_name    TEXT NOT NULL,
    format         TEXT NOT NULL,
    content_bytes  INTEGER NOT NULL,
    stored_gzip    BLOB NOT NULL,
    imported_utc   TEXT NOT NULL
);
CREATE UNIQUE INDEX ix_activity_files_runner_id_content_sha256 ON activity_files (runner_id, content_sha256);

CREATE TABLE activities (
    id                                     INTEGER PRIMARY KEY,
    runner_id                              INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    file_id                                INTEGER NULL REFERENCES activity_files (id) ON DELETE CASCADE,
    index_in_file                          INTEGER NOT NULL,
    sport                                  TEXT NOT NULL,
    sport_name                             TEXT NULL,
    name                                   TEXT NULL,
    device                                 TEXT NULL,
    start_utc                              TEXT NOT NULL,
    utc_offset_minutes                     INTEGER NULL,
    distance_metres                        REAL NOT NULL,
    moving_time_seconds                    REAL NOT NULL,
    elapsed_time_seconds                   REAL NOT NULL,
    elevation_gain_metres                  REAL NULL,
    elevation_loss_metres                  REAL NULL,
    downhill_distance_metres               REAL NOT NULL,
    average_speed_metres_per_second        REAL NOT NULL,
    average_cadence_steps_per_minute       REAL NULL,
    cadence_unit_reason                    TEXT NULL,
    cadence_distribution                   TEXT NULL,
    average_heart_rate_bpm                 REAL NULL,
    max_heart_rate_bpm                     REAL NULL,
    distance_from_positions                INTEGER NOT NULL,
    point_count                            INTEGER NOT NULL,
    device_distance_metres                 REAL NULL,
    device_timer_time_seconds              REAL NULL,
    device_elapsed_time_seconds            REAL NULL,
    device_ascent_metres                   REAL NULL,
    device_descent_metres                  REAL NULL,
    device_average_cadence_steps_per_minute REAL NULL,
    device_average_heart_rate_bpm          REAL NULL,
    gear                                   TEXT NULL,
    perceived_exertion                     INTEGER NULL,
    strava_activity_id                     TEXT NULL,
    warnings                               TEXT NULL
);
CREATE INDEX ix_activities_runner_id_start_utc ON activities (runner_id, start_utc);
CREATE INDEX ix_activities_file_id ON activities (file_id);
