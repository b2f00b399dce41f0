-- Care homes: the tenancy root. Every other scheduling record belongs to one.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

CREATE TABLE care_home (
    id                      uuid PRIMARY KEY,
    name                    text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    code                    text NOT NULL CHECK (code ~ '^[A-Z0-9_]{2,30}$'),
    -- Care Inspectorate service number, e.g. CS2023012345.
    service_number          text NOT NULL CHECK (service_number ~ '^CS[0-9]{10}$'),
    registration_number     text,
    client_group            text NOT NULL CHECK (client_group IN ('OLDER_PEOPLE', 'ADULTS', 'CHILDREN_AND_YOUNG_PEOPLE')),
    bed_capacity            integer NOT NULL CHECK (bed_capacity >= 0),
    occupancy               integer NOT NULL CHECK (occupancy >= 0 AND occupancy <= bed_capacity),
    address                 text NOT NULL,
    postcode                text NOT NULL,
    phone                   text,
    email                   text,
    opened_on               date,
    time_zone               text NOT NULL DEFAULT 'Europe/London',
    agency_budget_monthly   numeric(12, 2) NOT NULL DEFAULT 9000 CHECK (agency_budget_monthly >= 0),
    overtime_budget_monthly numeric(12, 2) NOT NULL DEFAULT 5000 CHECK (overtime_budget_monthly >= 0),
    active                  boolean NOT NULL DEFAULT true,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    version                 bigint NOT NULL DEFAULT 0,
    CONSTRAINT care_home_code_key UNIQUE (code),
    CONSTRAINT care_home_service_number_key UNIQUE (service_number)
);
