#!/usr/bin/env bash
# Imports a legacy export (Django dumpdata JSON) into CareOps through the services' import APIs.
#
#   deploy/local/import-legacy.sh [--dry-run] [--report FILE] [--batch N] EXPORT.json
#
# Against the local launcher (deploy/local/run.sh) it needs nothing else: the services' URLs come
# from CAREOPS_PORT_BASE (default 8080, services at base+1..3) and an admin token for every home
# is minted with the DEV-ONLY key (deploy/local/token.sh). Anywhere else set CAREOPS_SCHEDULING_URL,
# CAREOPS_INCIDENTS_URL, CAREOPS_COMPLIANCE_URL and CAREOPS_TOKEN (an admin bearer token).
# Builds legacy-import/target/legacy-import.jar when it is missing or older than its sources.
# Exit codes: 0 done; 1 usage; 2 bad input (nothing written); 3 a service went away (run again to
# resume); 4 a service refused a batch. Details: legacy-import/README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="$ROOT/legacy-import/target/legacy-import.jar"

case "${1:-}" in
  -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac

if [[ ! -f "$JAR" ]] || [[ -n "$(find "$ROOT/legacy-import/src/main" "$ROOT/legacy-import/pom.xml" -newer "$JAR" -print -quit)" ]]; then
  echo "import-legacy: building the importer (./mvnw -pl legacy-import package)" >&2
  (cd "$ROOT" && ./mvnw -B -q -pl legacy-import package -DskipTests) >&2
fi

base="${CAREOPS_PORT_BASE:-8080}"
export CAREOPS_SCHEDULING_URL="${CAREOPS_SCHEDULING_URL:-http://localhost:$((base + 1))}"
export CAREOPS_INCIDENTS_URL="${CAREOPS_INCIDENTS_URL:-http://localhost:$((base + 2))}"
export CAREOPS_COMPLIANCE_URL="${CAREOPS_COMPLIANCE_URL:-http://localhost:$((base + 3))}"
if [[ -z "${CAREOPS_TOKEN:-}" ]]; then
  # Local only: the dev key pair is accepted by the launcher's services and nowhere else.
  CAREOPS_TOKEN="$("$ROOT/deploy/local/token.sh" admin '*' --ttl 7200 --sub legacy-import)"
  export CAREOPS_TOKEN
fi

exec java -Xmx256m -jar "$JAR" "$@"
