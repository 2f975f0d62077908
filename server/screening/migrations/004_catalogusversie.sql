-- The catalog version (SHA-256 over the region's catalog files) each bid was screened against, for pages and exports
-- without reading every full result.
ALTER TABLE inschrijving ADD COLUMN catalogus_versie TEXT;
UPDATE inschrijving SET catalogus_versie = json_extract(resultaat, '$.catalogusVersie') WHERE resultaat IS NOT NULL;
