#!/usr/bin/env bash
# The legacy import benchmark and the three-runs check (a script, not a test). On this machine,
# with the local launcher's three services and PostgreSQL:
#   1. generates a 5-home export (GenerateExport.java, seeded);
#   2. fresh databases: first import, timed; fingerprint A of every table it writes;
#   3. the same import again, timed: the report must say every record unchanged, and the tables
#      must be byte-identical to A (fingerprint B, every column);
#   4. the imported tables emptied (ResetImported.java): an import killed (SIGKILL) after KILL_AFTER seconds, then the same
#      command again to resume; its content must equal A's (fingerprint C, leaving out write times).
# Figures go to stdout and to $OUT (default .local/legacy-bench). Ports: CAREOPS_PORT_BASE and
# CAREOPS_PG_PORT as for run.sh (default 9400 / 56400 so as not to disturb a launcher on 8080).
# NO_LAUNCHER=1: use a launcher already running on those ports (its imported tables are emptied first).
#
#   legacy-import/bench/benchmark.sh [--seed N] [--kill-after SECONDS] [--skip-kill]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export CAREOPS_PORT_BASE="${CAREOPS_PORT_BASE:-9400}"
export CAREOPS_PG_PORT="${CAREOPS_PG_PORT:-56400}"
OUT="${OUT:-$ROOT/.local/legacy-bench}"
SEED=42 KILL_AFTER=30 SKIP_KILL=""
while (($#)); do
  case "$1" in
    --seed) SEED="$2"; shift 2 ;;
    --kill-after) KILL_AFTER="$2"; shift 2 ;;
    --skip-kill) SKIP_KILL=1; shift ;;
    *) echo "unknown argument $1" >&2; exit 1 ;;
  esac
done
mkdir -p "$OUT"
PGJAR="$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | sort -V | tail -1)"
LAUNCHER=""

start() {
  if [[ -n "${NO_LAUNCHER:-}" ]]; then java -cp "$PGJAR" legacy-import/bench/ResetImported.java "$CAREOPS_PG_PORT"; return 0; fi
  CAREOPS_PORT_BASE=$CAREOPS_PORT_BASE CAREOPS_PG_PORT=$CAREOPS_PG_PORT setsid deploy/local/run.sh --no-build --reset \
    >"$OUT/launcher-$1.log" 2>&1 &
  LAUNCHER=$!
  for _ in $(seq 1 600); do
    grep -q 'CareOps is ready' "$OUT/launcher-$1.log" && return 0
    kill -0 "$LAUNCHER" 2>/dev/null || { cat "$OUT/launcher-$1.log"; exit 1; }
    sleep 1
  done
  echo "launcher not ready" >&2; exit 1
}
stop() {
  if [[ -n "${NO_LAUNCHER:-}" ]]; then return 0; fi
  if [[ -n "$LAUNCHER" ]]; then kill -TERM "$LAUNCHER" 2>/dev/null || true; wait "$LAUNCHER" 2>/dev/null || true; LAUNCHER=""; fi
}
trap stop EXIT
fingerprint() { java -cp "$PGJAR" legacy-import/bench/Fingerprint.java "$CAREOPS_PG_PORT" >"$OUT/fingerprint-$1.txt"; }
import() { # name, extra args
  local name="$1"; shift
  local t0=$SECONDS start_ns; start_ns=$(date +%s%N)
  set +e
  deploy/local/import-legacy.sh --report "$OUT/report-$name.json" "$@" "$OUT/export.json" >"$OUT/import-$name.log" 2>&1
  local code=$?
  set -e
  echo "$name: exit $code in $(( ($(date +%s%N) - start_ns) / 1000000 )) ms"
  return 0
}

java legacy-import/bench/GenerateExport.java "$OUT/export.json" --seed "$SEED"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

start first
import first
fingerprint A
import second
fingerprint B
python3 - "$OUT/report-second.json" <<'PY' || true
import json, sys
r = json.load(open(sys.argv[1]))
bad = {m: (v["created"], v["updated"]) for m, v in r["models"].items() if v["created"] or v["updated"]}
print("second run: every record unchanged" if not bad else f"second run: NOT all unchanged: {bad}")
PY
if cmp -s "$OUT/fingerprint-A.txt" "$OUT/fingerprint-B.txt"; then echo "fingerprint B == A (every column)"; else echo "fingerprint B DIFFERS from A"; diff "$OUT/fingerprint-A.txt" "$OUT/fingerprint-B.txt" || true; fi

if [[ -z "$SKIP_KILL" ]]; then
  java -cp "$PGJAR" legacy-import/bench/ResetImported.java "$CAREOPS_PG_PORT"
  deploy/local/import-legacy.sh --report "$OUT/report-killed.json" "$OUT/export.json" >"$OUT/import-killed.log" 2>&1 &
  IMPORTER=$!
  sleep "$KILL_AFTER"
  kill -KILL "$IMPORTER" 2>/dev/null || true
  wait "$IMPORTER" 2>/dev/null || true
  echo "killed the import after ${KILL_AFTER} s"
  import resumed
  fingerprint C
  if diff <(sed 's/ strict=[0-9a-f]*//' "$OUT/fingerprint-A.txt") <(sed 's/ strict=[0-9a-f]*//' "$OUT/fingerprint-C.txt") >/dev/null; then
    echo "fingerprint C == A (content)"
  else
    echo "fingerprint C DIFFERS from A"; diff "$OUT/fingerprint-A.txt" "$OUT/fingerprint-C.txt" || true
  fi
fi
stop
grep -h 'legacy import\|reconciliation' "$OUT"/import-*.log || true
