-- Tailor team insights over a Segment or RudderStack warehouse destination: Tailor's messages as one
-- view, tailor_events, which figures.sql reads. Each event has its own table named after it in
-- snake_case (content_link_copied ...), with the message's fields (id is the messageId, user_id,
-- anonymous_id, timestamp) and its properties as columns. Run warehouse-prepare.sql first.
-- The tables carry a typed timestamp and an id for every row, so nothing here is skipped:
-- problem is always NULL (the raw JSON view, json-events.sql, fills it). personas and industries are
-- the JSON text of the lists, as the destinations keep them (for coverage; only on suggestions).
CREATE OR REPLACE VIEW tailor_events AS
SELECT CAST(id AS VARCHAR) AS message_id, 'Content Suggested' AS event, "timestamp" AS ts,
       COALESCE(NULLIF(CAST(user_id AS VARCHAR), ''), NULLIF(CAST(anonymous_id AS VARCHAR), '')) AS rep,
       NULLIF(CAST(asset_id AS VARCHAR), '') AS asset_id, CAST(NULL AS VARCHAR) AS account,
       NULLIF(CAST(crm AS VARCHAR), '') AS crm, NULLIF(CAST(record_id AS VARCHAR), '') AS record_id, CAST(NULL AS DOUBLE PRECISION) AS amount,
       CAST(NULL AS VARCHAR) AS problem,
       CAST(personas AS VARCHAR) AS personas, CAST(industries AS VARCHAR) AS industries
FROM content_suggested
UNION ALL
SELECT CAST(id AS VARCHAR) AS message_id, 'Content Opened' AS event, "timestamp" AS ts,
       COALESCE(NULLIF(CAST(user_id AS VARCHAR), ''), NULLIF(CAST(anonymous_id AS VARCHAR), '')) AS rep,
       NULLIF(CAST(asset_id AS VARCHAR), '') AS asset_id, CAST(NULL AS VARCHAR) AS account,
       CAST(NULL AS VARCHAR) AS crm, CAST(NULL AS VARCHAR) AS record_id, CAST(NULL AS DOUBLE PRECISION) AS amount,
       CAST(NULL AS VARCHAR) AS problem, CAST(NULL AS VARCHAR) AS personas, CAST(NULL AS VARCHAR) AS industries
FROM content_opened
UNION ALL
SELECT CAST(id AS VARCHAR) AS message_id, 'Content Link Copied' AS event, "timestamp" AS ts,
       COALESCE(NULLIF(CAST(user_id AS VARCHAR), ''), NULLIF(CAST(anonymous_id AS VARCHAR), '')) AS rep,
       NULLIF(CAST(asset_id AS VARCHAR), '') AS asset_id, NULLIF(CAST(account AS VARCHAR), '') AS account,
       CAST(NULL AS VARCHAR) AS crm, CAST(NULL AS VARCHAR) AS record_id, CAST(NULL AS DOUBLE PRECISION) AS amount,
       CAST(NULL AS VARCHAR) AS problem, CAST(NULL AS VARCHAR) AS personas, CAST(NULL AS VARCHAR) AS industries
FROM content_link_copied
UNION ALL
SELECT CAST(id AS VARCHAR) AS message_id, 'Content Email Copied' AS event, "timestamp" AS ts,
       COALESCE(NULLIF(CAST(user_id AS VARCHAR), ''), NULLIF(CAST(anonymous_id AS VARCHAR), '')) AS rep,
       NULLIF(CAST(asset_id AS VARCHAR), '') AS asset_id, NULLIF(CAST(account AS VARCHAR), '') AS account,
       CAST(NULL AS VARCHAR) AS crm, CAST(NULL AS VARCHAR) AS record_id, CAST(NULL AS DOUBLE PRECISION) AS amount,
       CAST(NULL AS VARCHAR) AS problem, CAST(NULL AS VARCHAR) AS personas, CAST(NULL AS VARCHAR) AS industries
FROM content_email_copied
UNION ALL
SELECT CAST(id AS VARCHAR) AS message_id, 'Content Marked Not Relevant' AS event, "timestamp" AS ts,
       COALESCE(NULLIF(CAST(user_id AS VARCHAR), ''), NULLIF(CAST(anonymous_id AS VARCHAR), '')) AS rep,
       NULLIF(CAST(asset_id AS VARCHAR), '') AS asset_id, CAST(NULL AS VARCHAR) AS account,
       CAST(NULL AS VARCHAR) AS crm, CAST(NULL AS VARCHAR) AS record_id, CAST(NULL AS DOUBLE PRECISION) AS amount,
       CAST(NULL AS VARCHAR) AS problem, CAST(NULL AS VARCHAR) AS personas, CAST(NULL AS VARCHAR) AS industries
FROM content_marked_not_relevant
UNION ALL
SELECT CAST(id AS VARCHAR) AS message_id, 'Content Flagged Outdated' AS event, "timestamp" AS ts,
       COALESCE(NULLIF(CAST(user_id AS VARCHAR), ''), NULLIF(CAST(anonymous_id AS VARCHAR), '')) AS rep,
       NULLIF(CAST(asset_id AS VARCHAR), '') AS asset_id, CAST(NULL AS VARCHAR) AS account,
       CAST(NULL AS VARCHAR) AS crm, CAST(NULL AS VARCHAR) AS record_id, CAST(NULL AS DOUBLE PRECISION) AS amount,
       CAST(NULL AS VARCHAR) AS problem, CAST(NULL AS VARCHAR) AS personas, CAST(NULL AS VARCHAR) AS industries
FROM content_flagged_outdated
UNION ALL
SELECT CAST(id AS VARCHAR) AS message_id, 'Content Requested' AS event, "timestamp" AS ts,
       COALESCE(NULLIF(CAST(user_id AS VARCHAR), ''), NULLIF(CAST(anonymous_id AS VARCHAR), '')) AS rep,
       NULLIF(CAST(asset_id AS VARCHAR), '') AS asset_id, CAST(NULL AS VARCHAR) AS account,
       CAST(NULL AS VARCHAR) AS crm, CAST(NULL AS VARCHAR) AS record_id, CAST(NULL AS DOUBLE PRECISION) AS amount,
       CAST(NULL AS VARCHAR) AS problem, CAST(NULL AS VARCHAR) AS personas, CAST(NULL AS VARCHAR) AS industries
FROM content_requested
UNION ALL
SELECT CAST(id AS VARCHAR), 'Deal Won', "timestamp",
       COALESCE(NULLIF(CAST(user_id AS VARCHAR), ''), NULLIF(CAST(anonymous_id AS VARCHAR), '')),
       CAST(NULL AS VARCHAR), NULLIF(CAST(account AS VARCHAR), ''),
       NULLIF(CAST(crm AS VARCHAR), ''), NULLIF(CAST(record_id AS VARCHAR), ''), CAST(COALESCE(amount, 0) AS DOUBLE PRECISION),
       CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)
FROM deal_won;
