-- Shifts by person (issue 15, item 5): the working-time rules read a person's shifts, or the
-- shifts of a home's staff wherever they worked (the law limits the worker, not the home). No
-- index led from staff_id to shift (the exclusion constraint's GiST index serves no "= ANY"), so
-- every such read scanned the whole shift table: the 39,102 shifts of the demo group to keep the
-- 7,785 of the largest home's staff, and all of them to check one person's proposed shift.
-- Expand only: an index that the previous release ignores.
-- Not CONCURRENTLY: Flyway runs this file in one transaction, which CONCURRENTLY cannot join.
-- Building it blocks writes to shift while it runs: about half a second for the demo group's
-- 39,102 shifts on a 2-core machine, so a care group's year of shifts stays well inside the lock
-- and statement timeouts; writes wait that long at most.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

-- squawk-ignore require-concurrent-index-creation
CREATE INDEX shift_staff_date_idx ON shift (staff_id, shift_date);
