-- Tailor team insights: the four results, in the order `tailor insights` lists them (ties by id in
-- byte order, as the command sorts them).
SELECT * FROM tailor_insights_summary;
SELECT * FROM tailor_insights_assets ORDER BY shares DESC, id COLLATE "C";
SELECT * FROM tailor_insights_reps ORDER BY shares DESC, id COLLATE "C";
SELECT * FROM tailor_insights_days ORDER BY day;
