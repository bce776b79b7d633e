# Shared by the bench/load scripts: build, start and stop instances, sign in, run wrk. Source it; do not run it.
# shellcheck shell=bash
set -euo pipefail
LOAD_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$LOAD_DIR/../.." && pwd)
WEB_DLL="$ROOT/src/Patella.Web/bin/Release/net10.0/Patella.Web.dll"
CLI_DLL="$ROOT/src/Patella.Cli/bin/Release/net10.0/patella.dll"
# The password every generated load runner has (a bench fixture, not a secret).
LOAD_PASSWORD="load-test-password"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
INSTANCE_PIDS=()

log() { echo "bench/load: $*" >&2; }

ensure_wrk() {
  command -v wrk >/dev/null && return
  if [ "$(id -u)" != 0 ]; then log "wrk is needed: apt-get install -y wrk"; exit 1; fi
  log "installing wrk from Debian's packages"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
}

build_release() {
  log "building the web app and the CLI (Release)"
  dotnet build "$ROOT/src/Patella.Web" -c Release -nologo -v q -clp:ErrorsOnly >&2
  dotnet build "$ROOT/src/Patella.Cli" -c Release -nologo -v q -clp:ErrorsOnly >&2
}

# ASP.NET Core Identity's v3 password hash (0x01, PRF HMAC-SHA512, 100,000 iterations, 16-byte salt, 32-byte key),
# the format Patella's PasswordHasher writes and verifies; computed once, shared by every load runner.
password_hash() {
  python3 - "$LOAD_PASSWORD" <<'PY'
import base64, hashlib, os, struct, sys
salt = os.urandom(16)
key = hashlib.pbkdf2_hmac("sha512", sys.argv[1].encode(), salt, 100_000, 32)
print(base64.b64encode(b"\x01" + struct.pack(">III", 2, 100_000, 16) + salt + key).decode())
PY
}

# generate DB RUNNERS DAYS: schema by `patella db migrate`, then the SQL generator for the provider.
generate() {
  local db=$1 runners=$2 days=$3 hash sql
  dotnet "$CLI_DLL" --db "$db" db migrate >&2
  hash=$(password_hash)
  if [[ "$db" == *"Host="* ]]; then sql=generate-postgres.sql; else sql=generate-sqlite.sql; fi
  log "generating $runners runners x $days days into $( [[ $sql == *postgres* ]] && echo PostgreSQL || echo "SQLite $db")"
  local start=$SECONDS
  sed -e "s/@RUNNERS@/$runners/g" -e "s/@DAYS@/$days/g" -e "s|@PWHASH@|$hash|g" "$LOAD_DIR/$sql" > "$WORK/generate.sql"
  if [[ $sql == *postgres* ]]; then
    psql "$(pg_uri "$db")" -q -f "$WORK/generate.sql" >&2
  else
    sqlite3 "$db" < "$WORK/generate.sql"
  fi
  log "generated in $((SECONDS - start)) s"
}

# A libpq URI from an Npgsql connection string (Host, Port, Database, Username, Password).
pg_uri() {
  python3 - "$1" <<'PY'
import sys, urllib.parse
parts = dict(p.split("=", 1) for p in sys.argv[1].split(";") if "=" in p)
get = lambda *keys, default="": next((v for k, v in parts.items() if k.strip().lower() in keys), default)
print("postgresql://%s:%s@%s:%s/%s" % (urllib.parse.quote(get("username", "user id", "user")), urllib.parse.quote(get("password")),
      get("host", "server"), get("port", default="5432"), get("database")))
PY
}

# start_instance DB PORT: the Release web app on 127.0.0.1:PORT; waits until it answers /api/ping.
start_instance() {
  local db=$1 port=$2
  ASPNETCORE_ENVIRONMENT=Production dotnet "$WEB_DLL" --urls "http://127.0.0.1:$port" --db "$db" \
    --Logging:LogLevel:Default=Warning --Patella:DataFolder "$WORK/data-$port" ${INSTANCE_ARGS:-} > "$WORK/instance-$port.log" 2>&1 &
  INSTANCE_PIDS+=($!)
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/api/ping" >/dev/null 2>&1 && return
    sleep 0.5
  done
  log "instance on port $port did not start:"; cat "$WORK/instance-$port.log" >&2; exit 1
}

stop_instances() {
  for pid in "${INSTANCE_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${INSTANCE_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  INSTANCE_PIDS=()
}

# sign_in BASE EMAIL PASSWORD: prints the Cookie header of the signed-in browser (see cookie_header; "" when sign-in failed).
sign_in() {
  local base=$1 email=$2 password=$3 jar token
  jar=$(mktemp -p "$WORK")
  token=$(curl -fs -c "$jar" -b "$jar" "$base/signin" | sed -n 's/.*name="__RequestVerificationToken" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$email" --data-urlencode "password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/account/signin"
  cookie_header "$jar"
  rm -f "$jar"
}

# cookie_header JAR: the Cookie header a browser would send from a curl jar: the sign-in cookie and the anti-forgery
# cookie (the one a page's forms are bound to), as "name=value; name=value"; nothing without a sign-in cookie.
cookie_header() {
  awk '$6 == "patella.signin" { signed = 1 }
       $6 == "patella.signin" || $6 ~ /^\.AspNetCore\.Antiforgery\./ { out = out sep $6 "=" $7; sep = "; " }
       END { if (signed) print out }' "$1"
}

# collect_cookies FILE COUNT RUNNERS BASE...: signs in COUNT random load runners, alternating the instances, one Cookie header a line.
collect_cookies() {
  local file=$1 count=$2 runners=$3; shift 3
  local bases=("$@") i=0 n cookie
  : > "$file"
  while [ "$i" -lt "$count" ]; do
    n=$(( (RANDOM * 32768 + RANDOM) % runners + 1 ))
    cookie=$(sign_in "${bases[$((i % ${#bases[@]}))]}" "runner$n@load.example" "$LOAD_PASSWORD")
    if [ -z "$cookie" ]; then log "sign-in failed for runner$n@load.example"; exit 1; fi
    echo "$cookie" >> "$file"
    i=$((i + 1))
  done
  log "signed in $count runners"
}

# drive LABEL SECONDS CONNECTIONS COOKIES PATH BASE...: wrk on every BASE at once (CONNECTIONS shared between them),
# each request with a random cookie from COOKIES ("" for none); one summary line per instance and a total.
# A request counts as an error when it is not answered 200 within wrk's --timeout (10 s), so slow ones show in p99.
drive() {
  local label=$1 seconds=$2 connections=$3 cookies=$4 path=$5; shift 5
  local bases=("$@") per=$(( connections / $# )) pids=() k=0
  for base in "${bases[@]}"; do
    COOKIES="$cookies" LOAD_PATH="$path" wrk -t 2 -c "$per" -d "${seconds}s" --timeout 10s --latency -s "$LOAD_DIR/random-cookie.lua" "$base" \
      > "$WORK/wrk-$k.txt" 2>&1 &
    pids+=($!); k=$((k + 1))
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
  local total=0 errors=0 line
  for ((k = 0; k < ${#bases[@]}; k++)); do
    line=$(grep '^RESULT' "$WORK/wrk-$k.txt" || { cat "$WORK/wrk-$k.txt" >&2; exit 1; })
    printf '%-28s %-24s %s\n' "$label" "${bases[$k]#http://}" "${line#RESULT }"
    total=$(python3 -c "print(round($total + $(sed -n 's/.*rps=\([0-9.]*\).*/\1/p' <<<"$line"), 1))")
    errors=$((errors + $(sed -n 's/.*errors=\([0-9]*\).*/\1/p' <<<"$line")))
  done
  if [ ${#bases[@]} -gt 1 ]; then
    printf '%-28s %-24s rps=%s errors=%s\n' "$label" "total ($connections conn)" "$total" "$errors"
  fi
}

rss_mb() { ps -o rss= -p "$1" | awk '{ printf "%.0f", $1 / 1024 }'; }
