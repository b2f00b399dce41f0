#!/usr/bin/env bash
# Prints a bearer JWT for the locally running CareOps services, signed RS256 with the DEV-ONLY key
# pair in deploy/local/dev-keys (its private half is public: never trust it outside local runs).
# Only openssl and coreutils: no build, no Java.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: deploy/local/token.sh <role> [care-homes] [--ttl seconds] [--sub subject]

  role        admin | manager | staff | inspector
  care-homes  comma-separated care-home UUIDs, or '*' for every home (default '*')
  --ttl N     lifetime in seconds (default 3600)
  --sub S     subject (default dev-<role>); upn is S@careops.invalid
  --staff-number N  the staff_number claim (six digits): the person a staff token acts as

Prints only the token, e.g.
  curl -H "Authorization: Bearer $(deploy/local/token.sh admin '*')" http://localhost:8081/api/v1/care-homes
EOF
}

die() { echo "token.sh: $*" >&2; exit 2; }

KEY="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/dev-keys/dev-only-private.pem"
ISSUER="https://dev-only.careops.invalid"   # the issuer services accept only with CAREOPS_JWT_DEV_KEYS_ALLOWED=true

role="" homes="" ttl=3600 sub="" staff_number=""
while (($#)); do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --ttl) (($# >= 2)) || die "--ttl needs a value"; ttl="$2"; shift 2 ;;
    --sub) (($# >= 2)) || die "--sub needs a value"; sub="$2"; shift 2 ;;
    --staff-number) (($# >= 2)) || die "--staff-number needs a value"; staff_number="$2"; shift 2 ;;
    -*) die "unknown option '$1' (see --help)" ;;
    *)
      if [[ -z "$role" ]]; then role="$1"
      elif [[ -z "$homes" ]]; then homes="$1"
      else die "unexpected argument '$1' (see --help)"
      fi
      shift ;;
  esac
done

[[ -n "$role" ]] || { usage >&2; exit 2; }
case "$role" in
  admin|manager|staff|inspector) ;;
  *) die "unknown role '$role': use admin, manager, staff or inspector" ;;
esac
[[ "$ttl" =~ ^[1-9][0-9]*$ ]] || die "--ttl must be a positive number of seconds, not '$ttl'"
homes="${homes:-*}"
sub="${sub:-dev-$role}"
# The subject goes into JSON unescaped, so keep it to characters that need no escaping.
[[ "$sub" =~ ^[A-Za-z0-9._@:+-]+$ ]] || die "--sub may contain only letters, digits and . _ @ : + -"
[[ -z "$staff_number" || "$staff_number" =~ ^[0-9]{6}$ ]] || die "--staff-number must be six digits"
[[ -r "$KEY" ]] || die "DEV-ONLY private key not found: $KEY"

# care_homes: a JSON array of strings, each a UUID or the single wildcard '*'.
uuid_re='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
care_homes=""
IFS=',' read -r -a home_list <<<"$homes"
((${#home_list[@]} > 0)) || die "care-homes is empty: give UUIDs or '*'"
for home in "${home_list[@]}"; do
  [[ "$home" == "*" || "$home" =~ $uuid_re ]] || die "care home '$home' is neither a UUID nor '*'"
  care_homes+="${care_homes:+,}\"${home,,}\""
done

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now="$(date +%s)"
upn="$sub"; [[ "$upn" == *@* ]] || upn="$sub@careops.invalid"
header='{"alg":"RS256","typ":"JWT"}'
payload="$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":["%s"],"care_homes":[%s],%s"iat":%d,"exp":%d,"jti":"%s"}' \
  "$ISSUER" "$sub" "$upn" "$role" "$care_homes" "${staff_number:+\"staff_number\":\"$staff_number\",}" \
  "$now" "$((now + ttl))" "$(openssl rand -hex 16)")"

signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature="$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$KEY" -binary | b64url)"
printf '%s.%s\n' "$signing_input" "$signature"
