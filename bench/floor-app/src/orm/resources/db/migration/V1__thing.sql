SET lock_timeout = '5s';
CREATE TABLE thing (id uuid PRIMARY KEY, name text NOT NULL);
INSERT INTO thing (id, name) VALUES ('00000000-0000-0000-0000-000000000001', 'one');
