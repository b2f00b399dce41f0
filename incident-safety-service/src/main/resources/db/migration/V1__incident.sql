-- Incidents, and the counters that issue their references (INC-YYYY-NNNN) without gaps.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

-- One row per series and year; incremented in the transaction that uses the number, so a
-- rolled-back insert gives its number back and two concurrent inserts never share one.
CREATE TABLE reference_counter (
    series     text NOT NULL,
    year       integer NOT NULL CHECK (year BETWEEN 2000 AND 9999),
    last_value integer NOT NULL CHECK (last_value >= 0),
    PRIMARY KEY (series, year)
);

CREATE TABLE incident (
    id                uuid PRIMARY KEY,
    reference         text NOT NULL,
    -- Care homes and units live in the scheduling service: referenced by id, not by foreign key.
    care_home_id      uuid NOT NULL,
    unit_id           uuid,
    occurred_at       timestamptz NOT NULL,
    time_zone         text NOT NULL DEFAULT 'Europe/London',
    reported_by       text NOT NULL,
    incident_type     text NOT NULL CHECK (incident_type ~ '^[A-Z][A-Z0-9_]{1,49}$'),
    severity          text NOT NULL CHECK (severity IN ('NO_HARM', 'LOW_HARM', 'MODERATE_HARM', 'MAJOR_HARM', 'DEATH')),
    risk_rating       text NOT NULL CHECK (risk_rating IN ('LOW', 'MODERATE', 'HIGH', 'CRITICAL')),
    location          text,
    description       text NOT NULL,
    immediate_actions text,
    status            text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'UNDER_INVESTIGATION', 'CLOSED')),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint NOT NULL DEFAULT 0,
    CONSTRAINT incident_reference_key UNIQUE (reference)
);

CREATE INDEX incident_care_home_occurred_idx ON incident (care_home_id, occurred_at DESC);
