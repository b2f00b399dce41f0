-- Training evidence (issue 14 item 8): a staff member submits a certification of their own; it is
-- PENDING (awaiting_evidence) until a manager verifies it or rejects it with a reason. Who did which
-- and when is kept. Expand only: nullable or defaulted columns that the previous release ignores
-- (it shows a rejected submission as PENDING, which still never counts as valid).
SET lock_timeout = '5s';
SET statement_timeout = '60s';

ALTER TABLE staff_certification ADD COLUMN submitted_by_staff boolean NOT NULL DEFAULT false;
ALTER TABLE staff_certification ADD COLUMN verified_by text;
ALTER TABLE staff_certification ADD COLUMN verified_at timestamptz;
ALTER TABLE staff_certification ADD COLUMN rejected_by text;
ALTER TABLE staff_certification ADD COLUMN rejected_at timestamptz;
ALTER TABLE staff_certification ADD COLUMN rejection_reason text;
