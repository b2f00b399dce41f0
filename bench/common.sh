# Shared by the benchmark scripts in bench/ (sourced, not run). Starts what a measurement needs:
# the local PostgreSQL of deploy/local (its own data directory, .local/bench-postgres) and a
# service from target/quarkus-app with the JVM settings every environment shares
# (deploy/jvm/jvm-options), on JDK 25.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
# shellcheck source=../deploy/local/jdk.sh
source deploy/local/jdk.sh

PORT_BASE="${CAREOPS_PORT_BASE:-8080}"
PG_PORT="${CAREOPS_PG_PORT:-55432}"
BENCH_DIR="$REPO_ROOT/.local/bench"
PG_DIR="$REPO_ROOT/.local/${CAREOPS_BENCH_PG_DIR:-bench-postgres}"
CLASSPATH_FILE="$REPO_ROOT/.local/launcher.classpath"
mkdir -p "$BENCH_DIR"

declare -A MODULE=([scheduling]=scheduling-service [incident-safety]=incident-safety-service [compliance]=compliance-service)
declare -A HTTP_PORT=([scheduling]=$((PORT_BASE + 1)) [incident-safety]=$((PORT_BASE + 2)) [compliance]=$((PORT_BASE + 3)))
declare -A DATABASE=([scheduling]=careops_scheduling [incident-safety]=careops_incident_safety [compliance]=careops_compliance)

now_ms() { echo $(($(date +%s%N) / 1000000)); }
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%d\n", (a[NR/2]+a[NR/2+1])/2}'; }
# Load average and cores, printed with every figure: the machine is shared.
machine() { printf 'machine: %s cores, load average %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"; }

# HTTP status of GET path on 127.0.0.1:port, from bash alone (no process per poll: a poll loop of
# curls would take CPU from the JVM being timed). Prints 000 when nothing answers.
http_status() {
  local port=$1 path=$2 line
  if { exec 7<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
    printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$path" >&7
    IFS= read -r -t 2 line <&7 || line=""
    exec 7>&- 7<&-
    line="${line#HTTP/1.? }"; echo "${line:0:3}"
  else
    echo 000
  fi
}
# Sleeps without starting a process.
nap() { read -r -t "$1" <> <(:) || true; }

PG_PID=""
start_postgres() {
  if [[ ! -s "$CLASSPATH_FILE" ]]; then
    ./mvnw -B -q -f deploy/local/pom.xml dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE" >/dev/null
  fi
  mkdir -p "$PG_DIR"
  : >"$BENCH_DIR/postgres.log"
  "$CAREOPS_JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$(<"$CLASSPATH_FILE")" \
    deploy/local/LocalPostgres.java "$PG_DIR" "$PG_PORT" --exit-with-parent >>"$BENCH_DIR/postgres.log" 2>&1 &
  PG_PID=$!
  local i
  for ((i = 0; i < 600; i++)); do
    grep -q "^READY postgres port=$PG_PORT" "$BENCH_DIR/postgres.log" && return 0
    kill -0 "$PG_PID" 2>/dev/null || { cat "$BENCH_DIR/postgres.log" >&2; return 1; }
    sleep 0.2
  done
  echo "PostgreSQL not ready" >&2; return 1
}
stop_postgres() {
  [[ -n "$PG_PID" ]] || return 0
  kill -TERM "$PG_PID" 2>/dev/null || true
  wait "$PG_PID" 2>/dev/null || true
  PG_PID=""
}

# Starts one service in the background with the shipped JVM settings; SERVICE_PID holds its pid.
# Extra JVM flags (e.g. a -D to measure a variant) come from BENCH_EXTRA_JVM_FLAGS.
SERVICE_PID=""
start_service() {
  local s=$1 log=$2 app
  app="$REPO_ROOT/${MODULE[$s]}/target/quarkus-app"
  # shellcheck disable=SC2046
  QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_HTTP_PORT="${HTTP_PORT[$s]}" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/${DATABASE[$s]}" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
  CAREOPS_JWT_DEV_KEYS_ALLOWED=true \
  CAREOPS_COMPLIANCE_URL="http://localhost:${HTTP_PORT[compliance]}" \
  CAREOPS_SCHEDULING_URL="http://localhost:${HTTP_PORT[scheduling]}" \
  QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$REPO_ROOT/deploy/local/dev-keys/dev-only-public.pem" \
  MP_JWT_VERIFY_ISSUER="https://dev-only.careops.invalid" \
  JAVA_TOOL_OPTIONS="$(careops_jvm_options "$app")" \
    "$CAREOPS_JAVA" ${BENCH_EXTRA_JVM_FLAGS:-} -jar "$app/quarkus-run.jar" >"$log" 2>&1 &
  SERVICE_PID=$!
}
stop_service() {
  [[ -n "$SERVICE_PID" ]] || return 0
  kill -TERM "$SERVICE_PID" 2>/dev/null || true
  wait "$SERVICE_PID" 2>/dev/null || true
  SERVICE_PID=""
}
# Waits until GET /q/health/ready answers 200; prints the milliseconds since $2 (a now_ms value).
wait_ready() {
  local s=$1 since=$2 limit=${3:-120000}
  while [[ "$(http_status "${HTTP_PORT[$s]}" /q/health/ready)" != 200 ]]; do
    kill -0 "$SERVICE_PID" 2>/dev/null || { echo "${MODULE[$s]} exited" >&2; return 1; }
    (($(now_ms) - since < limit)) || { echo "${MODULE[$s]} not ready" >&2; return 1; }
    nap 0.005
  done
  echo $(($(now_ms) - since))
}
# CPU time in ms (user + system, plus that of reaped children) of a process and all its live
# descendants, from /proc: a figure the machine's load does not inflate, unlike wall time.
cpu_ms_tree() {
  local pid=$1 ticks=0 child stat
  stat="$(cat "/proc/$pid/stat" 2>/dev/null)" || { echo 0; return; }
  stat="${stat##*) }"; read -r -a f <<<"$stat"
  ticks=$((f[11] + f[12] + f[13] + f[14]))
  for child in $(cat /proc/"$pid"/task/*/children 2>/dev/null); do
    ticks=$((ticks + $(cpu_ms_tree "$child") * $(getconf CLK_TCK) / 1000))
  done
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}
# The postmaster of the bench PostgreSQL (its backends are its children).
postmaster_pid() { head -1 "$PG_DIR/data/postmaster.pid"; }
rss_mb() { awk '/^VmRSS/ {printf "%d\n", $2 / 1024}' "/proc/$1/status"; }

# Creates a care home, a unit and one open shift through the scheduling API; sets SEED_TOKEN,
# SEED_UNIT and SEED_SHIFT. The token is an admin of every home (DEV-ONLY key), valid 2 hours.
seed_scheduling() {
  local base="http://127.0.0.1:${HTTP_PORT[scheduling]}/api/v1" serial=$RANDOM$RANDOM home
  SEED_TOKEN="$(deploy/local/token.sh admin '*' --ttl 7200 --sub benchmark)"
  post() { curl -fsS -H "Authorization: Bearer $SEED_TOKEN" -H 'Content-Type: application/json' -d "$2" "$base$1" | sed -E 's/^\{"id":"([0-9a-f-]{36})".*/\1/'; }
  home="$(post /care-homes "{\"name\":\"Bench $serial\",\"code\":\"B$serial\",\"serviceNumber\":\"CS$(printf '%010d' "$serial")\",\"bedCapacity\":60,\"occupancy\":50,\"address\":\"1 Bench St, Glasgow\",\"postcode\":\"G1 1AA\"}")"
  SEED_UNIT="$(post /units "{\"careHomeId\":\"$home\",\"name\":\"UNIT_$serial\"}")"
  SEED_SHIFT="$(post /shifts "{\"unitId\":\"$SEED_UNIT\",\"date\":\"2030-06-01\",\"startTime\":\"08:00\",\"endTime\":\"20:00\",\"notes\":\"benchmark\"}")"
  [[ "$SEED_SHIFT" =~ ^[0-9a-f-]{36}$ ]] || { echo "seeding failed: $SEED_SHIFT" >&2; return 1; }
}
