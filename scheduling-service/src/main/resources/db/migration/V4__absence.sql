-- Absences: leave, sickness, training and the like, requested and decided.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

CREATE TABLE absence (
    id           uuid PRIMARY KEY,
    staff_id     uuid NOT NULL REFERENCES staff (id),
    care_home_id uuid NOT NULL REFERENCES care_home (id),
    absence_type text NOT NULL CHECK (absence_type IN
        ('ANNUAL_LEAVE', 'SICKNESS', 'TRAINING', 'MATERNITY_LEAVE', 'PATERNITY_LEAVE', 'OTHER')),
    -- Whole days in the home's calendar, both included.
    first_day    date NOT NULL,
    last_day     date NOT NULL,
    state        text NOT NULL CHECK (state IN ('REQUESTED', 'APPROVED', 'DECLINED', 'CANCELLED')),
    notes        text,
    requested_by text NOT NULL,
    decided_by   text,
    decided_at   timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      bigint NOT NULL DEFAULT 0,
    CONSTRAINT absence_days_check CHECK (last_day >= first_day),
    -- One person is never on two approved absences on the same day.
    CONSTRAINT absence_no_double_approval EXCLUDE USING gist
        (staff_id WITH =, daterange(first_day, last_day, '[]') WITH &&) WHERE (state = 'APPROVED')
);

CREATE INDEX absence_home_days_idx ON absence (care_home_id, first_day);
