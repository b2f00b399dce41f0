#!/usr/bin/env bash
# The stack's floor for issue 16's targets: the smallest Quarkus 3.33.2 applications the services are
# built on (bench/floor-app: "web" is REST + Jackson + health with one resource; "orm" adds Hibernate
# ORM, the PostgreSQL driver and Flyway with one entity and one migration), packaged and run exactly as
# the services are (aot-jar, a JDK 25 AOT cache trained here, deploy/jvm/jvm-options). Prints, per
# variant, the time to ready (median of --runs starts, launch to /q/health/ready 200, as
# bench/startup.sh measures a service), the CPU to ready, the RSS when ready and after --seconds of
# wrk load (16 clients) on its one GET, and its requests a second. Whatever a service of ours costs
# beyond these figures is ours; below them, nothing of ours can go.
# A script, not a test: it never fails on a figure.
#
#   bench/floor.sh [--runs 10] [--seconds 60] [--variants "web orm"]
source "$(dirname "$0")/common.sh"

runs=10 seconds=60 variants="web orm"
while (($#)); do
  case "$1" in
    --runs) runs=$2; shift ;;
    --seconds) seconds=$2; shift ;;
    --variants) variants=$2; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
command -v wrk >/dev/null || { echo "needs wrk (Debian: apt-get install wrk)" >&2; exit 1; }

port=$((PORT_BASE + 9))
FLOOR_PID=""
stop_floor() {
  [[ -n "$FLOOR_PID" ]] || return 0
  kill -TERM "$FLOOR_PID" 2>/dev/null || true
  wait "$FLOOR_PID" 2>/dev/null || true
  FLOOR_PID=""
}
trap 'stop_floor; stop_postgres' EXIT
# Starts the variant's jar in the background with the shipped settings (and its cache when trained).
start_floor() {
  local app=$1; shift
  # shellcheck disable=SC2046
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$port \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/careops_floor" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
  JAVA_TOOL_OPTIONS="$(careops_jvm_options "$app")" \
    "$CAREOPS_JAVA" "$@" -jar "$app/quarkus-run.jar" >>"$BENCH_DIR/floor-$variant.log" 2>&1 &
  FLOOR_PID=$!
}
ready_ms() {
  local since=$1
  until [[ "$(http_status "$port" /q/health/ready)" == 200 ]]; do
    kill -0 "$FLOOR_PID" 2>/dev/null || { echo "floor app $variant exited (see $BENCH_DIR/floor-$variant.log)" >&2; return 1; }
    nap 0.005
  done
  echo $(($(now_ms) - since))
}

machine
start_postgres
# A database of its own, made afresh: the orm variant's migration runs at its first start.
PGOPTIONS='-c client_min_messages=warning' psql -q -h localhost -p "$PG_PORT" -U postgres -d postgres -c 'DROP DATABASE IF EXISTS careops_floor' \
  -c 'CREATE DATABASE careops_floor' >/dev/null
for variant in $variants; do
  profile=""; path=/hello
  [[ $variant == orm ]] && { profile="-Porm"; path=/things/00000000-0000-0000-0000-000000000001; }
  app="$REPO_ROOT/bench/floor-app/target/$variant/quarkus-app"
  if [[ ! -f "$app/quarkus-run.jar" ]]; then
    ./mvnw -B -q -f bench/floor-app/pom.xml $profile package >/dev/null
  fi
  : >"$BENCH_DIR/floor-$variant.log"
  if [[ ! -s "$app/app.aot" && "${CAREOPS_AOT:-on}" != off ]]; then
    # Trained as deploy/local/train-aot.sh trains the services: started with -XX:AOTCacheOutput, some
    # requests, stopped (the JVM writes the cache on exit).
    start_floor "$app" -XX:AOTCacheOutput="$app/app.aot" -XX:MaxMetaspaceSize=512m -Xlog:aot=error
    ready_ms "$(now_ms)" >/dev/null
    wrk -t1 -c2 -d5s "http://127.0.0.1:$port$path" >/dev/null
    stop_floor
  fi
  times=() cpus=()
  for ((r = 1; r <= runs; r++)); do
    started=$(now_ms)
    start_floor "$app"
    ms=$(ready_ms "$started")
    cpu=$(cpu_ms_tree "$FLOOR_PID")
    times+=("$ms"); cpus+=("$cpu")
    printf '%s start %d: ready in %d ms, CPU to ready %d ms\n' "$variant" "$r" "$ms" "$cpu"
    ((r == runs)) || stop_floor
  done
  ready_rss=$(rss_mb "$FLOOR_PID")
  out="$(wrk -t2 -c16 -d"${seconds}s" "http://127.0.0.1:$port$path")"
  rps="$(sed -nE 's/^Requests\/sec: *([0-9.]+).*/\1/p' <<<"$out")"
  printf '%s: time to ready median %d ms (CPU to ready median %d ms) over %d starts; RSS %d MB ready, %d MB after %d s of 16 clients on GET %s (%s req/s)\n' \
    "$variant" "$(printf '%s\n' "${times[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | median)" "$runs" \
    "$ready_rss" "$(rss_mb "$FLOOR_PID")" "$seconds" "$path" "${rps%.*}"
  stop_floor
done
machine
