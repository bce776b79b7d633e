-- Patella schema v10 (SQLite): a stamp that changes with every write to a runner's data (issues #5, #6).
-- Web instances cache what they computed for a runner's day under (runner, stamp, day): a request reads the
-- runner's row anyway, so a write on any instance is seen by every other one on its next request.
ALTER TABLE runners ADD COLUMN state_version INTEGER NOT NULL DEFAULT 0;
