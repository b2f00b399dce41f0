-- Stands for whatever a later release adds (expand only: a new table, a nullable column).
-- Applied by the release-compatibility tests on top of a service's own migrations, so that the
-- service under test meets a schema one release ahead of it, as during a rollback.
SET lock_timeout = '5s';
CREATE TABLE later_release_probe (
    id uuid PRIMARY KEY,
    note text
);
