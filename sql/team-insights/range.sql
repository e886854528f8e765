-- Tailor team insights: the days to count (UTC, inclusive). NULL means no limit on that side.
-- Run once; replace it to pick a period, e.g.
--   CREATE OR REPLACE VIEW tailor_range AS SELECT DATE '2026-01-01' AS from_day, DATE '2026-03-31' AS to_day;
CREATE OR REPLACE VIEW tailor_range AS
SELECT CAST(NULL AS DATE) AS from_day, CAST(NULL AS DATE) AS to_day;
