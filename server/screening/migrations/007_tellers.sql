-- Rate-limit counters (log-in attempts, API requests per client address) in the database, so that several
-- instances count together. reset_op: when the window ends, in milliseconds since 1970.
CREATE TABLE teller (
  sleutel  TEXT PRIMARY KEY,
  aantal   INTEGER NOT NULL,
  reset_op INTEGER NOT NULL
) WITHOUT ROWID;
