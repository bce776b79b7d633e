#!/usr/bin/env bash
# Clinic load test (issue #6): many runners on PostgreSQL, two web instances, wrk on loopback.
#   bench/load/run.sh [--runners 1000] [--days 730] [--seconds 60] [--connections 64] [--cookies 200] [--soak 600]
#                     [--sqlite] [--cold] [--no-generate | --generate-only]
# 1. generates RUNNERS runners with accounts, DAYS days of runs (four a week) and daily check-ins (generate-*.sql);
# 2. starts two Release instances on 127.0.0.1:5101 and :5102 on that database (one, on SQLite, with --sqlite);
# 3. signs in COOKIES random runners (alternating instances, so each cookie is used on both) and drives the Today
#    page (/) and /api/load with wrk at CONNECTIONS connections for SECONDS: requests/s, p50, p99, errors;
# 4. with --soak S: S seconds of both pages at once, each instance's RSS sampled every 10 s: first, last, max.
# PostgreSQL: PATELLA_LOAD_DB (an Npgsql connection string) or a database patella_load on 127.0.0.1 as role patella.
# --cold: the instances keep no runner's day between requests (Patella:RunnerDayCacheEntries=0), so every request
# reads and computes the runner's two years: the first visit of each runner each day, at full rate.
# SQLite (--sqlite): bench/load/.data/patella-load.db. wrk is installed from Debian's packages when missing.
source "$(dirname "$0")/common.sh"

runners=1000 days=730 seconds=60 connections=64 cookies=200 soak=0 sqlite=0 fresh=1 only=0
while [ $# -gt 0 ]; do
  case $1 in
    --runners) runners=$2; shift 2 ;; --days) days=$2; shift 2 ;; --seconds) seconds=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;; --cookies) cookies=$2; shift 2 ;; --soak) soak=$2; shift 2 ;;
    --sqlite) sqlite=1; shift ;; --cold) export INSTANCE_ARGS="--Patella:RunnerDayCacheEntries 0"; shift ;; --no-generate) fresh=0; shift ;; --generate-only) only=1; shift ;;
    *) log "unknown option $1 (see the header of $0)"; exit 2 ;;
  esac
done

WORK=$(mktemp -d)
trap 'stop_instances; rm -rf "$WORK"' EXIT
ensure_wrk
build_release

if [ "$sqlite" = 1 ]; then
  mkdir -p "$LOAD_DIR/.data"
  db="$LOAD_DIR/.data/patella-load.db"
  ports=(5101)
else
  db=${PATELLA_LOAD_DB:-"Host=127.0.0.1;Port=5432;Database=patella_load;Username=patella;Password=patella"}
  admin=$(pg_uri "$db" | sed 's|/[^/]*$|/postgres|')
  name=$(pg_uri "$db" | sed 's|.*/||')
  psql "$admin" -tAc "select 1 from pg_database where datname = '$name'" | grep -q 1 || psql "$admin" -qc "create database $name"
  ports=(5101 5102)
fi

[ "$fresh" = 1 ] && generate "$db" "$runners" "$days"
[ "$only" = 1 ] && exit 0
bases=()
for port in "${ports[@]}"; do start_instance "$db" "$port"; bases+=("http://127.0.0.1:$port"); done
log "instances up: ${bases[*]} (pids ${INSTANCE_PIDS[*]})"
collect_cookies "$WORK/cookies.txt" "$cookies" "$runners" "${bases[@]}"

engine=$([ "$sqlite" = 1 ] && echo "SQLite, 1 instance" || echo "PostgreSQL, ${#ports[@]} instances")
echo "== $engine; $runners runners x $days days; $connections connections, ${seconds}s each"
drive "Today page /" "$seconds" "$connections" "$WORK/cookies.txt" "/" "${bases[@]}"
drive "/api/load" "$seconds" "$connections" "$WORK/cookies.txt" "/api/load" "${bases[@]}"

if [ "$soak" -gt 0 ]; then
  echo "== soak: / and /api/load for ${soak}s; RSS (MB) every 10 s"
  drive "soak / + /api/load" "$soak" "$connections" "$WORK/cookies.txt" "/,/api/load" "${bases[@]}" > "$WORK/soak.txt" &
  soaker=$!
  declare -A first last max series
  while kill -0 "$soaker" 2>/dev/null; do
    for i in "${!INSTANCE_PIDS[@]}"; do
      mb=$(rss_mb "${INSTANCE_PIDS[$i]}")
      [ -z "${first[$i]:-}" ] && first[$i]=$mb
      last[$i]=$mb
      [ "$mb" -gt "${max[$i]:-0}" ] && max[$i]=$mb
      series[$i]="${series[$i]:-}${series[$i]:+ }$mb"
    done
    sleep 10
  done
  wait "$soaker"
  cat "$WORK/soak.txt"
  for i in "${!INSTANCE_PIDS[@]}"; do
    echo "RSS ${bases[$i]#http://}: first=${first[$i]} MB last=${last[$i]} MB max=${max[$i]} MB"
    echo "    every 10 s: ${series[$i]}"
  done
fi
