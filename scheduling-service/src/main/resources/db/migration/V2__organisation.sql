-- Roles, units, staff, shift types and agency companies.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

-- The legacy role catalogue. Seniors and management are supervisory for skill mix (DOMAIN.md 1);
-- rota rights and the headcount the organisation aims for are carried over from the legacy roles.
CREATE TABLE staff_role (
    code               text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,29}$'),
    name               text NOT NULL,
    supervisory        boolean NOT NULL,
    management         boolean NOT NULL,
    can_manage_rota    boolean NOT NULL DEFAULT false,
    required_headcount integer NOT NULL DEFAULT 0 CHECK (required_headcount >= 0)
);

INSERT INTO staff_role (code, name, supervisory, management, can_manage_rota, required_headcount) VALUES
    ('SCA', 'Social care assistant', false, false, false, 78),
    ('SCW', 'Social care worker', false, false, false, 48),
    ('SSCW', 'Senior social care worker', true, false, true, 24),
    ('SSCWN', 'Senior social care worker (nights)', true, false, false, 0),
    ('SCWN', 'Social care worker (nights)', false, false, false, 0),
    ('SCAN', 'Social care assistant (nights)', false, false, false, 0),
    ('OM', 'Operations manager', true, true, true, 0),
    ('SM', 'Service manager', true, true, true, 0),
    ('HOS', 'Head of service', true, true, true, 1),
    ('IDI', 'IDI team', true, true, false, 3),
    ('ADMIN', 'Administrator', true, true, true, 0),
    ('ACT_COORD', 'Activities coordinator', false, false, false, 0),
    ('ACT_ASST', 'Activities assistant', false, false, false, 0),
    ('SEC_ATTEND', 'Security attendant', false, false, false, 0);

CREATE TABLE unit (
    id                uuid PRIMARY KEY,
    care_home_id      uuid NOT NULL REFERENCES care_home (id),
    name              text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    description       text,
    -- Staffing floors and targets per period (legacy defaults 2 / 1 / 2 and 3 / 2).
    min_day_staff     integer NOT NULL CHECK (min_day_staff >= 0),
    min_night_staff   integer NOT NULL CHECK (min_night_staff >= 0),
    min_weekend_staff integer NOT NULL CHECK (min_weekend_staff >= 0),
    ideal_day_staff   integer NOT NULL CHECK (ideal_day_staff >= min_day_staff),
    ideal_night_staff integer NOT NULL CHECK (ideal_night_staff >= min_night_staff),
    active            boolean NOT NULL DEFAULT true,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint NOT NULL DEFAULT 0,
    CONSTRAINT unit_home_name_key UNIQUE (care_home_id, name)
);

CREATE TABLE staff (
    id                        uuid PRIMARY KEY,
    -- The legacy 6-digit "SAP number", kept as the business key payroll and HR use.
    staff_number              text NOT NULL CHECK (staff_number ~ '^[0-9]{6}$'),
    first_name                text NOT NULL,
    last_name                 text NOT NULL,
    email                     text,
    phone                     text,
    -- Legacy users may have no role: such a person can only work shift types open to any role.
    role_code                 text REFERENCES staff_role (code),
    care_home_id              uuid NOT NULL REFERENCES care_home (id),
    home_unit_id              uuid REFERENCES unit (id),
    -- Where the person works at present, when not their home unit (the legacy "unit").
    assigned_unit_id          uuid REFERENCES unit (id),
    team                      text CHECK (team IN ('A', 'B', 'C', 'MGMT')),
    contracted_hours_per_week numeric(5, 2) NOT NULL CHECK (contracted_hours_per_week BETWEEN 0 AND 100),
    hourly_rate               numeric(8, 2) CHECK (hourly_rate >= 0),
    annual_leave_days         integer CHECK (annual_leave_days BETWEEN 0 AND 366),
    shifts_per_week           integer CHECK (shifts_per_week BETWEEN 0 AND 14),
    shift_preference          text,
    date_of_birth             date,
    night_worker              boolean NOT NULL DEFAULT false,
    -- Working Time Regulations reg 5 opt-out: in force from signed_on until ended_on.
    wtr_opt_out_signed_on     date,
    wtr_opt_out_ended_on      date,
    employment_start          date NOT NULL,
    employment_end            date,
    active                    boolean NOT NULL DEFAULT true,
    created_at                timestamptz NOT NULL DEFAULT now(),
    updated_at                timestamptz NOT NULL DEFAULT now(),
    version                   bigint NOT NULL DEFAULT 0,
    CONSTRAINT staff_staff_number_key UNIQUE (staff_number),
    CONSTRAINT staff_employment_check CHECK (employment_end IS NULL OR employment_end >= employment_start),
    CONSTRAINT staff_opt_out_check CHECK (wtr_opt_out_ended_on IS NULL
        OR (wtr_opt_out_signed_on IS NOT NULL AND wtr_opt_out_ended_on >= wtr_opt_out_signed_on))
);

CREATE INDEX staff_care_home_name_idx ON staff (care_home_id, last_name, first_name);
CREATE INDEX staff_home_unit_idx ON staff (home_unit_id);

CREATE TABLE shift_type (
    id                   uuid PRIMARY KEY,
    code                 text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,29}$'),
    name                 text NOT NULL,
    start_time           time NOT NULL,
    -- At or before start_time: the shift ends the next day.
    end_time             time NOT NULL,
    unpaid_break_minutes integer NOT NULL DEFAULT 0 CHECK (unpaid_break_minutes BETWEEN 0 AND 240),
    -- Role codes allowed to work it; empty: any role.
    allowed_roles        text[] NOT NULL DEFAULT '{}',
    active               boolean NOT NULL DEFAULT true,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    version              bigint NOT NULL DEFAULT 0,
    CONSTRAINT shift_type_code_key UNIQUE (code)
);

-- The legacy shift types (DOMAIN.md 2 and the legacy export).
INSERT INTO shift_type (id, code, name, start_time, end_time, allowed_roles) VALUES
    ('6d1b6a52-2f0e-4d7c-9c0a-000000000001', 'DAY_SENIOR', 'Day (senior)', '07:45', '20:15', '{SSCW,SCW}'),
    ('6d1b6a52-2f0e-4d7c-9c0a-000000000002', 'DAY_ASSISTANT', 'Day (assistant)', '08:00', '20:00', '{SCA}'),
    ('6d1b6a52-2f0e-4d7c-9c0a-000000000003', 'NIGHT_SENIOR', 'Night (senior)', '19:45', '08:15', '{SSCW,SSCWN,SCW,SCWN}'),
    ('6d1b6a52-2f0e-4d7c-9c0a-000000000004', 'NIGHT_ASSISTANT', 'Night (assistant)', '20:00', '08:00', '{SCA,SCAN}'),
    ('6d1b6a52-2f0e-4d7c-9c0a-000000000005', 'ADMIN', 'Administration (supernumerary)', '09:00', '17:00', '{}');

CREATE TABLE agency_company (
    id                uuid PRIMARY KEY,
    name              text NOT NULL,
    contact_person    text,
    contact_email     text,
    contact_phone     text,
    account_number    text,
    notes             text,
    day_hourly_rate   numeric(8, 2) NOT NULL CHECK (day_hourly_rate >= 0),
    night_hourly_rate numeric(8, 2) NOT NULL CHECK (night_hourly_rate >= 0),
    active            boolean NOT NULL DEFAULT true,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint NOT NULL DEFAULT 0,
    CONSTRAINT agency_company_name_key UNIQUE (name)
);
