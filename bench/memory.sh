#!/usr/bin/env bash
# Resident memory of a service after 60 s of load, at the shipped JVM settings (deploy/jvm/jvm-options)
# and AOT cache: the scheduling service alone, loaded by bench/Load.java (reads by id,
# unit lists and shift writes, round robin) with --concurrency clients. Prints RSS (VmRSS: what a
# container's memory limit counts, file-backed AOT cache pages included) before and after, the
# JVM's native memory summary when BENCH_NMT=1 (tracking costs a few MB itself, so the RSS figure
# of record is taken without it). Target: RSS <= 160 MB.
# A script, not a test: it never fails on a figure.
#
#   bench/memory.sh [--seconds 60] [--concurrency 16]
source "$(dirname "$0")/common.sh"

seconds=60 concurrency=16
while (($#)); do
  case "$1" in
    --seconds) seconds=$2; shift ;;
    --concurrency) concurrency=$2; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

trap 'stop_service; stop_postgres' EXIT
machine
start_postgres
[[ "${BENCH_NMT:-0}" != 1 ]] || BENCH_EXTRA_JVM_FLAGS="${BENCH_EXTRA_JVM_FLAGS:-} -XX:NativeMemoryTracking=summary"
start_service scheduling "$BENCH_DIR/memory-scheduling-service.log"
wait_ready scheduling "$(now_ms)" >/dev/null
printf 'RSS when ready: %s MB\n' "$(rss_mb "$SERVICE_PID")"
seed_scheduling
"$CAREOPS_JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC bench/Load.java \
  --url "http://127.0.0.1:${HTTP_PORT[scheduling]}" --shift "$SEED_SHIFT" --unit "$SEED_UNIT" \
  --seconds "$seconds" --concurrency "$concurrency"
rss="$(rss_mb "$SERVICE_PID")"
if [[ "${BENCH_NMT:-0}" == 1 ]]; then
  "$CAREOPS_JDK_HOME/bin/jcmd" "$SERVICE_PID" VM.native_memory summary >"$BENCH_DIR/memory-nmt.txt" 2>&1 || true
  grep -E '^(Total|-\s+(Java Heap|Class|Thread|Code|GC|Compiler|Internal|Other|Symbol|Metaspace|Shared class space|Arena Chunk))' \
    "$BENCH_DIR/memory-nmt.txt" | sed -E 's/ +/ /g' || true
fi
printf 'heap: %s\n' "$("$CAREOPS_JDK_HOME/bin/jcmd" "$SERVICE_PID" GC.heap_info 2>/dev/null | grep -E 'total|used' | head -2 | tr -s ' \n' ' ')"
printf 'RSS after %d s of load (%d clients): %s MB (target <= 160 MB)\n' "$seconds" "$concurrency" "$rss"
machine
