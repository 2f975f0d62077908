-- Undo and corrections (issue 13, part 4).

-- One upload (one request of files), so its bids can be deleted together. nr counts per round and appears in URLs.
CREATE TABLE upload (
  id            INTEGER PRIMARY KEY,
  ronde_id      TEXT NOT NULL REFERENCES ronde(id) ON DELETE CASCADE,
  nr            INTEGER NOT NULL,
  geupload_door INTEGER REFERENCES gebruiker(id) ON DELETE SET NULL,
  geupload_op   TEXT NOT NULL,
  UNIQUE (ronde_id, nr)
);
ALTER TABLE inschrijving ADD COLUMN upload_id INTEGER REFERENCES upload(id) ON DELETE CASCADE;
-- Bids stored before this step: one upload per round, time and person (that is how they were stored).
INSERT INTO upload (ronde_id, nr, geupload_door, geupload_op)
  SELECT ronde_id, row_number() OVER (PARTITION BY ronde_id ORDER BY min(volgnummer)), geupload_door, geupload_op
  FROM inschrijving GROUP BY ronde_id, geupload_op, geupload_door;
UPDATE inschrijving SET upload_id = (
  SELECT u.id FROM upload u
  WHERE u.ronde_id = inschrijving.ronde_id AND u.geupload_op = inschrijving.geupload_op AND u.geupload_door IS inschrijving.geupload_door
);
CREATE INDEX inschrijving_upload ON inschrijving(upload_id);
-- The same file twice in a round is recognised by its hash.
CREATE INDEX inschrijving_sha256 ON inschrijving(ronde_id, sha256);

-- A person's choice of the bid that counts for a KvK number. Without one, the latest valid bid counts.
CREATE TABLE kvk_keuze (
  ronde_id        TEXT NOT NULL REFERENCES ronde(id) ON DELETE CASCADE,
  kvk_nummer      TEXT NOT NULL,
  inschrijving_id TEXT NOT NULL REFERENCES inschrijving(id) ON DELETE CASCADE,
  PRIMARY KEY (ronde_id, kvk_nummer)
) WITHOUT ROWID;
-- Rounds from before this step counted the first bid, or the one a person chose: that stays as it is.
INSERT INTO kvk_keuze (ronde_id, kvk_nummer, inschrijving_id)
  SELECT i.ronde_id, i.kvk_nummer, i.id FROM inschrijving i
  WHERE i.geldig = 1 AND i.telt = 1 AND i.kvk_nummer IS NOT NULL
    AND (SELECT count(*) FROM inschrijving j WHERE j.ronde_id = i.ronde_id AND j.kvk_nummer = i.kvk_nummer AND j.geldig = 1) > 1;
