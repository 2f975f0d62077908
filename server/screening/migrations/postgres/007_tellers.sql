-- Rate-limit counters (log-in attempts, API requests) shared by every instance, as ../007_tellers.sql.
CREATE TABLE teller (
  sleutel  TEXT PRIMARY KEY,
  aantal   INTEGER NOT NULL,
  reset_op BIGINT NOT NULL
);
