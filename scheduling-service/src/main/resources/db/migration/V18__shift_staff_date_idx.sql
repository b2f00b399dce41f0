-- Shifts by person (issue 15, item 5): the working-time rules read a person's shifts, or the
-- shifts of a home's staff wherever they worked (the law limits the worker, not the home). No
-- index led from staff_id to shift (the exclusion constraint's GiST index serves no "= ANY"), so
-- every such read scanned the whole shift table: the 39,102 shifts of the demo group to keep the
-- 7,785 of the largest home's staff, and all of them to check one person's proposed shift.
-- Expand only: an index that the previous release ignores.
-- CREATE INDEX blocks writes to shift while it is built (milliseconds at these sizes). On a large
-- table, build it first with CREATE INDEX CONCURRENTLY under the same name: this is then a no-op.
SET lock_timeout = '5s';

CREATE INDEX IF NOT EXISTS shift_staff_date_idx ON shift (staff_id, shift_date);
