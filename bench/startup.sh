#!/usr/bin/env bash
# Time to ready: from launching a service's JVM until GET /q/health/ready answers 200 (database
# reached, every migration of the release applied), each service alone against the local
# PostgreSQL, with the shipped JVM settings and AOT cache. Prints every start and the median, and
# the CPU the JVM spent until it was ready (user + system from /proc/<pid>/stat: far less disturbed
# by the machine's load than wall time).
# A script, not a test: it never fails on a figure.
#
#   bench/startup.sh [--runs 10] [--services scheduling,incident-safety,compliance] [--launcher]
#
# --launcher also times deploy/local/run.sh --no-build --smoke (PostgreSQL and all three services)
# the same number of times, from its own "ready in" line.
# Ports: CAREOPS_PORT_BASE / CAREOPS_PG_PORT as for the launcher. Variants to compare: put JVM
# flags in BENCH_EXTRA_JVM_FLAGS (e.g. -Dquarkus.hibernate-orm.schema-management.strategy=none).
source "$(dirname "$0")/common.sh"

runs=10 services="scheduling,incident-safety,compliance" launcher=false
while (($#)); do
  case "$1" in
    --runs) runs=$2; shift ;;
    --services) services=$2; shift ;;
    --launcher) launcher=true ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

trap 'stop_service; stop_postgres' EXIT
"$CAREOPS_JAVA" -version 2>&1 | head -1
machine
if [[ -n "${services//[, ]/}" ]]; then
  start_postgres
  for s in ${services//,/ }; do
    app="${MODULE[$s]}/target/quarkus-app"
    log="$BENCH_DIR/startup-${MODULE[$s]}.log"
    echo "${MODULE[$s]}: JAVA_TOOL_OPTIONS=$(careops_jvm_options "$REPO_ROOT/$app") ${BENCH_EXTRA_JVM_FLAGS:-}"
    # One start first, not counted: it applies the migrations to an empty database.
    start_service "$s" "$log"; wait_ready "$s" "$(now_ms)" >/dev/null; stop_service
    times=() cpus=()
    for ((i = 1; i <= runs; i++)); do
      t0=$(now_ms); start_service "$s" "$log"
      times+=("$(wait_ready "$s" "$t0")")
      cpus+=("$(cpu_ms_tree "$SERVICE_PID")")
      stop_service
    done
    printf '%-24s ready in ms: %s   median %s ms\n' "${MODULE[$s]}" "${times[*]}" \
      "$(printf '%s\n' "${times[@]}" | median)"
    printf '%-24s CPU to ready, ms: %s   median %s ms\n' "${MODULE[$s]}" "${cpus[*]}" \
      "$(printf '%s\n' "${cpus[@]}" | median)"
  done
  stop_postgres
fi

if [[ "$launcher" == true ]]; then
  times=()
  for ((i = 1; i <= runs; i++)); do
    line="$(deploy/local/run.sh --no-build --smoke 2>&1 | grep 'CareOps is ready in')" || { echo "run.sh failed" >&2; exit 1; }
    times+=("$(sed -E 's/.*ready in ([0-9]+)\.([0-9]+) s.*/\1\20/' <<<"$line")")
  done
  printf '%-24s ready in ms: %s   median %s ms\n' "deploy/local/run.sh" "${times[*]}" "$(printf '%s\n' "${times[@]}" | median)"
fi
machine
