-- Each evidence upload gets a file name of its own, recorded with the row that names it, so a new
-- upload never overwrites the file a committed row still points to (crash consistency, issue 9).
-- Rows from before keep a null name: their file is <public id>.sealed.
ALTER TABLE consent_record ADD COLUMN evidence_file VARCHAR(80);
