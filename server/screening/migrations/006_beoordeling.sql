-- The assessment by people (issue 13, part 1): a status per bid with a reason, a second assessor's confirmation
-- (four eyes), and notes per bid or per eis.
CREATE TABLE beoordeling (
  inschrijving_id TEXT PRIMARY KEY REFERENCES inschrijving(id) ON DELETE CASCADE,
  status          TEXT NOT NULL CHECK (status IN ('te-beoordelen', 'voldoet', 'voldoet-niet', 'verduidelijking-gevraagd', 'uitgesloten')),
  reden           TEXT,
  door            INTEGER REFERENCES gebruiker(id) ON DELETE SET NULL,
  door_email      TEXT NOT NULL,
  op              TEXT NOT NULL,
  -- Set by a second assessor, never the one who set the status; cleared when the status changes.
  bevestigd_door  INTEGER REFERENCES gebruiker(id) ON DELETE SET NULL,
  bevestigd_email TEXT,
  bevestigd_op    TEXT
) WITHOUT ROWID;

CREATE TABLE notitie (
  id              INTEGER PRIMARY KEY,
  inschrijving_id TEXT NOT NULL REFERENCES inschrijving(id) ON DELETE CASCADE,
  -- NULL: a note on the whole bid; otherwise the eis it is about.
  eis_id          TEXT,
  tekst           TEXT NOT NULL,
  door_email      TEXT NOT NULL,
  op              TEXT NOT NULL
);
CREATE INDEX notitie_inschrijving ON notitie(inschrijving_id, id);
