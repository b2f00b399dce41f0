#!/usr/bin/env bash
# Peak resident memory of the three services with the heap driven to its bound: the local launcher
# (deploy/local/run.sh, the shipped JVM settings and AOT caches of the built jars) on a FRESH local
# database (--reset: it deletes the launcher's local data under .local/), the demo group loaded by
# deploy/local/DemoData.java, then the working-time and rota-health sets of the scheduling
# benchmark, its default set at concurrency 4, and compliance's benchmark twice. Each service's
# VmRSS (what a container's memory limit counts, file-backed AOT cache pages included) is sampled
# every 0.5 s; prints the peak during the demo load, the peak in all, and RSS and heap at the end.
# The figures behind the memory limits in deploy/k8s (deploy/README.md, "Sizing"). A script, not
# a test: it never fails on a figure. Build first (./mvnw -B package -DskipTests, or .ci/run).
#
#   bench/peak-rss.sh [--today YYYY-MM-DD]     (ports: CAREOPS_PORT_BASE, default 19800; CAREOPS_PG_PORT, 19900)
set -euo pipefail
cd "$(dirname "$0")/.."
today=$(TZ=Europe/London date +%F)
while (($#)); do
  case "$1" in
    --today) today=$2; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
base=${CAREOPS_PORT_BASE:-19800} pg=${CAREOPS_PG_PORT:-19900}
log=$(mktemp) samples=$(mktemp)
CAREOPS_PORT_BASE=$base CAREOPS_PG_PORT=$pg setsid deploy/local/run.sh --no-build --reset >"$log" 2>&1 &
launcher=$!
sampler=""
cleanup() {
  [[ -z "$sampler" ]] || kill "$sampler" 2>/dev/null || true
  kill -TERM "$launcher" 2>/dev/null || true
  wait "$launcher" 2>/dev/null || true
  rm -f "$log" "$samples"
}
trap cleanup EXIT
for _ in $(seq 150); do grep -q "Press Ctrl-C" "$log" && break; sleep 2; done
grep -q "Press Ctrl-C" "$log" || { cat "$log" >&2; echo "the launcher did not get ready" >&2; exit 1; }
declare -A pid
names=(scheduling incident-safety compliance)
for i in 0 1 2; do
  pid[${names[$i]}]=$(ss -ltnp | grep ":$((base + i + 1)) " | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
done
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$1/status"; }
echo "$(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg); RSS when ready (MiB):$(for n in "${names[@]}"; do printf ' %s %s' "$n" "$(rss "${pid[$n]}")"; done)"
(while true; do for n in "${names[@]}"; do echo "$n $(rss "${pid[$n]}")"; done; sleep 0.5; done) >"$samples" 2>/dev/null &
sampler=$!
peaks() { awk '$2 > m[$1] {m[$1] = $2} END {for (k in m) printf " %s %d", k, m[k]}' "$samples"; }
s=$((base + 1)) c=$((base + 3))
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC deploy/local/DemoData.java --url "http://localhost:$s" \
  --incident-url "http://localhost:$((base + 2))" --compliance-url "http://localhost:$c" | tail -1
echo "peak RSS during the demo load (MiB):$(peaks)"
for set in working-time rota-health; do
  java scheduling-service/bench/Benchmark.java --url "http://localhost:$s" --set $set --requests 2000 --concurrency 1 --today "$today" | grep -v '^$'
done
java scheduling-service/bench/Benchmark.java --url "http://localhost:$s" --requests 400 --concurrency 4 --today "$today" | grep -v '^$'
for _ in 1 2; do
  java compliance-service/bench/Benchmark.java --url "http://localhost:$c" --scheduling-url "http://localhost:$s" \
    --requests 200 --concurrency 1 --as-of "$today" | grep -v '^{' | grep -v '^$'
done
echo "$(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg); peak RSS in all (MiB):$(peaks)"
source deploy/local/jdk.sh
for n in "${names[@]}"; do
  echo "$n at the end: $(grep -E 'VmRSS|RssAnon|RssFile' "/proc/${pid[$n]}/status" | tr -s ' \n' ' ')"
  "$CAREOPS_JDK_HOME/bin/jstat" -gc "${pid[$n]}" | tail -1 | awk '{printf "  heap committed %d MiB, old generation used %d MiB\n", ($1 + $2 + $5 + $7) / 1024, $8 / 1024}'
done
