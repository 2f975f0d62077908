-- API keys expire. Keys made before this step get a year from the day they were made.
ALTER TABLE api_token ADD COLUMN verloopt_op TEXT;
UPDATE api_token SET verloopt_op = strftime('%Y-%m-%dT%H:%M:%fZ', aangemaakt_op, '+365 days');
CREATE INDEX api_token_gebruiker ON api_token(gebruiker_id);
