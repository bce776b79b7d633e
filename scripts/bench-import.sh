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
for i in 1 2 3; do
  run decode-export "$work/export.zip"
  run import-export "$work/export.zip" "$work/data-$i"
done
