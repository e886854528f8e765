-- Tailor team insights: the five results, in the order `tailor insights` lists them (ties by id in
-- byte order, as the command sorts them).
SELECT * FROM tailor_insights_summary;
SELECT * FROM tailor_insights_assets ORDER BY shares DESC, id COLLATE "C";
SELECT * FROM tailor_insights_reps ORDER BY shares DESC, id COLLATE "C";
SELECT * FROM tailor_insights_days ORDER BY day;
SELECT * FROM tailor_insights_coverage ORDER BY prospects DESC, persona COLLATE "C", industry COLLATE "C";
