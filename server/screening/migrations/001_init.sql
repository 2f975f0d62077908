-- Screening of tender bids by procurement teams: organisations, their users, rounds, bids and the audit log.
-- Times are ISO 8601 UTC text. Ids that appear in URLs are random UUIDs, so they reveal nothing about other organisations.

CREATE TABLE organisatie (
  id            INTEGER PRIMARY KEY,
  naam          TEXT NOT NULL UNIQUE,
  aangemaakt_op TEXT NOT NULL
);

CREATE TABLE gebruiker (
  id              INTEGER PRIMARY KEY,
  organisatie_id  INTEGER NOT NULL REFERENCES organisatie(id),
  email           TEXT NOT NULL UNIQUE COLLATE NOCASE,
  naam            TEXT NOT NULL,
  wachtwoord_hash TEXT NOT NULL,
  aangemaakt_op   TEXT NOT NULL
);

-- Only the SHA-256 of a session id or API token is stored: a copy of the database logs nobody in.
CREATE TABLE sessie (
  id_hash       TEXT PRIMARY KEY,
  gebruiker_id  INTEGER NOT NULL REFERENCES gebruiker(id) ON DELETE CASCADE,
  aangemaakt_op TEXT NOT NULL,
  verloopt_op   TEXT NOT NULL
);
CREATE INDEX sessie_verloopt ON sessie(verloopt_op);

CREATE TABLE api_token (
  id                 INTEGER PRIMARY KEY,
  token_hash         TEXT NOT NULL UNIQUE,
  gebruiker_id       INTEGER NOT NULL REFERENCES gebruiker(id) ON DELETE CASCADE,
  omschrijving       TEXT NOT NULL,
  aangemaakt_op      TEXT NOT NULL,
  laatst_gebruikt_op TEXT
);

CREATE TABLE ronde (
  id              TEXT PRIMARY KEY,
  organisatie_id  INTEGER NOT NULL REFERENCES organisatie(id),
  naam            TEXT NOT NULL,
  regio           TEXT NOT NULL,
  sluitingsdatum  TEXT NOT NULL,
  aangemaakt_door INTEGER REFERENCES gebruiker(id) ON DELETE SET NULL,
  aangemaakt_op   TEXT NOT NULL
);
CREATE INDEX ronde_organisatie ON ronde(organisatie_id, aangemaakt_op);

-- One uploaded file that should be a zelfevaluatie. Valid ones carry their toetsresultaat; invalid ones their input errors.
-- Among the valid bids of one KvK number in a round exactly one has telt = 1: the one the committee assesses.
CREATE TABLE inschrijving (
  id             TEXT PRIMARY KEY,
  ronde_id       TEXT NOT NULL REFERENCES ronde(id) ON DELETE CASCADE,
  volgnummer     INTEGER NOT NULL,
  bestandsnaam   TEXT NOT NULL,
  sha256         TEXT NOT NULL,
  inhoud         BLOB NOT NULL,
  geldig         INTEGER NOT NULL CHECK (geldig IN (0, 1)),
  fouten         TEXT,
  aanbieder_naam TEXT,
  kvk_nummer     TEXT,
  uitslag        TEXT CHECK (uitslag IN ('voldoet', 'voldoet-niet')),
  resultaat      TEXT,
  telt           INTEGER NOT NULL DEFAULT 1 CHECK (telt IN (0, 1)),
  geupload_door  INTEGER REFERENCES gebruiker(id) ON DELETE SET NULL,
  geupload_op    TEXT NOT NULL,
  UNIQUE (ronde_id, volgnummer)
);
CREATE INDEX inschrijving_kvk ON inschrijving(ronde_id, kvk_nummer);

-- The matrix cell of a valid bid per offered product.
CREATE TABLE inschrijving_product (
  inschrijving_id TEXT NOT NULL REFERENCES inschrijving(id) ON DELETE CASCADE,
  productcode     TEXT NOT NULL,
  uitslag         TEXT NOT NULL CHECK (uitslag IN ('voldoet', 'voldoet-niet')),
  PRIMARY KEY (inschrijving_id, productcode)
) WITHOUT ROWID;

-- Every eis of a valid bid that is voldoet-niet or ontbreekt, with its citation (productcode NULL for region rules).
CREATE TABLE tekortkoming (
  id              INTEGER PRIMARY KEY,
  inschrijving_id TEXT NOT NULL REFERENCES inschrijving(id) ON DELETE CASCADE,
  productcode     TEXT,
  eis_id          TEXT NOT NULL,
  titel           TEXT NOT NULL,
  uitslag         TEXT NOT NULL CHECK (uitslag IN ('voldoet-niet', 'ontbreekt')),
  verwacht        TEXT NOT NULL,
  opgegeven       TEXT NOT NULL,
  document        TEXT NOT NULL,
  sectie          TEXT NOT NULL,
  citaat          TEXT NOT NULL
);
CREATE INDEX tekortkoming_inschrijving ON tekortkoming(inschrijving_id);

-- Exports, deletions and other acts on confidential data. No foreign key to ronde: the record outlives the round.
CREATE TABLE audit (
  id              INTEGER PRIMARY KEY,
  organisatie_id  INTEGER NOT NULL REFERENCES organisatie(id),
  gebruiker_id    INTEGER REFERENCES gebruiker(id) ON DELETE SET NULL,
  gebruiker_email TEXT NOT NULL,
  tijdstip        TEXT NOT NULL,
  actie           TEXT NOT NULL,
  ronde_id        TEXT,
  ronde_naam      TEXT,
  details         TEXT
);
CREATE INDEX audit_organisatie ON audit(organisatie_id, id);

CREATE TABLE instelling (
  sleutel TEXT PRIMARY KEY,
  waarde  TEXT NOT NULL
);
