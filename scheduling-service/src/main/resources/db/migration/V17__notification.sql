-- Notifications to people (issue 17, item 2): what a person is told about their own shifts, leave
-- and swaps, written in the transaction of the change, listed in the app (read or unread) and sent
-- by e-mail by a scheduled sender. One row per (outbox event, recipient): the unique key makes sure
-- nobody is ever told the same thing twice, whatever the number of replicas.
-- Also the reason a manager may give when deciding an absence (told to the person).
-- Expand only: a new table and a new nullable column that the previous release never reads.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

CREATE TABLE notification (
    id                    uuid PRIMARY KEY,
    -- the outbox event of the change (io.careops.platform.events.Outbox): no foreign key, so that
    -- old events may be pruned without touching what people were told
    event_id              uuid NOT NULL,
    staff_id              uuid NOT NULL REFERENCES staff (id),
    care_home_id          uuid NOT NULL,
    kind                  text NOT NULL CHECK (kind IN ('SHIFT_ASSIGNED', 'SHIFT_UNASSIGNED', 'SHIFT_CHANGED',
                              'SHIFT_CANCELLED', 'LEAVE_DECIDED', 'SWAP_OFFERED', 'SWAP_DECIDED')),
    -- the record it is about, as in the event: shifts/<id>, absences/<id>, shift-swaps/<id>
    about                 text NOT NULL CHECK (length(about) <= 200),
    title                 text NOT NULL CHECK (length(title) <= 300),
    body                  text NOT NULL CHECK (length(body) <= 10000),
    created_at            timestamptz NOT NULL,
    read_at               timestamptz,
    -- e-mail: PENDING until sent (SENT), given up after the last attempt (FAILED), or NONE (no address)
    email_status          text NOT NULL CHECK (email_status IN ('PENDING', 'SENT', 'FAILED', 'NONE')),
    email_attempts        integer NOT NULL DEFAULT 0,
    email_next_attempt_at timestamptz,
    email_sent_at         timestamptz,
    email_last_error      text,
    CONSTRAINT notification_once UNIQUE (event_id, staff_id)
);

CREATE INDEX notification_staff_created_idx ON notification (staff_id, created_at DESC);
CREATE INDEX notification_email_due_idx ON notification (email_next_attempt_at) WHERE email_status = 'PENDING';

-- No CHECK here: it would scan the table under its lock; the API limits it to 2,000 characters.
ALTER TABLE absence ADD COLUMN decision_reason text;
