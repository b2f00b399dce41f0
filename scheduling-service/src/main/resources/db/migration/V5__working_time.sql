-- Working time: each home's reference period and whether reg 21 (residential care) applies,
-- compensatory rest recorded as given, and managers' overrides of a refused assignment.
-- Expand only: an older release ignores the new columns (they have defaults) and tables.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

-- 26 weeks where reg 21 applies, as it does to residential care; 1-52 so a mistyped figure fails.
-- NOT VALID still checks every new and changed row; V6 validates the old ones (all default 26)
-- in its own transaction, so no lock is held while the table is scanned.
ALTER TABLE care_home ADD COLUMN working_time_reference_weeks integer NOT NULL DEFAULT 26;
ALTER TABLE care_home ADD COLUMN working_time_special_case boolean NOT NULL DEFAULT true;
ALTER TABLE care_home ADD CONSTRAINT care_home_reference_weeks_check
    CHECK (working_time_reference_weeks BETWEEN 1 AND 52) NOT VALID;

-- Compensatory rest owed is derived from the rota each time it is read; only the fact that it
-- was given is stored, under the shortfall's stable key (rule and shift or week).
CREATE TABLE compensatory_rest_given (
    id            uuid PRIMARY KEY,
    staff_id      uuid NOT NULL REFERENCES staff (id),
    care_home_id  uuid NOT NULL REFERENCES care_home (id),
    shortfall_key text NOT NULL,
    arises_on     date NOT NULL,
    minutes       integer NOT NULL CHECK (minutes > 0),
    given_on      date NOT NULL,
    note          text,
    recorded_by   text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint NOT NULL DEFAULT 0,
    CONSTRAINT compensatory_rest_once UNIQUE (staff_id, shortfall_key)
);

CREATE INDEX compensatory_rest_home_idx ON compensatory_rest_given (care_home_id, arises_on);

-- A manager's decision to assign despite violations: who, why, and what was overridden.
CREATE TABLE working_time_override (
    id            uuid PRIMARY KEY,
    shift_id      uuid NOT NULL REFERENCES shift (id),
    staff_id      uuid NOT NULL REFERENCES staff (id),
    care_home_id  uuid NOT NULL REFERENCES care_home (id),
    reason        text NOT NULL CHECK (length(reason) BETWEEN 10 AND 2000),
    violations    text NOT NULL,
    overridden_by text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint NOT NULL DEFAULT 0
);

CREATE INDEX working_time_override_shift_idx ON working_time_override (shift_id);
CREATE INDEX working_time_override_home_idx ON working_time_override (care_home_id, created_at);
