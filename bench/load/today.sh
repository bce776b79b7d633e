#!/usr/bin/env bash
# Today-page speed (issue #5): the demo runner's Today page (/) and /api/today at 32 connections, against
# GET /api/ping (anonymous, no database: the ceiling this app's pipeline allows) in the same instance.
#   bench/load/today.sh [--seconds 30] [--connections 32] [--paths "/ /api/today"] [--warmup 10] [--cold]
# One Release instance on 127.0.0.1:5111 on a fresh SQLite folder (or --db VALUE); the demo is opened once and
# its sign-in cookie used for every request. --cold: nothing is kept between requests (see run.sh). Prints requests/s, p50, p99 and errors per URL.
# --warmup: each URL is first driven this long (printed as "warm-up": a fresh process is still compiling its hot code,
# so its first seconds show in p99), then measured; 0 measures from the first request.
source "$(dirname "$0")/common.sh"

seconds=30 connections=32 paths="/ /api/today" db="" warmup=10
while [ $# -gt 0 ]; do
  case $1 in
    --seconds) seconds=$2; shift 2 ;; --connections) connections=$2; shift 2 ;; --paths) paths=$2; shift 2 ;;
    --db) db=$2; shift 2 ;; --warmup) warmup=$2; shift 2 ;; --cold) export INSTANCE_ARGS="--Patella:RunnerDayCacheEntries 0"; shift ;;
    *) log "unknown option $1 (see the header of $0)"; exit 2 ;;
  esac
done

WORK=$(mktemp -d)
trap 'stop_instances; rm -rf "$WORK"' EXIT
ensure_wrk
build_release
db=${db:-"$WORK/data-today/patella.db"}
start_instance "$db" 5111
base="http://127.0.0.1:5111"

# Open the demo (the form on the home page) and keep its sign-in cookie,
jar="$WORK/demo.jar"
token=$(curl -fs -c "$jar" -b "$jar" "$base/" | sed -n 's/.*name="__RequestVerificationToken" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$token" "$base/account/demo"
# and the anti-forgery cookie a browser would send back, as a browser does.
cookie_header "$jar" > "$WORK/cookies.txt"
[ -s "$WORK/cookies.txt" ] || { log "opening the demo gave no sign-in cookie"; exit 1; }

if [ "$warmup" -gt 0 ]; then
  echo "== warm-up: a fresh instance, ${warmup}s each"
  for path in $paths; do
    drive "warm-up $path" "$warmup" "$connections" "$WORK/cookies.txt" "$path" "$base"
  done
  drive "warm-up /api/ping" "$warmup" "$connections" "" "/api/ping" "$base"
fi
echo "== demo runner, 1 instance, $connections connections, ${seconds}s each"
for path in $paths; do
  drive "demo $path" "$seconds" "$connections" "$WORK/cookies.txt" "$path" "$base"
done
drive "ceiling /api/ping" "$seconds" "$connections" "" "/api/ping" "$base"
