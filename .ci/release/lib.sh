# Shared by .ci/release-compat and .ci/release-rehearsal: find releases in CHANGELOG.md, build
# one from its commit in a git worktree, run PostgreSQL and services as the launcher does, and
# the smoke flows. Source it from the repository root. Nothing here is left running: callers
# trap EXIT to release_cleanup.

REPO_ROOT="$(pwd)"
WORK="${CAREOPS_RELEASE_WORK:-$REPO_ROOT/target/release-checks}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JWT_PUBLIC_KEY="$REPO_ROOT/deploy/local/dev-keys/dev-only-public.pem"
JWT_ISSUER="https://dev-only.careops.invalid"
SERVICES=(scheduling incident-safety compliance)
declare -A MODULE=([scheduling]=scheduling-service [incident-safety]=incident-safety-service [compliance]=compliance-service)
declare -A DATABASE=([scheduling]=careops_scheduling [incident-safety]=careops_incident_safety [compliance]=careops_compliance)
declare -A OFFSET=([scheduling]=1 [incident-safety]=2 [compliance]=3)
STARTED_PIDS=()
PG_PID=""

log() { printf '[%s %4ss] %s\n' "$(basename "$0")" "$SECONDS" "$*"; }
fail() { printf '[%s] FAILED: %s\n' "$(basename "$0")" "$*" >&2; exit 1; }

# The releases recorded in CHANGELOG.md, newest first: "VERSION SHA [floor]" per line. Entries
# whose commit is not recorded yet (the release commit itself) are left out.
releases() {
  awk '
    /^## [0-9]+\.[0-9]+\.[0-9]+/ { version = $2; next }
    /^Commit: [0-9a-f]+$/ && length($2) == 40 && version != "" { sha[version] = $2; order[++n] = version }
    /^Compatibility floor/ && version != "" { floor[version] = 1 }
    END { for (i = 1; i <= n; i++) print order[i], sha[order[i]], (order[i] in floor ? "floor" : "") }
  ' CHANGELOG.md
}

# The release to check the current commit against: the newest recorded release that is an
# ancestor of HEAD, never one older than the compatibility floor (the first release that can run
# on a newer schema at all: older ones are not checked); prints "VERSION SHA".
previous_release() {
  local version sha floor
  while read -r version sha floor; do
    if git merge-base --is-ancestor "$sha" HEAD 2>/dev/null; then echo "$version $sha"; return 0; fi
    [[ "$floor" != floor ]] || break
  done < <(releases)
  return 1
}

# Builds the services of commit SHA once into $WORK/build-SHA (a detached git worktree) and prints
# that directory. The build is kept between runs on one machine; CI starts from nothing.
build_release() {
  local sha="$1" dir="$WORK/build-$1"
  if [[ -f "$dir/.built" ]]; then echo "$dir"; return 0; fi
  mkdir -p "$WORK"
  git worktree remove --force "$dir" >/dev/null 2>&1 || rm -rf "$dir"
  git worktree prune
  git worktree add -q --detach "$dir" "$sha" >&2 || fail "git worktree add $sha"
  (cd "$dir" && ./mvnw -B -q -ntp package -DskipTests \
      -pl scheduling-service,incident-safety-service,compliance-service -am) >"$WORK/build-$sha.log" 2>&1 \
    || { tail -40 "$WORK/build-$sha.log" >&2; fail "building release $sha (log: $WORK/build-$sha.log)"; }
  touch "$dir/.built"
  echo "$dir"
}

# PostgreSQL 15 (zonky binaries, as the local launcher runs it) in DIR on PORT, with the three
# services' databases; returns when it accepts connections.
start_postgres() {
  local dir="$1" port="$2" cp="$WORK/launcher.classpath"
  if [[ ! -s "$cp" ]]; then
    ./mvnw -B -q -ntp -f deploy/local/pom.xml dependency:build-classpath -Dmdep.outputFile="$cp" >"$WORK/classpath.log" 2>&1 \
      || { tail -20 "$WORK/classpath.log" >&2; fail "resolving the PostgreSQL launcher classpath"; }
  fi
  mkdir -p "$dir"
  : >"$dir.log"
  "$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$(<"$cp")" deploy/local/LocalPostgres.java "$dir" "$port" \
    --exit-with-parent >>"$dir.log" 2>&1 &
  PG_PID=$!
  local deadline=$((SECONDS + 120))
  until grep -q "^READY postgres port=$port" "$dir.log"; do
    kill -0 "$PG_PID" 2>/dev/null || { tail -20 "$dir.log" >&2; fail "PostgreSQL did not start"; }
    ((SECONDS < deadline)) || fail "PostgreSQL not ready after 120 s"
    sleep 0.2
  done
}

# Runs one service of a build. Args: BUILD_DIR SERVICE HTTP_PORT PG_PORT PEER_BASE LOG [VAR=VALUE...]
# PEER_BASE: the port base of the services it calls (scheduling <-> compliance).
# Kubernetes app-container settings by default: no migration at start, Flyway validation on.
# Sets STARTED_PID (not a command substitution: the pid must reach release_cleanup).
start_service() {
  local build="$1" s="$2" port="$3" pg="$4" peers="$5" logfile="$6"; shift 6
  : >"$logfile"
  env QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pg/${DATABASE[$s]}" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    CAREOPS_JWT_DEV_KEYS_ALLOWED=true MP_JWT_VERIFY_PUBLICKEY_LOCATION="$JWT_PUBLIC_KEY" MP_JWT_VERIFY_ISSUER="$JWT_ISSUER" \
    CAREOPS_COMPLIANCE_URL="http://localhost:$((peers + 3))" CAREOPS_SCHEDULING_URL="http://localhost:$((peers + 1))" \
    QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    QUARKUS_FLYWAY_MIGRATE_AT_START=false QUARKUS_FLYWAY_VALIDATE_AT_START=true \
    "$@" "$JAVA" -jar "$build/${MODULE[$s]}/target/quarkus-app/quarkus-run.jar" >>"$logfile" 2>&1 &
  STARTED_PID=$!
  STARTED_PIDS+=("$STARTED_PID")
}

# The Kubernetes migrate step (init container) of BUILD for SERVICE: migrate, then exit.
migrate_step() {
  local build="$1" s="$2" pg="$3" logfile="$4"
  : >"$logfile"
  QUARKUS_INIT_AND_EXIT=true QUARKUS_HTTP_PORT=0 \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pg/${DATABASE[$s]}" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    CAREOPS_JWT_DEV_KEYS_ALLOWED=true MP_JWT_VERIFY_PUBLICKEY_LOCATION="$JWT_PUBLIC_KEY" MP_JWT_VERIFY_ISSUER="$JWT_ISSUER" \
    QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    QUARKUS_FLYWAY_MIGRATE_AT_START=true QUARKUS_FLYWAY_VALIDATE_AT_START=false \
    "$JAVA" -jar "$build/${MODULE[$s]}/target/quarkus-app/quarkus-run.jar" >>"$logfile" 2>&1 \
    || { tail -30 "$logfile" >&2; fail "migrate step of ${MODULE[$s]} ($build)"; }
}

# Waits until GET BASE/q/health/ready answers 200; fails naming the log after TIMEOUT seconds.
wait_ready() {
  local base="$1" pid="$2" logfile="$3" timeout="${4:-${CAREOPS_RELEASE_READY_TIMEOUT:-300}}" deadline
  deadline=$((SECONDS + timeout))
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/q/health/ready")" == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { tail -40 "$logfile" >&2; fail "$base exited before it was ready ($logfile)"; }
    if ((SECONDS >= deadline)); then
      curl -s --max-time 2 "$base/q/health/ready" >&2 || true
      tail -40 "$logfile" >&2
      fail "$base not ready after ${timeout}s"
    fi
    sleep 0.3
  done
}

stop_pid() {
  local pid="$1" i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 150; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

release_cleanup() {
  local rc=$? pid
  set +e
  for pid in "${STARTED_PIDS[@]}"; do stop_pid "$pid"; done
  [[ -z "$PG_PID" ]] || stop_pid "$PG_PID"
  exit "$rc"
}

TOKEN=""
api() { # METHOD URL [JSON] -> prints "STATUS BODY"-less: body on stdout, status in $API_STATUS
  local method="$1" url="$2" body="${3:-}" out
  out="$(curl -s -w '\n%{http_code}' --max-time 20 -X "$method" -H "Authorization: Bearer $TOKEN" \
    ${body:+-H 'Content-Type: application/json' --data "$body"} "$url")"
  API_STATUS="${out##*$'\n'}"
  API_BODY="${out%$'\n'*}"
}
expect() { # STATUS WHAT
  [[ "$API_STATUS" == "$1" ]] || fail "$2: expected $1, got $API_STATUS: ${API_BODY:0:400}"
}

# The smoke flow on each service: create, read, list and one lifecycle move. Writes go to the
# services at port base W, reads and moves to those at base R (the same base for one release;
# different ones for two releases side by side, as behind one Kubernetes Service).
SMOKE_SERIAL=$(( $(date +%s) % 100000 ))
smoke_flow() {
  local w="$1" r="$2" home unit staff shift incident cert serial
  SMOKE_SERIAL=$((SMOKE_SERIAL + 1)); serial=$SMOKE_SERIAL
  local sw="http://localhost:$((w + 1))/api/v1" sr="http://localhost:$((r + 1))/api/v1"
  local iw="http://localhost:$((w + 2))/api/v1" ir="http://localhost:$((r + 2))/api/v1"
  local cw="http://localhost:$((w + 3))/api/v1" cr="http://localhost:$((r + 3))/api/v1"

  # scheduling: care home, unit, staff, an open shift; read and list; cancel the shift.
  api POST "$sw/care-homes" "{\"name\":\"Compat $serial\",\"code\":\"C$serial\",\"serviceNumber\":\"CS$(printf '%010d' "$serial")\",\"bedCapacity\":60,\"occupancy\":40,\"address\":\"1 Test Street, Glasgow\",\"postcode\":\"G1 1AA\"}"
  expect 201 "create a care home on :$((w + 1))"; home="$(jq -r .id <<<"$API_BODY")"
  api GET "$sr/care-homes/$home"; expect 200 "read the care home on :$((r + 1))"
  api GET "$sr/care-homes?size=100"; expect 200 "list care homes on :$((r + 1))"
  api POST "$sw/units" "{\"careHomeId\":\"$home\",\"name\":\"UNIT_$serial\"}"; expect 201 "create a unit"
  unit="$(jq -r .id <<<"$API_BODY")"
  api POST "$sw/staff" "{\"staffNumber\":\"$(printf '%06d' "$serial")\",\"firstName\":\"Grace\",\"lastName\":\"Compat$serial\",\"roleCode\":\"SCW\",\"careHomeId\":\"$home\",\"contractedHoursPerWeek\":37.5,\"employmentStart\":\"2020-01-01\",\"hourlyRate\":13.50}"
  expect 201 "create a staff member"; staff="$(jq -r .id <<<"$API_BODY")"
  api POST "$sw/shifts" "{\"unitId\":\"$unit\",\"date\":\"2026-03-02\",\"shiftTypeId\":\"6d1b6a52-2f0e-4d7c-9c0a-000000000002\"}"
  expect 201 "plan a shift"; shift="$(jq -r .id <<<"$API_BODY")"
  api GET "$sr/shifts?unitId=$unit"; expect 200 "list the unit's shifts on :$((r + 1))"
  [[ "$(jq --arg id "$shift" 'any(.items[]; .id == $id)' <<<"$API_BODY")" == true ]] || fail "the shift is not listed"
  api POST "$sr/shifts/$shift/cancellation"; expect 200 "cancel the shift on :$((r + 1))"
  [[ "$(jq -r .status <<<"$API_BODY")" == CANCELLED ]] || fail "the shift was not cancelled: $API_BODY"

  # incident safety: report an incident, read and list it, move it under investigation.
  api POST "$iw/incidents" "{\"careHomeId\":\"$home\",\"occurredOn\":\"2026-03-02\",\"occurredAt\":\"10:45\",\"incidentType\":\"MED_ERROR_WRONG_DOSE\",\"severity\":\"LOW_HARM\",\"riskRating\":\"HIGH\",\"location\":\"Unit $serial, bedroom 2\",\"description\":\"Resident given 10 mg instead of 5 mg.\"}"
  expect 201 "report an incident on :$((w + 2))"; incident="$(jq -r .id <<<"$API_BODY")"
  api GET "$ir/incidents/$incident"; expect 200 "read the incident on :$((r + 2))"
  api GET "$ir/incidents?careHomeId=$home"; expect 200 "list incidents on :$((r + 2))"
  api POST "$ir/incidents/$incident/transitions" '{"to":"UNDER_INVESTIGATION"}'; expect 200 "move the incident on :$((r + 2))"

  # compliance: certify the staff member (compliance checks them with scheduling), read, list, renew.
  api POST "$cw/certifications" "{\"careHomeId\":\"$home\",\"staffId\":\"$staff\",\"staffNumber\":\"$(printf '%06d' "$serial")\",\"certificationType\":\"FIRE_SAFETY\",\"issueDate\":\"2025-06-30\",\"issuingBody\":\"REHIS\",\"certificateNumber\":\"C$serial\"}"
  expect 201 "record a certification on :$((w + 3))"; cert="$(jq -r .id <<<"$API_BODY")"
  api GET "$cr/certifications/$cert"; expect 200 "read the certification on :$((r + 3))"
  api GET "$cr/certifications?careHomeId=$home"; expect 200 "list certifications on :$((r + 3))"
  api POST "$cr/certifications/$cert/renewals" '{"issueDate":"2026-06-01","issuingBody":"Scottish Fire and Rescue"}'
  expect 201 "renew the certification on :$((r + 3))"
}
