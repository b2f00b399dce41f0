-- Actual hours (issue 17): when a shift really started and ended, recorded by a manager (with a
-- reason) or by the person on it clocking in and out; who recorded it and when. Working time,
-- the overtime report and payroll use these where both ends are present, the plan otherwise.
-- Expand only: nullable columns without defaults (no table rewrite) that the previous release
-- neither reads nor writes. The rule actual_end > actual_start is kept by the entity
-- (Shift.recordActual, clockOut), as the other lifecycle rules are.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

ALTER TABLE shift ADD COLUMN actual_start timestamptz;
ALTER TABLE shift ADD COLUMN actual_end timestamptz;
ALTER TABLE shift ADD COLUMN actual_reason text;
ALTER TABLE shift ADD COLUMN actual_recorded_by text;
ALTER TABLE shift ADD COLUMN actual_recorded_at timestamptz;
