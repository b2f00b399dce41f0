-- The certification catalogue and the certifications staff hold.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

CREATE TABLE certification_type (
    code              text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,49}$'),
    name              text NOT NULL,
    -- NULL: the certification does not expire.
    validity_months   integer CHECK (validity_months > 0),
    alert_window_days integer NOT NULL DEFAULT 30 CHECK (alert_window_days >= 0),
    critical          boolean NOT NULL DEFAULT false,
    active            boolean NOT NULL DEFAULT true,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint NOT NULL DEFAULT 0
);

-- The legacy twelve, with the validity defaults of DOMAIN.md section 4. Where the guidance gives
-- a range or leaves it to the provider, the default is the shorter period, so a lapse is
-- flagged early rather than late; admins change it per type.
INSERT INTO certification_type (code, name, validity_months, critical) VALUES
    ('FIRST_AID', 'First aid', 36, true),
    ('MANUAL_HANDLING', 'Moving and handling', 12, false),
    ('FIRE_SAFETY', 'Fire safety', 12, false),
    ('FOOD_HYGIENE', 'Food hygiene (REHIS)', 36, false),
    ('MEDICATION', 'Medication administration', 12, true),
    ('SAFEGUARDING', 'Adult support and protection', 12, true),
    ('INFECTION_CONTROL', 'Infection prevention and control', 12, false),
    ('DEMENTIA_CARE', 'Dementia care', NULL, false),
    ('PALLIATIVE_CARE', 'Palliative care', NULL, false),
    ('PVG', 'PVG scheme membership', 60, true),
    ('SSSC', 'SSSC registration', 60, true),
    ('OTHER', 'Other', NULL, false);

CREATE TABLE staff_certification (
    id                 uuid PRIMARY KEY,
    care_home_id       uuid NOT NULL,
    -- Staff live in the scheduling service: referenced by its id and the legacy staff number.
    staff_id           uuid NOT NULL,
    staff_number       text NOT NULL CHECK (staff_number ~ '^[0-9]{6}$'),
    certification_type text NOT NULL REFERENCES certification_type (code),
    name               text NOT NULL,
    issue_date         date NOT NULL,
    expiry_date        date,
    issuing_body       text,
    certificate_number text,
    notes              text,
    created_by         text NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            bigint NOT NULL DEFAULT 0,
    CONSTRAINT staff_certification_dates_check CHECK (expiry_date IS NULL OR expiry_date >= issue_date)
);

CREATE INDEX staff_certification_home_expiry_idx ON staff_certification (care_home_id, expiry_date);
CREATE INDEX staff_certification_staff_idx ON staff_certification (staff_id);
CREATE INDEX staff_certification_type_idx ON staff_certification (certification_type);
