-- Roles and disabling users (issue 13, part 2), as ../005_rollen.sql.
ALTER TABLE gebruiker ADD COLUMN rol TEXT NOT NULL DEFAULT 'beheerder' CHECK (rol IN ('beheerder', 'beoordelaar', 'lezer'));
ALTER TABLE gebruiker ADD COLUMN actief INTEGER NOT NULL DEFAULT 1 CHECK (actief IN (0, 1));
