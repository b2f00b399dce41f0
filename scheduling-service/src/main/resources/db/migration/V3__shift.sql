-- Shifts: open (no one yet), staffed or agency-covered, with the exact instants they run.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

-- Trusted since PostgreSQL 13: a database owner may create it without superuser.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE shift (
    id                   uuid PRIMARY KEY,
    care_home_id         uuid NOT NULL REFERENCES care_home (id),
    unit_id              uuid NOT NULL REFERENCES unit (id),
    shift_type_id        uuid REFERENCES shift_type (id),
    -- The rota day and local times as planned; starts_at and ends_at are the same times as
    -- instants in the home's zone (a night across a clock change lasts 11 or 13 hours).
    shift_date           date NOT NULL,
    start_time           time NOT NULL,
    end_time             time NOT NULL,
    starts_at            timestamptz NOT NULL,
    ends_at              timestamptz NOT NULL,
    unpaid_break_minutes integer NOT NULL DEFAULT 0 CHECK (unpaid_break_minutes >= 0),
    -- NULL: an open shift that still needs covering (or an agency shift).
    staff_id             uuid REFERENCES staff (id),
    status               text NOT NULL CHECK (status IN ('SCHEDULED', 'CONFIRMED', 'WORKED', 'CANCELLED')),
    classification       text NOT NULL CHECK (classification IN ('REGULAR', 'OVERTIME', 'AGENCY', 'BANK')),
    overtime             boolean NOT NULL DEFAULT false,
    agency_company_id    uuid REFERENCES agency_company (id),
    agency_worker_name   text,
    agency_hourly_rate   numeric(8, 2) CHECK (agency_hourly_rate >= 0),
    notes                text,
    created_by           text NOT NULL,
    updated_by           text NOT NULL,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    version              bigint NOT NULL DEFAULT 0,
    CONSTRAINT shift_times_check CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '24 hours'),
    -- Every OVERTIME shift is overtime; an agency shift never is.
    CONSTRAINT shift_overtime_check CHECK ((classification <> 'OVERTIME' OR overtime)
        AND (classification <> 'AGENCY' OR NOT overtime)),
    -- Agency shifts name the company and the rate, and no member of staff.
    CONSTRAINT shift_agency_check CHECK ((classification = 'AGENCY') = (agency_company_id IS NOT NULL)
        AND (classification <> 'AGENCY' OR (agency_hourly_rate IS NOT NULL AND staff_id IS NULL))),
    -- No one holds two overlapping shifts; shifts that touch at one instant do not overlap.
    CONSTRAINT shift_no_double_booking EXCLUDE USING gist
        (staff_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
        WHERE (staff_id IS NOT NULL AND status <> 'CANCELLED')
);

-- A unit's week (shift list and rota view) filters the unit and the rota days.
CREATE INDEX shift_unit_date_idx ON shift (unit_id, shift_date);
-- A home's period (shift list, reports).
CREATE INDEX shift_home_date_idx ON shift (care_home_id, shift_date);
CREATE INDEX shift_home_overtime_idx ON shift (care_home_id, shift_date) WHERE overtime;
