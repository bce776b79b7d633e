-- Patella schema v10 (PostgreSQL): the runner's data stamp. Mirrors Sqlite/0010.
ALTER TABLE runners ADD COLUMN state_version BIGINT NOT NULL DEFAULT 0;
