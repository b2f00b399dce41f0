-- Personal calendar feeds (issue 17): a secret URL per person serving their shifts as iCalendar.
-- Only the SHA-256 of the secret is kept; a revoked feed keeps its row (who revoked it, when).
-- One live feed per person. Expand only: a new table the previous release never reads.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

CREATE TABLE calendar_feed (
    id          uuid PRIMARY KEY,
    staff_id    uuid NOT NULL REFERENCES staff (id),
    token_hash  bytea NOT NULL,
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL,
    revoked_by  text,
    revoked_at  timestamptz,
    CONSTRAINT calendar_feed_hash_length CHECK (octet_length(token_hash) = 32),
    CONSTRAINT calendar_feed_revoked_check CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);

CREATE UNIQUE INDEX calendar_feed_token_hash_idx ON calendar_feed (token_hash);
CREATE UNIQUE INDEX calendar_feed_live_idx ON calendar_feed (staff_id) WHERE revoked_at IS NULL;
