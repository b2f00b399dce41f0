#!/usr/bin/env bash
# Issue 15 item 5's seven read targets, first run and warm: against services already running with
# the demo group loaded (deploy/local/run.sh --demo-data, or DemoData.java against them), one
# request at a time. Each scheduling set (working-time, rota-health) gets the README's warm-up run
# (--requests 200, not printed), then runs --runs times (default 4) with --requests 2000, each run
# printed; compliance's benchmark runs --runs times. The README keeps the first run and the last
# two ("warm": every p50 falls from run to run after a start and settles by the third or fourth).
# A script, not a test: it never fails on a figure.
#
#   bench/read-targets.sh [--today YYYY-MM-DD] [--runs N]   (ports: CAREOPS_PORT_BASE, default 19800)
#
# --today: the day the demo group was loaded (its dates are relative to it); default today in London.
set -euo pipefail
cd "$(dirname "$0")/.."
today=$(TZ=Europe/London date +%F)
runs=4
while (($#)); do
  case "$1" in
    --today) today=$2; shift ;;
    --runs) runs=$2; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
base=${CAREOPS_PORT_BASE:-19800}
s=$((base + 1)) c=$((base + 3))
load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "== $(date -u +%T) UTC, load average $(load), demo data of $today"
for set in working-time rota-health; do
  java scheduling-service/bench/Benchmark.java --url "http://localhost:$s" --set $set --requests 200 \
    --concurrency 1 --today "$today" >/dev/null
  for run in $(seq "$runs"); do
    echo "-- $set, run $run ($(date -u +%T), load average $(load))"
    java scheduling-service/bench/Benchmark.java --url "http://localhost:$s" --set $set --requests 2000 \
      --concurrency 1 --today "$today" | grep -E ' wk  |^scenario'
  done
done
for run in $(seq "$runs"); do
  echo "-- compliance, run $run ($(date -u +%T), load average $(load))"
  java compliance-service/bench/Benchmark.java --url "http://localhost:$c" --scheduling-url "http://localhost:$s" \
    --requests 200 --concurrency 1 --as-of "$today" | grep -E '^(scenario|dashboard|training|staff|list)'
done
echo "== $(date -u +%T) UTC, load average $(load)"
