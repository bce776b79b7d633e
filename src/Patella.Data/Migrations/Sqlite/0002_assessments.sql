-- Patella schema v2 (SQLite): knee assessments and Kujala scores (issue #4).
-- Answers are kept as the JSON the questionnaire reader accepts, with its version, so old
-- answer sets stay readable after the questionnaire changes; the result columns are the few
-- worth querying (the full result is recomputed from the answers).
CREATE TABLE assessments (
    id                    INTEGER PRIMARY KEY,
    runner_id             INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    taken_utc             TEXT NOT NULL,
    questionnaire_version TEXT NOT NULL,
    answers_json          TEXT NOT NULL,
    referral_needed       INTEGER NOT NULL,
    referral_urgency      TEXT NULL,
    likely_condition      TEXT NULL,
    stage                 TEXT NULL
);
CREATE INDEX ix_assessments_runner_id_taken_utc ON assessments (runner_id, taken_utc);

-- One row per Kujala response. Several on one date are allowed (a correction never overwrites);
-- the later row counts as the later score.
CREATE TABLE kujala_scores (
    id             INTEGER PRIMARY KEY,
    runner_id      INTEGER NOT NULL REFERENCES runners (id) ON DELETE CASCADE,
    score_date     TEXT NOT NULL,
    version        TEXT NOT NULL,
    response_json  TEXT NOT NULL,
    total_points   INTEGER NOT NULL,
    recorded_utc   TEXT NOT NULL
);
CREATE INDEX ix_kujala_scores_runner_id_score_date ON kujala_scores (runner_id, score_date);
