#!/usr/bin/env bash
# Refreshes the committed contract from a build: openapi/<service>.json (what each service's build
# writes to <service>/target/openapi/openapi.json, quarkus.smallrye-openapi.store-schema-directory)
# and the TypeScript client types generated from them (clients/typescript/src/generated).
# Review the diff: every change of a spec is a change of the contract the SPA, the mobile app and
# integrators code against. .ci/check-openapi fails when the two differ.
#
#   openapi/update.sh              build the three services (no tests), then copy and generate
#   openapi/update.sh --no-build   copy from the last build (e.g. right after ./mvnw verify)
set -euo pipefail
cd "$(dirname "$0")/.."
services=(scheduling-service incident-safety-service compliance-service)

if [ "${1:-}" != "--no-build" ]; then
  ./mvnw -B -q -pl "$(IFS=,; echo "${services[*]}")" -am package -Dmaven.test.skip=true
fi
for service in "${services[@]}"; do
  built="$service/target/openapi/openapi.json"
  [ -f "$built" ] || { echo "No $built: build the service first (./mvnw package)" >&2; exit 1; }
  cp "$built" "openapi/$service.json"
  echo "openapi/$service.json <- $built"
done

cd clients/typescript
[ -x node_modules/.bin/openapi-typescript ] || npm ci --no-audit --no-fund --loglevel=error
npm run --silent generate
node_modules/.bin/tsc --noEmit
echo "clients/typescript/src/generated regenerated; tsc --noEmit passes"
