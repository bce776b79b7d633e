#!/usr/bin/env bash
# Measures the import target: a Strava-style export of N activities (default 2,000) made from the
# shared real files, gunzip+decode only vs a full `patella import` into SQLite, each in its own process.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-2000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build bench/Patella.Benchmarks -c Release -nologo -clp:ErrorsOnly
run() { dotnet bench/Patella.Benchmarks/bin/Release/net10.0/Patella.Benchmarks.dll "$@"; }
run make-export "$work/export.zip" "$count"
ls -l "$work/export.zip"
# Each pair's ratio (import wall time over decode wall time) and, for a machine shared with other
# work, the same ratio in CPU seconds: the wall ratio then depends on how many cores the import got.
for i in 1 2 3; do
  decode=$(run decode-export "$work/export.zip"); echo "$decode"
  import=$(run import-export "$work/export.zip" "$work/data-$i"); echo "$import"
  printf '%s\n%s\n' "$decode" "$import" | awk '
    { match($0, / in [0-9.]+ s/); wall[NR] = substr($0, RSTART + 4, RLENGTH - 6) + 0
      match($0, /CPU [0-9.]+ s/); cpu[NR] = substr($0, RSTART + 4, RLENGTH - 6) + 0 }
    END { printf "run %d: import/decode %.2fx wall, %.2fx CPU\n", '"$i"', wall[2] / wall[1], cpu[2] / cpu[1] }'
done
