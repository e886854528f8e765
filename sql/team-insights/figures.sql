-- Tailor team insights: the figures of `tailor insights` (docs/team-insights.md), as views over
-- tailor_events (warehouse-events.sql or json-events.sql) and tailor_range (range.sql).
-- Runs unchanged on PostgreSQL and DuckDB; report.sql reads the results in the command's order.
-- The views below read tailor_range when queried, so a new range needs no rerun of this file.

-- Every readable message once: copies of a messageId (a retry, a file loaded twice) are repeats.
-- A temporary table: every figure reads it, and computing it once is most of the work. Run this file
-- and report.sql in the same session; run it again when the data has changed.
DROP TABLE IF EXISTS tailor_distinct CASCADE;
CREATE TEMPORARY TABLE tailor_distinct AS
SELECT *
FROM (
  SELECT e.*, ROW_NUMBER() OVER (PARTITION BY message_id ORDER BY ts) AS copy
  FROM tailor_events e
  WHERE problem IS NULL AND message_id IS NOT NULL AND ts IS NOT NULL
) numbered;

-- Days are UTC; both ends inclusive; a NULL end is open.
CREATE OR REPLACE VIEW tailor_in_range AS
SELECT d.*
FROM tailor_distinct d, tailor_range r
WHERE (r.from_day IS NULL OR CAST(d.ts AT TIME ZONE 'UTC' AS DATE) >= r.from_day)
  AND (r.to_day IS NULL OR CAST(d.ts AT TIME ZONE 'UTC' AS DATE) <= r.to_day);

-- A deal is its CRM and record id (a win without a record id is a deal of its own), won at its
-- earliest sighting, with that sighting's amount (the larger one when two share the instant).
CREATE OR REPLACE VIEW tailor_won_deals AS
SELECT message_id AS deal, ts AS won_at, account, COALESCE(amount, 0) AS amount
FROM (
  SELECT d.*, ROW_NUMBER() OVER (
    PARTITION BY record_id IS NULL, COALESCE(crm, ''), COALESCE(record_id, message_id)
    ORDER BY ts, amount DESC) AS sighting
  FROM tailor_distinct d
  WHERE event = 'Deal Won' AND copy = 1
) w, tailor_range r
WHERE sighting = 1
  AND (r.from_day IS NULL OR CAST(w.ts AT TIME ZONE 'UTC' AS DATE) >= r.from_day)
  AND (r.to_day IS NULL OR CAST(w.ts AT TIME ZONE 'UTC' AS DATE) <= r.to_day);

-- The assets each won deal is credited with: shared (link or email) by anyone on the deal's account
-- before the win and at most 365 days (8,760 hours) before it, shares from before the range included.
CREATE OR REPLACE VIEW tailor_influence AS
SELECT DISTINCT w.deal, w.amount, s.asset_id
FROM tailor_won_deals w
JOIN tailor_distinct s
  ON s.account = w.account
 AND s.copy = 1
 AND s.event IN ('Content Link Copied', 'Content Email Copied')
 AND s.asset_id IS NOT NULL
 AND s.ts < w.won_at
 AND s.ts >= w.won_at - INTERVAL '8760 hours';

-- The reps each won deal is credited with: whoever made one of those shares.
CREATE OR REPLACE VIEW tailor_rep_influence AS
SELECT DISTINCT w.deal, w.amount, s.rep
FROM tailor_won_deals w
JOIN tailor_distinct s
  ON s.account = w.account
 AND s.copy = 1
 AND s.event IN ('Content Link Copied', 'Content Email Copied')
 AND s.asset_id IS NOT NULL
 AND s.rep IS NOT NULL
 AND s.ts < w.won_at
 AND s.ts >= w.won_at - INTERVAL '8760 hours';

CREATE OR REPLACE VIEW tailor_insights_summary AS
SELECT
  (SELECT COUNT(*) FROM tailor_in_range WHERE copy = 1) AS messages,
  (SELECT COUNT(*) FROM tailor_in_range WHERE copy > 1) AS duplicates,
  (SELECT COUNT(*) FROM tailor_events WHERE problem IS NOT NULL OR message_id IS NULL OR ts IS NULL) AS skipped,
  COUNT(CASE WHEN event = 'Content Suggested' THEN 1 END) AS suggested,
  COUNT(CASE WHEN event = 'Content Opened' THEN 1 END) AS opened,
  COUNT(CASE WHEN event = 'Content Link Copied' THEN 1 END) AS link_copies,
  COUNT(CASE WHEN event = 'Content Email Copied' THEN 1 END) AS email_copies,
  COUNT(CASE WHEN event IN ('Content Link Copied', 'Content Email Copied') THEN 1 END) AS shares,
  COUNT(CASE WHEN event = 'Content Marked Not Relevant' THEN 1 END) AS not_relevant,
  COUNT(CASE WHEN event = 'Content Flagged Outdated' THEN 1 END) AS flagged,
  COUNT(CASE WHEN event = 'Content Requested' THEN 1 END) AS requested,
  (SELECT COUNT(*) FROM tailor_won_deals) AS won_deals,
  (SELECT COALESCE(SUM(amount), 0) FROM tailor_won_deals
    WHERE deal IN (SELECT deal FROM tailor_influence)) AS influenced_revenue
FROM tailor_in_range
WHERE copy = 1;

-- Every asset seen in the range, and every asset credited with a win in it.
CREATE OR REPLACE VIEW tailor_insights_assets AS
SELECT a.asset_id AS id,
       COALESCE(c.suggested, 0) AS suggested,
       COALESCE(c.opened, 0) AS opened,
       COALESCE(c.shares, 0) AS shares,
       COALESCE(c.not_relevant, 0) AS not_relevant,
       COALESCE(c.flagged, 0) AS flagged,
       COALESCE(i.influenced_revenue, 0) AS influenced_revenue,
       COALESCE(i.won_deals, 0) AS won_deals
FROM (
  SELECT asset_id FROM tailor_in_range WHERE copy = 1 AND asset_id IS NOT NULL
  UNION
  SELECT asset_id FROM tailor_influence
) a
LEFT JOIN (
  SELECT asset_id,
         COUNT(CASE WHEN event = 'Content Suggested' THEN 1 END) AS suggested,
         COUNT(CASE WHEN event = 'Content Opened' THEN 1 END) AS opened,
         COUNT(CASE WHEN event IN ('Content Link Copied', 'Content Email Copied') THEN 1 END) AS shares,
         COUNT(CASE WHEN event = 'Content Marked Not Relevant' THEN 1 END) AS not_relevant,
         COUNT(CASE WHEN event = 'Content Flagged Outdated' THEN 1 END) AS flagged
  FROM tailor_in_range
  WHERE copy = 1 AND asset_id IS NOT NULL
  GROUP BY asset_id
) c ON c.asset_id = a.asset_id
LEFT JOIN (
  SELECT asset_id, SUM(amount) AS influenced_revenue, COUNT(*) AS won_deals FROM tailor_influence GROUP BY asset_id
) i ON i.asset_id = a.asset_id;

-- By rep: userId, else anonymousId (the reps with a message in the range); the won deals and revenue
-- their shares influenced.
CREATE OR REPLACE VIEW tailor_insights_reps AS
SELECT c.*,
       COALESCE(i.won_deals, 0) AS won_deals,
       COALESCE(i.influenced_revenue, 0) AS influenced_revenue
FROM (
  SELECT rep AS id,
         COUNT(CASE WHEN event = 'Content Suggested' THEN 1 END) AS suggested,
         COUNT(CASE WHEN event IN ('Content Link Copied', 'Content Email Copied') THEN 1 END) AS shares,
         COUNT(CASE WHEN event = 'Content Marked Not Relevant' THEN 1 END) AS not_relevant,
         COUNT(CASE WHEN event = 'Content Flagged Outdated' THEN 1 END) AS flagged,
         COUNT(CASE WHEN event = 'Content Requested' THEN 1 END) AS requested,
         COUNT(CASE WHEN event = 'Content Opened' THEN 1 END) AS opened
  FROM tailor_in_range
  WHERE copy = 1 AND rep IS NOT NULL
  GROUP BY rep
) c
LEFT JOIN (
  SELECT rep, COUNT(*) AS won_deals, SUM(amount) AS influenced_revenue FROM tailor_rep_influence GROUP BY rep
) i ON i.rep = c.id;

-- By UTC day: the days of the range with a suggestion, an open or a share (the command also lists the
-- days in between with zeros).
CREATE OR REPLACE VIEW tailor_insights_days AS
SELECT CAST(CAST(ts AT TIME ZONE 'UTC' AS DATE) AS VARCHAR) AS day,
       COUNT(CASE WHEN event = 'Content Suggested' THEN 1 END) AS suggested,
       COUNT(CASE WHEN event = 'Content Opened' THEN 1 END) AS opened,
       COUNT(CASE WHEN event IN ('Content Link Copied', 'Content Email Copied') THEN 1 END) AS shares
FROM tailor_in_range
WHERE copy = 1 AND event IN ('Content Suggested', 'Content Opened', 'Content Link Copied', 'Content Email Copied')
GROUP BY CAST(ts AT TIME ZONE 'UTC' AS DATE);

-- Coverage: each persona x industry pair of taxonomy ids seen together on a suggestion in the range
-- (the first 20 of each list, as the command reads them), with the distinct prospects (crm, record_id)
-- it was seen on. The library's assets tagged for each pair are the command's business (--library).
CREATE OR REPLACE VIEW tailor_insights_coverage AS
WITH k(i) AS (
  SELECT * FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16), (17), (18), (19)) t(i)
),
met AS (
  SELECT COALESCE(crm, '') AS crm, record_id, CAST(personas AS JSON) AS personas, CAST(industries AS JSON) AS industries
  FROM tailor_in_range
  WHERE copy = 1 AND event = 'Content Suggested' AND record_id IS NOT NULL
    AND personas IS NOT NULL AND industries IS NOT NULL
),
with_persona AS (
  SELECT m.crm, m.record_id, m.industries, m.personas ->> p.i AS persona
  FROM met m, k p
  WHERE m.personas ->> p.i IS NOT NULL
),
pairs AS (
  SELECT DISTINCT w.persona, w.industries ->> n.i AS industry, w.crm, w.record_id
  FROM with_persona w, k n
  WHERE w.industries ->> n.i IS NOT NULL AND w.persona <> '' AND LENGTH(w.persona) <= 1000
)
SELECT persona, industry, COUNT(*) AS prospects
FROM pairs
WHERE industry <> '' AND LENGTH(industry) <= 1000
GROUP BY persona, industry;
