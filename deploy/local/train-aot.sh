#!/usr/bin/env bash
# Writes each service's JDK 25 AOT cache, target/quarkus-app/app.aot, by a training run: the packaged
# service (aot-jar) starts against a local PostgreSQL with the shipped JVM settings
# (deploy/jvm/jvm-options) plus -XX:AOTCacheOutput, answers a short workload through its API (start-up,
# health, tokens, reads, writes, problem answers), and is stopped; at exit the JVM assembles the cache
# from what it loaded, linked and profiled. Run after the jars are built (./mvnw verify or package);
# CI and deploy/local/run.sh --build do. Training took 49-74 s a service (3 min for the three) on a
# quiet machine (load average 2.3-2.8), 109-232 s at load average 9-15.
# The training JVM gets -XX:MaxMetaspaceSize=512m over the shipped 160m: the cache is assembled in
# a buffer sized from the class space, and at 160m writing it failed ("Unable to allocate from 'ro'
# region") once the scheduling service passed ~17,800 classes. The run itself keeps the shipped cap.
#
#   deploy/local/train-aot.sh [scheduling incident-safety compliance]
#
# Ports: CAREOPS_PORT_BASE / CAREOPS_PG_PORT as for the launcher (PostgreSQL data in .local/aot-postgres).
# Why not Quarkus's own training by @QuarkusIntegrationTest runs: its recording JVM is given fixed waits (20 s
# to assemble the cache) that a busy 2-core CI machine overran, leaving no cache and no error.
set -euo pipefail
export CAREOPS_BENCH_PG_DIR=aot-postgres
source "$(dirname "$0")/../../bench/common.sh"

# A busy machine may take longer than the shipped 5 s to open the first connection.
export QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=60S
services=("$@")
((${#services[@]})) || services=(scheduling incident-safety compliance)
trap 'stop_service; stop_postgres' EXIT
start_postgres
token="$(deploy/local/token.sh admin '*' --ttl 3600 --sub aot-training)"
for s in "${services[@]}"; do
  app="$REPO_ROOT/${MODULE[$s]}/target/quarkus-app"
  [[ -f "$app/quarkus-run.jar" ]] || { echo "$app/quarkus-run.jar missing: build first" >&2; exit 1; }
  rm -f "$app/app.aot"
  log="$BENCH_DIR/aot-training-${MODULE[$s]}.log"
  started=$(now_ms)
  BENCH_EXTRA_JVM_FLAGS="-XX:AOTCacheOutput=$app/app.aot -XX:MaxMetaspaceSize=512m -Xlog:aot=error" start_service "$s" "$log"
  wait_ready "$s" "$started" 600000 >/dev/null
  base="http://127.0.0.1:${HTTP_PORT[$s]}"
  get() { curl -s -o /dev/null -H "Authorization: Bearer $token" "$base$1" || true; }
  for path in /q/health/ready /q/health/live /q/openapi /q/metrics; do get "$path"; done
  case "$s" in
    scheduling)
      seed_scheduling
      "$CAREOPS_JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC bench/Load.java --url "$base" \
        --shift "$SEED_SHIFT" --unit "$SEED_UNIT" --seconds 15 --concurrency 4 >/dev/null
      get "/api/v1/care-homes"; get "/api/v1/staff"; get "/api/v1/rota?unitId=$SEED_UNIT&weekStart=2030-05-27" ;;
    incident-safety)
      for i in $(seq 50); do get "/api/v1/incidents"; get "/api/v1/action-plans"; get "/api/v1/incidents/$(cat /proc/sys/kernel/random/uuid)"; done ;;
    compliance)
      for i in $(seq 50); do get "/api/v1/certifications"; get "/api/v1/certifications/$(cat /proc/sys/kernel/random/uuid)"; done ;;
  esac
  for i in $(seq 20); do
    curl -s -o /dev/null "$base/api/v1/nothing-here" || true
    curl -s -o /dev/null -H 'Authorization: Bearer not-a-token' "$base/api/v1/care-homes" || true
  done
  stop_service # SIGTERM: the JVM exits and assembles the cache (it waits for that)
  [[ -s "$app/app.aot" ]] || { echo "no AOT cache written for ${MODULE[$s]} (see $log)" >&2; exit 1; }
  printf '%-24s AOT cache %s MiB, trained in %d ms\n' "${MODULE[$s]}" "$(($(stat -c %s "$app/app.aot") / 1048576))" $(($(now_ms) - started))
done
