-- Validates V5's check on existing care homes, apart from V5 so that the scan takes only a
-- SHARE UPDATE EXCLUSIVE lock and writes go on.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

ALTER TABLE care_home VALIDATE CONSTRAINT care_home_reference_weeks_check;
