-- Mandatory roles per type, the rest of the legacy certification fields, renewals, evidence
-- files and expiry alerts. Only additions (expand): the previous release keeps working.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

-- Role codes of the scheduling service for which a type is mandatory (empty: nobody).
ALTER TABLE certification_type ADD COLUMN mandatory_roles text[] NOT NULL DEFAULT '{}';

-- Seeded defaults (admins change them): care roles are the legacy SCA, SCW, SSCW and their night
-- variants. PVG and SSSC cover every regulated role (care and management); moving and handling,
-- fire, infection control and adult protection every care role; medication the workers and seniors
-- who administer it; first aid the seniors who lead a shift.
UPDATE certification_type SET mandatory_roles = '{SCA,SCW,SSCW,SSCWN,SCWN,SCAN,SM,OM,HOS,IDI}' WHERE code IN ('PVG', 'SSSC');
UPDATE certification_type SET mandatory_roles = '{SCA,SCW,SSCW,SSCWN,SCWN,SCAN}'
    WHERE code IN ('MANUAL_HANDLING', 'FIRE_SAFETY', 'INFECTION_CONTROL', 'SAFEGUARDING');
UPDATE certification_type SET mandatory_roles = '{SCW,SSCW,SSCWN,SCWN}' WHERE code = 'MEDICATION';
UPDATE certification_type SET mandatory_roles = '{SSCW,SSCWN}' WHERE code = 'FIRST_AID';

-- The legacy StaffCertification fields V1 lacked, the staff snapshot from the scheduling service,
-- evidence awaited (PENDING), and the renewal chain. All nullable or defaulted: old code ignores them.
ALTER TABLE staff_certification ADD COLUMN renewal_date date;
-- Copied from the type when recorded (legacy days_before_expiry_alert); NULL only on rows from V1.
ALTER TABLE staff_certification ADD COLUMN alert_window_days integer;
ALTER TABLE staff_certification ADD COLUMN awaiting_evidence boolean NOT NULL DEFAULT false;
ALTER TABLE staff_certification ADD COLUMN staff_name text;
ALTER TABLE staff_certification ADD COLUMN staff_role text;
-- Whether the scheduling service confirmed the staff member when the certification was recorded.
ALTER TABLE staff_certification ADD COLUMN staff_verified boolean NOT NULL DEFAULT false;
-- A renewal supersedes the certification it renews; the old row stays as history.
ALTER TABLE staff_certification ADD COLUMN superseded_by uuid;
ALTER TABLE staff_certification ADD COLUMN superseded_at timestamptz;

UPDATE staff_certification c SET alert_window_days = t.alert_window_days
    FROM certification_type t WHERE t.code = c.certification_type AND c.alert_window_days IS NULL;

-- Current certifications of a person by type (batch staff status, training matrix) and by expiry
-- (alert job, expiring-within lists). Not CONCURRENTLY: Flyway runs this file in one transaction,
-- which CONCURRENTLY cannot join, and a care group's certifications (about 3,000 for 2,700 staff)
-- index in milliseconds, well inside the 5 s lock timeout; writes wait that long at most.
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX staff_certification_current_staff_idx ON staff_certification (staff_id, certification_type)
    WHERE superseded_by IS NULL;
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX staff_certification_current_expiry_idx ON staff_certification (expiry_date)
    WHERE superseded_by IS NULL AND expiry_date IS NOT NULL;

-- The evidence of a certification, in PostgreSQL: in the same transaction and backup as the
-- record, and shared by every replica without a shared volume. At most 10 MB each.
CREATE TABLE certificate_file (
    certification_id uuid PRIMARY KEY REFERENCES staff_certification (id),
    media_type       text NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes       integer NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    sha256           text NOT NULL,
    file_name        text,
    content          bytea NOT NULL,
    uploaded_by      text NOT NULL,
    uploaded_at      timestamptz NOT NULL
);

-- One alert per certification per state entered: the unique key makes a second run, or a second
-- replica running at the same moment, insert nothing.
CREATE TABLE expiry_alert (
    id                 uuid PRIMARY KEY,
    certification_id   uuid NOT NULL REFERENCES staff_certification (id),
    kind               text NOT NULL CHECK (kind IN ('EXPIRING_SOON', 'EXPIRED')),
    care_home_id       uuid NOT NULL,
    staff_id           uuid NOT NULL,
    staff_number       text NOT NULL,
    certification_type text NOT NULL,
    expiry_date        date NOT NULL,
    -- The day of the run that found the certification in this state.
    detected_on        date NOT NULL,
    recorded_at        timestamptz NOT NULL,
    recipient          text,
    delivery_state     text NOT NULL CHECK (delivery_state IN ('PENDING', 'DELIVERED', 'FAILED', 'NOT_CONFIGURED')),
    attempts           integer NOT NULL DEFAULT 0,
    next_attempt_at    timestamptz,
    last_attempt_at    timestamptz,
    last_status        integer,
    last_error         text,
    delivered_at       timestamptz,
    CONSTRAINT expiry_alert_once UNIQUE (certification_id, kind)
);

CREATE INDEX expiry_alert_due_idx ON expiry_alert (next_attempt_at) WHERE delivery_state = 'PENDING';
CREATE INDEX expiry_alert_home_idx ON expiry_alert (care_home_id, recorded_at);
