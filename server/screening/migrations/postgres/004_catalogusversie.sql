-- The catalog version each bid was screened against, as ../004_catalogusversie.sql.
ALTER TABLE inschrijving ADD COLUMN catalogus_versie TEXT;
UPDATE inschrijving SET catalogus_versie = resultaat::jsonb ->> 'catalogusVersie' WHERE resultaat IS NOT NULL;
