-- Open-shift offers that end (issue 14, item 4): an offer may carry a time after which it cannot be
-- claimed (before the shift starts); a manager may withdraw an open offer (state WITHDRAWN, which
-- V10 already allows) and who did is kept. Expand only: nullable columns the previous release
-- never reads (it treats every offer as open until claimed or taken, as before).
SET lock_timeout = '5s';
SET statement_timeout = '60s';

ALTER TABLE open_shift_offer ADD COLUMN expires_at timestamptz;
ALTER TABLE open_shift_offer ADD COLUMN withdrawn_by text;
