-- Leave: each home's leave year and bank-holiday rule, blackout periods per unit, and on an
-- absence the leave hours asked for and a manager's override of a blackout.
-- Expand only: new tables, and nullable columns an older release ignores.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

-- A home without a row uses the defaults: the leave year starts on 1 January and bank holidays
-- count within the entitlement (reg 13 and 13A allow either).
CREATE TABLE leave_policy (
    care_home_id                 uuid PRIMARY KEY REFERENCES care_home (id),
    leave_year_start_month       integer NOT NULL CHECK (leave_year_start_month BETWEEN 1 AND 12),
    -- At most 28 so that every year has the day.
    leave_year_start_day         integer NOT NULL CHECK (leave_year_start_day BETWEEN 1 AND 28),
    bank_holidays_in_entitlement boolean NOT NULL,
    created_at                   timestamptz NOT NULL DEFAULT now(),
    updated_at                   timestamptz NOT NULL DEFAULT now(),
    version                      bigint NOT NULL DEFAULT 0
);

-- Days on which a unit cannot spare staff for annual leave; a request inside one is refused
-- with the reason unless a manager overrides it.
CREATE TABLE leave_blackout (
    id           uuid PRIMARY KEY,
    care_home_id uuid NOT NULL REFERENCES care_home (id),
    unit_id      uuid NOT NULL REFERENCES unit (id),
    first_day    date NOT NULL,
    last_day     date NOT NULL,
    reason       text NOT NULL CHECK (char_length(reason) BETWEEN 3 AND 500),
    active       boolean NOT NULL DEFAULT true,
    created_by   text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      bigint NOT NULL DEFAULT 0,
    CONSTRAINT leave_blackout_days_check CHECK (last_day >= first_day)
);

CREATE INDEX leave_blackout_unit_days_idx ON leave_blackout (unit_id, first_day);
CREATE INDEX leave_blackout_home_days_idx ON leave_blackout (care_home_id, first_day);

-- The leave an absence uses when it is not the default (its weekdays at a fifth of the weekly
-- hours), e.g. a 12.5-hour shift on a Saturday; NULL: the default.
ALTER TABLE absence ADD COLUMN leave_hours numeric(6, 2);
ALTER TABLE absence ADD COLUMN blackout_override_reason text;
ALTER TABLE absence ADD COLUMN blackout_overridden_by text;
