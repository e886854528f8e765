-- Tailor team insights over raw messages: one row per message in a table tailor_raw_events with the
-- message as JSON in a column payload (JSON or JSONB on PostgreSQL, JSON on DuckDB), as Jitsu or a
-- home-made endpoint keeps them. Makes the view tailor_events that figures.sql reads.
-- A Tailor message without messageId, with a timestamp that is not an ISO 8601 date and time with its
-- zone, or a Deal Won whose amount is not a number, gets a problem and is counted as skipped.
CREATE OR REPLACE VIEW tailor_events AS
WITH raw AS (
  SELECT payload->>'event' AS event,
         NULLIF(payload->>'messageId', '') AS message_id,
         payload->>'timestamp' AS ts_text,
         COALESCE(NULLIF(payload->>'userId', ''), NULLIF(payload->>'anonymousId', '')) AS rep,
         NULLIF(payload->'properties'->>'asset_id', '') AS asset_id,
         NULLIF(payload->'properties'->>'account', '') AS account,
         NULLIF(payload->'properties'->>'crm', '') AS crm,
         NULLIF(payload->'properties'->>'record_id', '') AS record_id,
         payload->'properties'->>'amount' AS amount_text,
         payload->'properties'->>'personas' AS personas,
         payload->'properties'->>'industries' AS industries
  FROM tailor_raw_events
),
shaped AS (
  SELECT raw.*,
         COALESCE(ts_text ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})$', FALSE) AS ts_shape_ok,
         COALESCE(amount_text IS NULL OR amount_text ~ '^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$', FALSE) AS amount_ok
  FROM raw
  WHERE event IN ('Content Suggested', 'Content Opened', 'Content Link Copied', 'Content Email Copied',
                  'Content Marked Not Relevant', 'Content Flagged Outdated', 'Content Requested', 'Deal Won')
),
-- A day the calendar does not have (31 April, 29 February 2027) is not a date: checked before the cast,
-- which would fail the whole query.
checked AS (
  SELECT shaped.*,
         CASE WHEN ts_shape_ok THEN
           CAST(SUBSTR(ts_text, 9, 2) AS INTEGER) <=
             CASE CAST(SUBSTR(ts_text, 6, 2) AS INTEGER)
               WHEN 2 THEN CASE WHEN CAST(SUBSTR(ts_text, 1, 4) AS INTEGER) % 4 = 0
                                 AND (CAST(SUBSTR(ts_text, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(SUBSTR(ts_text, 1, 4) AS INTEGER) % 400 = 0)
                                THEN 29 ELSE 28 END
               WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30
               ELSE 31
             END
         ELSE FALSE END AS ts_ok
  FROM shaped
)
SELECT message_id,
       event,
       CASE WHEN ts_ok THEN CAST(ts_text AS TIMESTAMP WITH TIME ZONE) END AS ts,
       rep,
       CASE WHEN event <> 'Deal Won' THEN asset_id END AS asset_id,
       account,
       crm,
       record_id,
       CASE WHEN event = 'Deal Won' AND amount_ok THEN CAST(COALESCE(amount_text, '0') AS DOUBLE PRECISION) END AS amount,
       CASE WHEN message_id IS NULL THEN 'no messageId'
            WHEN NOT ts_ok THEN 'timestamp is not a date and time'
            WHEN event = 'Deal Won' AND NOT amount_ok THEN 'amount is not a number'
       END AS problem,
       -- The JSON text of the lists (for coverage).
       personas,
       industries
FROM checked;
