-- Runs once, when the PostgreSQL volume is first created: one database per service, each owned by
-- its own role (the services never share a schema). Passwords come from the environment through
-- 20-roles.sh; nothing secret is written here.
CREATE DATABASE careops_scheduling;
CREATE DATABASE careops_incident_safety;
CREATE DATABASE careops_compliance;
