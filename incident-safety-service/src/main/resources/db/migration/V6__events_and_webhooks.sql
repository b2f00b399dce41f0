-- Domain events and webhooks (issue 17): a transactional outbox (each event is written in the
-- transaction of the change it records), the group's webhook subscriptions, and one delivery row
-- per (event, subscription) with its attempts. The shared code is io.careops.platform.events.
-- Expand only: three new tables that the previous release never reads.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

CREATE TABLE outbox_event (
    id uuid PRIMARY KEY,
    type text NOT NULL CHECK (length(type) <= 200),
    source text NOT NULL,
    subject text,
    care_home_id uuid,
    occurred_at timestamptz NOT NULL,
    data jsonb NOT NULL
);
CREATE INDEX outbox_event_type_occurred_at_idx ON outbox_event (type, occurred_at);

CREATE TABLE webhook_subscription (
    id uuid PRIMARY KEY,
    url text NOT NULL CHECK (length(url) <= 2000),
    -- empty: every event type
    event_types text[] NOT NULL DEFAULT '{}',
    secret text NOT NULL,
    active boolean NOT NULL DEFAULT true,
    description text,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL
);

CREATE TABLE webhook_delivery (
    event_id uuid NOT NULL REFERENCES outbox_event (id),
    subscription_id uuid NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    last_attempt_at timestamptz,
    last_status integer,
    last_error text,
    delivered_at timestamptz,
    queued_at timestamptz NOT NULL,
    PRIMARY KEY (event_id, subscription_id)
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_subscription_idx ON webhook_delivery (subscription_id);
