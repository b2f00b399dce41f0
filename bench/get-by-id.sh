#!/usr/bin/env bash
# GET /api/v1/shifts/{id} against PostgreSQL's own speed on the same SELECT: pgbench and wrk, the
# same number of clients, taking turns in one run against the same server and row. Prints each
# round's figures, the medians and the ratio (target: the API at >= 20% of pgbench's tps).
# A script, not a test: it never fails on a figure.
#
#   bench/get-by-id.sh [--clients 16] [--seconds 10] [--rounds 3] [--warmup 10]
#
# --warmup: seconds of wrk before the rounds, so the JIT has compiled the path (on a loaded machine,
# give it more: on this 2-core machine the JIT was still compiling after 120 s, see the JIT share the
# rounds print). pgbench and wrk: Debian's postgresql-client-15 and wrk packages.
#
# The service runs alone with the shipped JVM settings and AOT cache (bench/common.sh). pgbench runs
# the SELECT Hibernate sends for Shift (every mapped column, by primary key) as a prepared statement,
# which is what the JDBC driver uses for a statement it runs repeatedly. wrk and pgbench use 2
# threads each; client, service and PostgreSQL share the machine.
source "$(dirname "$0")/common.sh"

clients=16 seconds=10 rounds=3 warmup=10
while (($#)); do
  case "$1" in
    --clients) clients=$2; shift ;;
    --seconds) seconds=$2; shift ;;
    --rounds) rounds=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
command -v wrk >/dev/null && command -v pgbench >/dev/null || { echo "needs wrk and pgbench (Debian: apt-get install wrk postgresql-client)" >&2; exit 1; }

trap 'stop_service; stop_postgres' EXIT
machine
start_postgres
start_service scheduling "$BENCH_DIR/get-by-id-scheduling-service.log"
wait_ready scheduling "$(now_ms)" >/dev/null
seed_scheduling
url="http://127.0.0.1:${HTTP_PORT[scheduling]}/api/v1/shifts/$SEED_SHIFT"
curl -fsS -o /dev/null -H "Authorization: Bearer $SEED_TOKEN" "$url"

columns="$(psql -h localhost -p "$PG_PORT" -U postgres -d careops_scheduling -At -c \
  "SELECT string_agg(column_name, ', ' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = 'shift'")"
echo "SELECT $columns FROM shift WHERE id = '$SEED_SHIFT';" >"$BENCH_DIR/get-by-id.sql"

echo "warm-up: wrk $warmup s, pgbench 5 s"
wrk -t2 -c"$clients" -d"${warmup}s" -H "Authorization: Bearer $SEED_TOKEN" "$url" >/dev/null
pgbench -h localhost -p "$PG_PORT" -U postgres -n -M prepared -c "$clients" -j 2 -T 5 -f "$BENCH_DIR/get-by-id.sql" careops_scheduling >/dev/null 2>&1

# CPU ms of the service's JIT compiler threads (C1, C2): on a slow or busy machine the JIT is still
# compiling the request path long after a short warm-up, and that CPU lands in the API's figure.
jit_ms() {
  local t ticks=0 stat
  for t in /proc/"$1"/task/*; do
    [[ "$(cat "$t/comm" 2>/dev/null)" == C[12]\ Compiler* ]] || continue
    stat="$(cat "$t/stat" 2>/dev/null)" || continue
    stat="${stat##*) }"; read -r -a f <<<"$stat"
    ticks=$((ticks + f[11] + f[12]))
  done
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}

api=() db=() api_cpu=() db_cpu=()
postmaster="$(postmaster_pid)"
for ((r = 1; r <= rounds; r++)); do
  pg0=$(cpu_ms_tree "$postmaster")
  out="$(pgbench -h localhost -p "$PG_PORT" -U postgres -n -M prepared -c "$clients" -j 2 -T "$seconds" -f "$BENCH_DIR/get-by-id.sql" careops_scheduling 2>&1)"
  tps="$(sed -nE 's/^tps = ([0-9.]+).*/\1/p' <<<"$out" | head -1)"
  db+=("${tps%.*}")
  tx="$(sed -nE 's/^number of transactions actually processed: ([0-9]+).*/\1/p' <<<"$out")"
  pg1=$(cpu_ms_tree "$postmaster"); svc1=$(cpu_ms_tree "$SERVICE_PID"); jit1=$(jit_ms "$SERVICE_PID")
  out="$(wrk -t2 -c"$clients" -d"${seconds}s" --latency -H "Authorization: Bearer $SEED_TOKEN" "$url")"
  rps="$(sed -nE 's/^Requests\/sec: *([0-9.]+).*/\1/p' <<<"$out")"
  non2xx="$(sed -nE 's/.*Non-2xx or 3xx responses: *([0-9]+).*/\1/p' <<<"$out")"
  p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"; p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  api+=("${rps%.*}")
  done_requests="$(sed -nE 's/^ *([0-9]+) requests in .*/\1/p' <<<"$out")"
  pg2=$(cpu_ms_tree "$postmaster"); svc2=$(cpu_ms_tree "$SERVICE_PID"); jit2=$(jit_ms "$SERVICE_PID")
  # CPU per answer, server side only (PostgreSQL's for pgbench; the service's plus PostgreSQL's for the API).
  db_cpu+=("$(awk -v c=$((pg1 - pg0)) -v n="$tx" 'BEGIN {printf "%.3f", c / n}')")
  api_cpu+=("$(awk -v c=$((svc2 - svc1 + pg2 - pg1)) -v n="$done_requests" 'BEGIN {printf "%.3f", c / n}')")
  printf '         server CPU per answer: pgbench %s ms (PostgreSQL), API %s ms (service %d ms, of which JIT compiler threads %d ms, + PostgreSQL %d ms over %s requests)\n' \
    "${db_cpu[-1]}" "${api_cpu[-1]}" $((svc2 - svc1)) $((jit2 - jit1)) $((pg2 - pg1)) "$done_requests"
  printf 'round %d: pgbench %6s tps   API %6s req/s (p50 %s, p99 %s%s)   ratio %s%%\n' "$r" "${tps%.*}" "${rps%.*}" \
    "$p50" "$p99" "${non2xx:+, NON-2XX $non2xx}" "$(awk -v a="$rps" -v b="$tps" 'BEGIN {printf "%.1f", 100 * a / b}')"
done
db_median="$(printf '%s\n' "${db[@]}" | median)"; api_median="$(printf '%s\n' "${api[@]}" | median)"
printf 'GET by id, %d clients: API %s req/s, pgbench %s tps (medians of %d rounds of %d s): ratio %s%% (target >= 20%%)\n' \
  "$clients" "$api_median" "$db_median" "$rounds" "$seconds" "$(awk -v a="$api_median" -v b="$db_median" 'BEGIN {printf "%.1f", 100 * a / b}')"
printf 'server CPU per answer (medians): pgbench %s ms, API %s ms: the API would reach %s%% of pgbench where CPU, not waiting, bounds both (derived, not measured throughput)\n' \
  "$(printf '%s\n' "${db_cpu[@]}" | sort -n | sed -n "$(((rounds + 1) / 2))p")" "$(printf '%s\n' "${api_cpu[@]}" | sort -n | sed -n "$(((rounds + 1) / 2))p")" \
  "$(awk -v a="$(printf '%s\n' "${api_cpu[@]}" | sort -n | sed -n "$(((rounds + 1) / 2))p")" -v b="$(printf '%s\n' "${db_cpu[@]}" | sort -n | sed -n "$(((rounds + 1) / 2))p")" 'BEGIN {printf "%.1f", 100 * b / a}')"
printf 'service RSS after the run: %s MB\n' "$(rss_mb "$SERVICE_PID")"
machine
