-- Tailor team insights over a Segment or RudderStack warehouse destination: makes sure the eight event
-- tables and the columns the figures read exist. Both tools create a table when its event first
-- arrives and a column when a property is first non-null, so a young source may lack some.
-- Existing tables and columns are left as they are. Run it in the source's schema
-- (PostgreSQL: SET search_path TO <source schema>; DuckDB: USE <schema>).
CREATE TABLE IF NOT EXISTS content_suggested (id VARCHAR, "timestamp" TIMESTAMP WITH TIME ZONE, user_id VARCHAR, anonymous_id VARCHAR);
CREATE TABLE IF NOT EXISTS content_opened (id VARCHAR, "timestamp" TIMESTAMP WITH TIME ZONE, user_id VARCHAR, anonymous_id VARCHAR);
CREATE TABLE IF NOT EXISTS content_link_copied (id VARCHAR, "timestamp" TIMESTAMP WITH TIME ZONE, user_id VARCHAR, anonymous_id VARCHAR);
CREATE TABLE IF NOT EXISTS content_email_copied (id VARCHAR, "timestamp" TIMESTAMP WITH TIME ZONE, user_id VARCHAR, anonymous_id VARCHAR);
CREATE TABLE IF NOT EXISTS content_marked_not_relevant (id VARCHAR, "timestamp" TIMESTAMP WITH TIME ZONE, user_id VARCHAR, anonymous_id VARCHAR);
CREATE TABLE IF NOT EXISTS content_flagged_outdated (id VARCHAR, "timestamp" TIMESTAMP WITH TIME ZONE, user_id VARCHAR, anonymous_id VARCHAR);
CREATE TABLE IF NOT EXISTS content_requested (id VARCHAR, "timestamp" TIMESTAMP WITH TIME ZONE, user_id VARCHAR, anonymous_id VARCHAR);
CREATE TABLE IF NOT EXISTS deal_won (id VARCHAR, "timestamp" TIMESTAMP WITH TIME ZONE, user_id VARCHAR, anonymous_id VARCHAR);
ALTER TABLE content_suggested ADD COLUMN IF NOT EXISTS asset_id VARCHAR;
ALTER TABLE content_suggested ADD COLUMN IF NOT EXISTS crm VARCHAR;
ALTER TABLE content_suggested ADD COLUMN IF NOT EXISTS record_id VARCHAR;
ALTER TABLE content_suggested ADD COLUMN IF NOT EXISTS personas VARCHAR;
ALTER TABLE content_suggested ADD COLUMN IF NOT EXISTS industries VARCHAR;
ALTER TABLE content_opened ADD COLUMN IF NOT EXISTS asset_id VARCHAR;
ALTER TABLE content_link_copied ADD COLUMN IF NOT EXISTS asset_id VARCHAR;
ALTER TABLE content_link_copied ADD COLUMN IF NOT EXISTS account VARCHAR;
ALTER TABLE content_email_copied ADD COLUMN IF NOT EXISTS asset_id VARCHAR;
ALTER TABLE content_email_copied ADD COLUMN IF NOT EXISTS account VARCHAR;
ALTER TABLE content_marked_not_relevant ADD COLUMN IF NOT EXISTS asset_id VARCHAR;
ALTER TABLE content_flagged_outdated ADD COLUMN IF NOT EXISTS asset_id VARCHAR;
ALTER TABLE content_requested ADD COLUMN IF NOT EXISTS asset_id VARCHAR;
ALTER TABLE deal_won ADD COLUMN IF NOT EXISTS crm VARCHAR;
ALTER TABLE deal_won ADD COLUMN IF NOT EXISTS record_id VARCHAR;
ALTER TABLE deal_won ADD COLUMN IF NOT EXISTS account VARCHAR;
ALTER TABLE deal_won ADD COLUMN IF NOT EXISTS amount DOUBLE PRECISION;
