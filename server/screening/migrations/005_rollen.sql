-- Roles and disabling users (issue 13, part 2). Users from before this step keep every right they had: beheerder.
ALTER TABLE gebruiker ADD COLUMN rol TEXT NOT NULL DEFAULT 'beheerder' CHECK (rol IN ('beheerder', 'beoordelaar', 'lezer'));
-- A disabled user cannot log in, and their sessions and API keys stop working at the next request.
ALTER TABLE gebruiker ADD COLUMN actief INTEGER NOT NULL DEFAULT 1 CHECK (actief IN (0, 1));
