#!/usr/bin/env bash
# Times every export on the data of a running local launcher (normally the demo group:
# deploy/local/run.sh --demo-data) with curl: one line per request with the HTTP status, the
# size and the time. A measurement, not a test: it fails only when an export does not answer 200.
#
#   deploy/local/bench-exports.sh [--from YYYY-MM-DD --to YYYY-MM-DD] [--repeat N]
#
# Default period: the current calendar month (Europe/London). Per home: the rota (CSV, Excel, PDF),
# payroll (CSV, JSON), overtime and agency (CSV) for the period, and one person's calendar feed
# (made for them by an admin, then fetched without a token); once for the group: the action
# plans (CSV) when incident-safety runs. CAREOPS_PORT_BASE moves the ports as for run.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."

base=${CAREOPS_PORT_BASE:-8080}
scheduling="http://localhost:$((base + 1))"
incident="http://localhost:$((base + 2))"
from=$(TZ=Europe/London date +%Y-%m-01)
to=$(TZ=Europe/London date -d "$from +1 month -1 day" +%Y-%m-%d)
repeat=1
while (($#)); do
  case "$1" in
    --from) from="$2"; shift 2 ;;
    --to) to="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

token=$(deploy/local/token.sh admin '*' --ttl 7200)
auth=(-H "Authorization: Bearer $token")
out=$(mktemp)
trap 'rm -f "$out"' EXIT
failed=0

# time NAME URL [curl args...]: prints name, status, bytes, milliseconds
time_it() {
  local name="$1" url="$2"
  shift 2
  local i result
  for ((i = 1; i <= repeat; i++)); do
    result=$(curl -s -o "$out" -w '%{http_code} %{size_download} %{time_total}' "$@" "$url")
    read -r status bytes seconds <<<"$result"
    printf '%-34s %s %10d bytes %8.0f ms\n' "$name" "$status" "$bytes" "$(echo "$seconds * 1000" | bc -l)"
    [ "$status" = 200 ] || failed=1
  done
}

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) period $from..$to, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
homes=$(curl -sf "${auth[@]}" "$scheduling/api/v1/care-homes?size=100" | jq -r '.items[] | "\(.id) \(.code)"')
while read -r home code; do
  q="careHomeId=$home&from=$from&to=$to"
  for format in csv xlsx pdf; do
    time_it "$code rota $format" "$scheduling/api/v1/exports/rota/$format?$q" "${auth[@]}"
  done
  time_it "$code payroll csv" "$scheduling/api/v1/exports/payroll/csv?$q" "${auth[@]}"
  time_it "$code payroll json" "$scheduling/api/v1/exports/payroll/json?$q" "${auth[@]}"
  time_it "$code overtime csv" "$scheduling/api/v1/exports/overtime/csv?$q" "${auth[@]}"
  time_it "$code agency csv" "$scheduling/api/v1/exports/agency/csv?$q" "${auth[@]}"
  person=$(curl -sf "${auth[@]}" "$scheduling/api/v1/staff?careHomeId=$home&size=1" | jq -r '.items[0].id')
  url=$(curl -sf -X POST "${auth[@]}" "$scheduling/api/v1/me/calendar-feed?staffId=$person" | jq -r .url)
  time_it "$code ical (one person)" "$scheduling/${url#http*://*/}"
done <<<"$homes"
if curl -s -o /dev/null "$incident/q/health/ready"; then
  time_it "group action plans csv" "$incident/api/v1/exports/action-plans/csv" "${auth[@]}"
fi
echo "# done, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $failed
