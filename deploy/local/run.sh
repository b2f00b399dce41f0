#!/usr/bin/env bash
# One command to run CareOps locally: embedded PostgreSQL 15 (no Docker, no system PostgreSQL) and
# the three services from their aot-jars with their AOT caches, on JDK 25 and the JVM settings the
# images ship (deploy/jvm/jvm-options), in the foreground. Ctrl-C stops everything.
# DEV-ONLY: PostgreSQL trusts every local connection and tokens are signed with a public key pair.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: deploy/local/run.sh [--build | --no-build] [--reset] [--demo-data] [--smoke] [--services LIST]

Starts embedded PostgreSQL 15 on localhost:55432 and the CareOps services, waits until every
service reports ready, prints their URLs, then stays in the foreground until Ctrl-C (or SIGTERM),
which stops the services and then PostgreSQL. When you start it in the background from a script,
stop it with SIGTERM: background jobs of a non-interactive shell ignore SIGINT.

  --build          always build first: './mvnw -B -q package -DskipTests', then write each service's
                   AOT cache with deploy/local/train-aot.sh (a short training run of the packaged jar)
  --no-build       never build; use the jars as they are
                   (default: build once if a jar is missing or older than any source or pom.xml)
  --reset          delete .local/postgres (ALL local data) before starting: fresh, empty databases
  --demo-data      once ready, load the demo care group (deploy/local/DemoData.java) on dates relative
                   to today: 5 homes, 42 units, 2,688 staff with leave, shifts for the past 10 weeks,
                   this week and the next 8; when incident-safety runs, incidents, analyses and
                   action plans in every state; when compliance runs, the staff's critical
                   certifications; skipped when already loaded (README: what it holds, how long)
  --smoke          for scripts and CI: stop everything and exit 0 as soon as all services are ready
                   and (when scheduling runs) an authenticated GET /api/v1/care-homes answered 200
  --services LIST  only these services, comma- or space-separated (also: CAREOPS_SERVICES env)
                   names: scheduling, incident-safety, compliance (default: all three)
  -h, --help       this text

Local state, all under .local/ at the repo root (git-ignored):
  .local/postgres/        database cluster (data/), kept between runs; --reset wipes it
  .local/logs/<name>.log  output of postgres and of each service, rewritten on each run
  .local/launcher.classpath  cached classpath for deploy/local/LocalPostgres.java

JDK: 25, from CAREOPS_JAVA_HOME, JAVA_HOME or /usr/lib/jvm/temurin-25-jdk-amd64 (deploy/local/jdk.sh).
Ports: PostgreSQL 55432 (user postgres, any password), scheduling 8081, incident-safety 8082,
compliance 8083; CAREOPS_PG_PORT and CAREOPS_PORT_BASE (services at base+1..3) move them.
Waiting: services must be ready within 180 s; CAREOPS_READY_TIMEOUT=<seconds> on a loaded machine.
Databases: careops_scheduling, careops_incident_safety, careops_compliance.
Tokens: deploy/local/token.sh <admin|manager|staff|inspector> [care-home-uuids|'*']
EOF
}

# --- Fixed layout ---------------------------------------------------------------------------------
# Work from the repo root whatever the caller's cwd: every path below is relative to it.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO_ROOT"

LOCAL_DIR="$REPO_ROOT/.local"
PG_DIR="$LOCAL_DIR/postgres"
LOG_DIR="$LOCAL_DIR/logs"
CLASSPATH_FILE="$LOCAL_DIR/launcher.classpath"
# Ports: the defaults below, or CAREOPS_PORT_BASE (scheduling = base+1, incident-safety = base+2,
# compliance = base+3) and CAREOPS_PG_PORT, so that two checkouts can run side by side.
PORT_BASE="${CAREOPS_PORT_BASE:-8080}"
PG_PORT="${CAREOPS_PG_PORT:-55432}"
PG_READY_TIMEOUT=120
SERVICES_READY_TIMEOUT="${CAREOPS_READY_TIMEOUT:-180}" # seconds; raise it on a loaded machine
STOP_TIMEOUT=30
JWT_PUBLIC_KEY="$REPO_ROOT/deploy/local/dev-keys/dev-only-public.pem"
JWT_ISSUER="https://dev-only.careops.invalid"
# Scheduling's service grant to compliance (the certification check at assignment): scheduling signs
# with the private half, compliance verifies with the public half. Dev-only pair, like the JWT's.
SERVICE_GRANT_PRIVATE_KEY="$REPO_ROOT/deploy/local/dev-keys/dev-only-service-grant-private.pem"
SERVICE_GRANT_PUBLIC_KEY="$REPO_ROOT/deploy/local/dev-keys/dev-only-service-grant-public.pem"

ALL_SERVICES=(scheduling incident-safety compliance)
declare -A MODULE=([scheduling]=scheduling-service [incident-safety]=incident-safety-service [compliance]=compliance-service)
declare -A HTTP_PORT=([scheduling]=$((PORT_BASE + 1)) [incident-safety]=$((PORT_BASE + 2)) [compliance]=$((PORT_BASE + 3)))
declare -A DATABASE=([scheduling]=careops_scheduling [incident-safety]=careops_incident_safety [compliance]=careops_compliance)

START_NS="$(date +%s%N)"
elapsed() { local ms=$((($(date +%s%N) - START_NS) / 1000000)); printf '%d.%02d' $((ms / 1000)) $((ms % 1000 / 10)); }
say() { printf '[run.sh %5ss] %s\n' "$(elapsed)" "$*"; }
die() { printf '[run.sh] ERROR: %s\n' "$*" >&2; exit 1; }
jar_of() { echo "${MODULE[$1]}/target/quarkus-app/quarkus-run.jar"; }
log_of() { echo "$LOG_DIR/${MODULE[$1]}.log"; }
show_log_tail() {
  printf -- '----- last lines of %s -----\n' "${1#"$REPO_ROOT"/}" >&2
  tail -n 40 "$1" >&2 || true
  printf -- '-----\n' >&2
  # Common while migrations are still being edited: the kept database ran an older V<n>__*.sql.
  if grep -q -e 'FlywayValidateException' -e 'checksum mismatch' "$1" 2>/dev/null; then
    echo "[run.sh] HINT: the local database was migrated by a different version of a migration script;" \
      "'deploy/local/run.sh --reset' wipes the local data and starts from empty databases." >&2
  fi
}

# --- Arguments ------------------------------------------------------------------------------------
build_mode=auto reset=false smoke=false demo_data=false services_arg="${CAREOPS_SERVICES:-}"
while (($#)); do
  case "$1" in
    --build) build_mode=always ;;
    --no-build) build_mode=never ;;
    --reset) reset=true ;;
    --smoke) smoke=true ;;
    --demo-data) demo_data=true ;;
    --services) (($# >= 2)) || die "--services needs a list"; services_arg="$2"; shift ;;
    --services=*) services_arg="${1#*=}" ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument '$1'" ;;
  esac
  shift
done

# Selected services, in the canonical order; "scheduling-service" is accepted for "scheduling".
SERVICES=()
if [[ -z "${services_arg//[, ]/}" ]]; then
  SERVICES=("${ALL_SERVICES[@]}")
else
  declare -A wanted=()
  for name in ${services_arg//,/ }; do
    name="${name%-service}"
    [[ -n "${MODULE[$name]:-}" ]] || die "unknown service '$name' (choose from: ${ALL_SERVICES[*]})"
    wanted[$name]=1
  done
  for name in "${ALL_SERVICES[@]}"; do [[ -z "${wanted[$name]:-}" ]] || SERVICES+=("$name"); done
fi

for tool in curl openssl; do
  command -v "$tool" >/dev/null || die "'$tool' is not on the PATH"
done
# JDK 25 (CAREOPS_JAVA) and the shared JVM settings (careops_jvm_options).
# shellcheck source=jdk.sh
source "$REPO_ROOT/deploy/local/jdk.sh" || die "no JDK 25 found"

# --- Stop everything we started, whatever way we exit ------------------------------------------------
PG_PID=""
declare -A SERVICE_PID=()

# TERM, then wait up to STOP_TIMEOUT seconds, then KILL. Waiting matters: PostgreSQL must outlive
# the services (they close their pools), and nothing may be left running when we return.
stop_pids() {
  local pid alive i
  for pid in "$@"; do kill -TERM "$pid" 2>/dev/null || true; done
  for ((i = 0; i < STOP_TIMEOUT * 5; i++)); do
    alive=""
    for pid in "$@"; do kill -0 "$pid" 2>/dev/null && alive+=" $pid"; done
    [[ -n "$alive" ]] || break
    sleep 0.2
  done
  for pid in "$@"; do
    if kill -0 "$pid" 2>/dev/null; then
      echo "[run.sh] pid $pid did not stop within ${STOP_TIMEOUT}s: killing it" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  done
}

cleanup() {
  local rc=$?
  set +e
  trap - EXIT
  trap '' INT TERM # a second Ctrl-C must not abandon half-stopped processes
  local pids=() s i
  for s in "${!SERVICE_PID[@]}"; do pids+=("${SERVICE_PID[$s]}"); done
  if ((${#pids[@]})); then
    say "Stopping services: ${!SERVICE_PID[*]}"
    stop_pids "${pids[@]}"
  fi
  if [[ -n "$PG_PID" ]]; then
    say "Stopping PostgreSQL"
    stop_pids "$PG_PID"
  fi
  # Last resort: LocalPostgres was killed before it could run pg_ctl stop. A postmaster still named
  # in postmaster.pid gets SIGINT, PostgreSQL's "fast shutdown".
  local pidfile="$PG_DIR/data/postmaster.pid" postmaster
  if [[ -n "$PG_PID" && -f "$pidfile" ]]; then
    postmaster="$(head -n 1 "$pidfile")"
    if [[ "$postmaster" =~ ^[0-9]+$ ]] && grep -q postgres "/proc/$postmaster/cmdline" 2>/dev/null; then
      say "PostgreSQL (pid $postmaster) outlived its launcher: fast shutdown"
      kill -INT "$postmaster"
      for ((i = 0; i < 75; i++)); do kill -0 "$postmaster" 2>/dev/null || break; sleep 0.2; done
    fi
  fi
  if [[ -n "$PG_PID" ]]; then say "Stopped"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'echo; exit 130' INT
trap 'exit 143' TERM

# --- Preflight --------------------------------------------------------------------------------------
# Something already listening (often a previous run) would make us talk to the wrong process.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if port_in_use "$PG_PORT"; then
  hint=""
  if [[ -f "$PG_DIR/data/postmaster.pid" ]]; then
    hint=" A PostgreSQL from an earlier run may still be up: kill -INT $(head -n 1 "$PG_DIR/data/postmaster.pid")"
  fi
  die "port $PG_PORT (PostgreSQL) is already in use.$hint"
fi
for s in "${SERVICES[@]}"; do
  if port_in_use "${HTTP_PORT[$s]}"; then
    die "port ${HTTP_PORT[$s]} (${MODULE[$s]}) is already in use; is another run.sh running? (pgrep -af quarkus-run)"
  fi
done

mkdir -p "$LOG_DIR"

# --- Build if needed --------------------------------------------------------------------------------
# Prints why a build is needed; fails (returns 1) when the jars are up to date.
build_reason() {
  local s jar newer
  local -a sources
  for s in "${SERVICES[@]}"; do
    jar="$(jar_of "$s")"
    [[ -f "$jar" ]] || { echo "$jar is missing"; return 0; }
  done
  shopt -s nullglob
  sources=(*/src/main platform/src pom.xml */pom.xml)
  shopt -u nullglob
  for s in "${SERVICES[@]}"; do
    jar="$(jar_of "$s")"
    newer="$(find "${sources[@]}" -type f -newer "$jar" -print -quit 2>/dev/null || true)"
    [[ -z "$newer" ]] || { echo "$newer is newer than $jar"; return 0; }
  done
  return 1
}
reason=""
case "$build_mode" in
  always) reason="--build" ;;
  auto) reason="$(build_reason)" || reason="" ;;
esac
if [[ -n "$reason" ]]; then
  say "Building ($reason): ./mvnw -B -q package -DskipTests, then deploy/local/train-aot.sh"
  ./mvnw -B -q package -DskipTests || die "build failed (see the Maven output above)"
  CAREOPS_PG_PORT=$((PG_PORT + 1)) deploy/local/train-aot.sh "${SERVICES[@]}" || die "AOT training failed"
  say "Build done"
fi
for s in "${SERVICES[@]}"; do
  [[ -f "$(jar_of "$s")" ]] || die "$(jar_of "$s") not found: build it (drop --no-build, or ./mvnw package -DskipTests), or leave ${MODULE[$s]} out with --services / CAREOPS_SERVICES"
done

# --- PostgreSQL ---------------------------------------------------------------------------------------
# Reset only now, once the build and jar checks have passed: a failed start keeps the data.
if [[ "$reset" == true ]]; then
  say "--reset: deleting ${PG_DIR#"$REPO_ROOT"/} (all local data)"
  rm -rf "$PG_DIR"
fi
mkdir -p "$PG_DIR"

# Resolve the launcher's classpath once (Maven takes seconds); again only if its pom changed or a jar
# disappeared from the local repository.
classpath_ok() {
  [[ -s "$CLASSPATH_FILE" && ! "deploy/local/pom.xml" -nt "$CLASSPATH_FILE" ]] || return 1
  local entry entries
  IFS=':' read -r -a entries <"$CLASSPATH_FILE"
  for entry in "${entries[@]}"; do [[ -f "$entry" ]] || return 1; done
}
if ! classpath_ok; then
  say "Resolving the PostgreSQL launcher classpath (deploy/local/pom.xml)"
  ./mvnw -B -q -f deploy/local/pom.xml dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE" \
    >"$LOG_DIR/launcher-classpath.log" 2>&1 \
    || { show_log_tail "$LOG_DIR/launcher-classpath.log"; die "could not resolve the launcher classpath"; }
fi

say "Starting PostgreSQL 15 on localhost:$PG_PORT (data: ${PG_DIR#"$REPO_ROOT"/})"
# --exit-with-parent: should this script be killed outright (no trap), PostgreSQL stops by itself.
# Small, short JVM: C1 only and serial GC start faster and use less memory.
# Empty the log here, not in the child's redirection: that runs later, and the READY check below
# could otherwise see the previous run's line.
: >"$LOG_DIR/postgres.log"
"$CAREOPS_JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$(<"$CLASSPATH_FILE")" \
  deploy/local/LocalPostgres.java "$PG_DIR" "$PG_PORT" --exit-with-parent >>"$LOG_DIR/postgres.log" 2>&1 &
PG_PID=$!

# The waits below poll from bash alone: no curl, grep or sleep process per poll (at 20 polls a
# second those took CPU from the JVMs starting beside them on a 2-core machine; issue 16).
# nap: a timed read on a pipe nobody writes to. ready_code: GET /q/health/ready over bash's /dev/tcp,
# the status code in READY_CODE (000 when nothing answers).
exec {NAP_FD}<> <(:)
nap() { read -r -t "$1" -u "$NAP_FD" _ || true; }
ready_code() {
  local line=""
  READY_CODE=000
  if { exec {http_fd}<>"/dev/tcp/localhost/$1"; } 2>/dev/null; then
    printf 'GET /q/health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&"$http_fd"
    IFS= read -r -t 2 -u "$http_fd" line || line=""
    exec {http_fd}>&-
    line="${line#HTTP/1.? }"; READY_CODE="${line:0:3}"
  fi
}
log_has_ready() {
  local line
  while IFS= read -r line; do [[ "$line" != "READY postgres port=$PG_PORT"* ]] || return 0; done <"$1"
  return 1
}

deadline=$((SECONDS + PG_READY_TIMEOUT))
until log_has_ready "$LOG_DIR/postgres.log"; do
  if ! kill -0 "$PG_PID" 2>/dev/null; then
    show_log_tail "$LOG_DIR/postgres.log"; die "PostgreSQL launcher exited before it was ready"
  fi
  if ((SECONDS >= deadline)); then
    show_log_tail "$LOG_DIR/postgres.log"; die "PostgreSQL not ready after ${PG_READY_TIMEOUT}s"
  fi
  nap 0.05
done
pg_ready_at="$(elapsed)"
say "PostgreSQL ready"

# --- Services -----------------------------------------------------------------------------------------
# Should this script be killed outright (SIGKILL: no trap runs), the kernel sends the services SIGTERM
# (parent-death signal via util-linux setpriv), so they do not outlive it. Skipped where unavailable.
PDEATHSIG=()
if setpriv --help 2>/dev/null | grep -q -- --pdeathsig; then PDEATHSIG=(setpriv --pdeathsig TERM --); fi

for s in "${SERVICES[@]}"; do
  say "Starting ${MODULE[$s]} on :${HTTP_PORT[$s]} (database ${DATABASE[$s]}, log ${LOG_DIR#"$REPO_ROOT"/}/${MODULE[$s]}.log)"
  : >"$(log_of "$s")" # emptied here for the same reason as postgres.log
  # Each side of the service grant gets only its own half: the private key to scheduling, the public to compliance.
  grant_private=""; grant_public=""
  case "$s" in
    scheduling) grant_private="$SERVICE_GRANT_PRIVATE_KEY" ;;
    compliance) grant_public="$SERVICE_GRANT_PUBLIC_KEY" ;;
  esac
  # The same variables production sets (MP_JWT_VERIFY_*), pointed at the dev-only key pair, which
  # the services accept only because CAREOPS_JWT_DEV_KEYS_ALLOWED=true.
  # The password is not checked: zonky's initdb sets trust auth (PostgreSQL listens on localhost only).
  # Notification e-mails are logged, not sent (QUARKUS_MAILER_MOCK=false and QUARKUS_MAILER_HOST etc. send them).
  # Localhost only by default: anyone who can reach the port can mint tokens with the public dev key.
  QUARKUS_HTTP_HOST="${QUARKUS_HTTP_HOST:-127.0.0.1}" \
  QUARKUS_HTTP_PORT="${HTTP_PORT[$s]}" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/${DATABASE[$s]}" \
  QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD=postgres \
  CAREOPS_JWT_DEV_KEYS_ALLOWED=true \
  CAREOPS_COMPLIANCE_URL="http://localhost:${HTTP_PORT[compliance]}" \
  CAREOPS_SCHEDULING_URL="http://localhost:${HTTP_PORT[scheduling]}" \
  QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
  QUARKUS_MAILER_MOCK="${QUARKUS_MAILER_MOCK:-true}" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$JWT_PUBLIC_KEY" \
  MP_JWT_VERIFY_ISSUER="$JWT_ISSUER" \
  CAREOPS_SERVICE_GRANT_PRIVATE_KEY_LOCATION="$grant_private" \
  CAREOPS_SERVICE_GRANT_PUBLIC_KEY_LOCATION="$grant_public" \
  JAVA_TOOL_OPTIONS="$(careops_jvm_options "$REPO_ROOT/${MODULE[$s]}/target/quarkus-app")" \
    "${PDEATHSIG[@]}" "$CAREOPS_JAVA" -jar "$(jar_of "$s")" >>"$(log_of "$s")" 2>&1 &
  SERVICE_PID[$s]=$!
done

# All services start in parallel; poll each readiness endpoint until 200, or fail naming the service.
deadline=$((SECONDS + SERVICES_READY_TIMEOUT))
pending=("${SERVICES[@]}")
while ((${#pending[@]})); do
  still=()
  for s in "${pending[@]}"; do
    if ! kill -0 "${SERVICE_PID[$s]}" 2>/dev/null; then
      show_log_tail "$(log_of "$s")"; die "${MODULE[$s]} exited before it was ready"
    fi
    ready_code "${HTTP_PORT[$s]}"
    if [[ "$READY_CODE" == 200 ]]; then say "${MODULE[$s]} ready"; else still+=("$s"); fi
  done
  pending=("${still[@]+"${still[@]}"}")
  ((${#pending[@]})) || break
  if ((SECONDS >= deadline)); then
    for s in "${pending[@]}"; do show_log_tail "$(log_of "$s")"; done
    names=(); for s in "${pending[@]}"; do names+=("${MODULE[$s]}"); done
    die "not ready after ${SERVICES_READY_TIMEOUT}s: ${names[*]} (GET /q/health/ready did not answer 200)"
  fi
  nap 0.05
done
ready_at="$(elapsed)"

# --- Ready ----------------------------------------------------------------------------------------------
example='curl -H "Authorization: Bearer $(deploy/local/token.sh admin '"'*'"')" http://localhost:'"${HTTP_PORT[scheduling]}"'/api/v1/care-homes'
echo
echo "CareOps is ready in ${ready_at} s (PostgreSQL ready at ${pg_ready_at} s${reason:+; includes the build})"
for s in "${SERVICES[@]}"; do
  base="http://localhost:${HTTP_PORT[$s]}"
  printf '  %-24s API %s/api/v1   Swagger UI %s/q/swagger-ui   Health %s/q/health\n' "${MODULE[$s]}" "$base" "$base" "$base"
done
echo "  PostgreSQL               jdbc:postgresql://localhost:$PG_PORT/<careops_...>  user postgres (any password)"
echo
echo "Token (DEV-ONLY key), from the repo root: deploy/local/token.sh admin '*'"
echo "  roles: admin manager staff inspector; homes: comma-separated UUIDs or '*'; see --help"
echo "Try:"
echo "  $example"
echo "Data kept in .local/postgres (wipe with --reset); logs in .local/logs/"

if [[ -n "${SERVICE_PID[scheduling]:-}" ]]; then
  token="$(deploy/local/token.sh admin '*')"
  code="$(curl -s -o "$LOG_DIR/example-response.json" -w '%{http_code}' --max-time 10 \
    -H "Authorization: Bearer $token" "http://localhost:${HTTP_PORT[scheduling]}/api/v1/care-homes" || true)"
  if [[ "$code" == 200 ]]; then
    say "Example request answered 200"
  else
    echo "[run.sh] WARNING: the example request answered $code: $(head -c 300 "$LOG_DIR/example-response.json")" >&2
    [[ "$smoke" == false ]] || die "smoke test failed: GET /api/v1/care-homes answered $code"
  fi
fi

if [[ "$demo_data" == true ]]; then
  [[ -n "${SERVICE_PID[scheduling]:-}" ]] || die "--demo-data needs the scheduling service"
  say "Loading demo data through the services' APIs"
  # C1 only and the serial GC: the loader is a short client, and C2 compiling it cost more than it
  # saved (13.5 -> 6.0 CPU-s over a whole-group load on 2 cores beside the services; README).
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC deploy/local/DemoData.java --url "http://localhost:${HTTP_PORT[scheduling]}" \
    --compliance-url "http://localhost:${HTTP_PORT[compliance]}" \
    --incident-url "http://localhost:${HTTP_PORT[incident-safety]}" || die "loading the demo data failed"
  say "Demo data loaded"
fi

if [[ "$smoke" == true ]]; then
  say "Smoke test passed; stopping"
  exit 0
fi

echo
echo "Press Ctrl-C to stop everything."
# Stay in the foreground. wait returns when a trapped signal arrives (the trap exits) or a child ends;
# a child ending on its own is a crash: say which and stop the rest.
all_pids=("$PG_PID" "${SERVICE_PID[@]}")
while true; do
  wait -n "${all_pids[@]}" || true
  if ! kill -0 "$PG_PID" 2>/dev/null; then
    show_log_tail "$LOG_DIR/postgres.log"; die "PostgreSQL stopped unexpectedly"
  fi
  for s in "${!SERVICE_PID[@]}"; do
    if ! kill -0 "${SERVICE_PID[$s]}" 2>/dev/null; then
      show_log_tail "$(log_of "$s")"; die "${MODULE[$s]} stopped unexpectedly"
    fi
  done
done
