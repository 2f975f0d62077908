-- API keys expire. Keys made before this step get a year from the day they were made.
ALTER TABLE api_token ADD COLUMN verloopt_op TEXT;
UPDATE api_token SET verloopt_op = to_char((aangemaakt_op::timestamptz + interval '365 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
CREATE INDEX api_token_gebruiker ON api_token(gebruiker_id);
