-- Young workers at night (issue 15, reg 6A): a young worker's restricted period is 22:00-06:00,
-- or 23:00-07:00 where the contract provides for work after 22:00 (reg 2). This records which.
-- The date of birth the rule needs is already on staff (V2, date_of_birth, optional).
-- Expand only: a column with a constant default (no table rewrite in PostgreSQL 11+), which the
-- previous release neither reads nor has to write.
SET lock_timeout = '5s';
SET statement_timeout = '60s';

ALTER TABLE staff ADD COLUMN contracted_after_22 boolean NOT NULL DEFAULT false;
