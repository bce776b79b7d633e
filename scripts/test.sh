#!/usr/bin/env bash
# Runs every test Patella has, after installing what the tests need on a fresh Debian machine.
# Usage: scripts/test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null; then
  echo "scripts/test.sh: the .NET 10 SDK is needed (https://dot.net); 'dotnet' is not on PATH" >&2
  exit 1
fi

if [ ! -d ../shared/testdata/activities ]; then
  echo "scripts/test.sh: ../shared/testdata/activities (the shared real-file corpus) must sit beside the checkout" >&2
  exit 1
fi

# PostgreSQL for the second pass of the App tests (the same tests on the clinic database).
# PATELLA_TEST_POSTGRES may name a server you run yourself; otherwise, as root, a local cluster is
# installed (Debian's postgresql) and started on loopback, with a role allowed to create databases.
start_postgres() {
  if [ -n "${PATELLA_TEST_POSTGRES:-}" ]; then return; fi
  if [ "$(id -u)" != 0 ]; then
    echo "scripts/test.sh: PostgreSQL tests need PATELLA_TEST_POSTGRES (a role that may create databases) or root to set up a local server" >&2
    exit 1
  fi
  if ! command -v pg_lsclusters >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  local cluster
  cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
  if [ -z "$cluster" ]; then
    pg_createcluster "$(ls /usr/lib/postgresql | sort -n | tail -1)" main >/dev/null
    cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
  fi
  pg_ctlcluster $cluster start 2>/dev/null || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
  su postgres -c "psql -tAc \"select 1 from pg_roles where rolname = 'patella'\"" | grep -q 1 \
    || su postgres -c "psql -qc \"create role patella login password 'patella' createdb\""
  su postgres -c "psql -qc \"grant pg_signal_backend to patella\"" >/dev/null
  su postgres -c "psql -tAc \"select 1 from pg_database where datname = 'patella_test'\"" | grep -q 1 \
    || su postgres -c "createdb -O patella patella_test"
  export PATELLA_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Database=patella_test;Username=patella;Password=patella"
}
start_postgres
# The browser tests drive Debian's Chromium (no browser download); the web app's charts come from npm.
if [ ! -x /usr/bin/chromium ] || ! command -v npm >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "scripts/test.sh: /usr/bin/chromium and npm are needed; as root: apt-get install -y chromium npm" >&2
    exit 1
  fi
  missing=""
  [ -x /usr/bin/chromium ] || missing="$missing chromium"
  command -v npm >/dev/null || missing="$missing npm"
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $missing
fi
(cd src/Patella.Web && npm ci --no-audit --no-fund)

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build Patella.slnx -c Release -nologo -clp:ErrorsOnly
status=0
dotnet test Patella.slnx -c Release --no-build -nologo \
  --logger "trx;LogFilePrefix=run" --results-directory "$results" "$@" || status=$?
PATELLA_TEST_PROVIDER=postgresql dotnet test tests/Patella.App.Tests -c Release --no-build -nologo \
  --logger "trx;LogFilePrefix=postgresql" --results-directory "$results/postgresql" "$@" || status=$?

# One closing line for CI, summed over every test project's TRX file.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx "$results"/postgresql/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ]; then
  echo "scripts/test.sh: no test ran" >&2
  exit 1
fi
exit $status
