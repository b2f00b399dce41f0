-- Swaps across the homes of a group (issue 14, item 3 with item 6): A's shift is in one home and B
-- belongs to another (or B's shift in return is in another). The swap keeps the shift's home in
-- care_home_id (its managers approve it) and the other home here, so that the other home's
-- managers see it too; NULL when both are of one home, as every swap recorded before.
-- Expand only: a nullable column the previous release never reads.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

ALTER TABLE shift_swap ADD COLUMN other_care_home_id uuid;
