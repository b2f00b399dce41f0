#!/usr/bin/env bash
# One login role per service, owner of that service's database, with the password compose passes
# in (deploy/compose/.env). Runs once, after 10-databases.sql, when the volume is first created.
set -euo pipefail
for pair in "careops_scheduling:$SCHEDULING_DB_PASSWORD" \
            "careops_incident_safety:$INCIDENT_SAFETY_DB_PASSWORD" \
            "careops_compliance:$COMPLIANCE_DB_PASSWORD"; do
  role="${pair%%:*}" password="${pair#*:}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v role="$role" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
ALTER DATABASE :"role" OWNER TO :"role";
SQL
done
