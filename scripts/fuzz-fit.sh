#!/usr/bin/env sh
# Long FIT mutation fuzz run: ./scripts/fuzz-fit.sh [seconds] (default 600).
# Exit code 1 and a saved input in the temp folder when anything but ActivityFileException escapes.
set -eu
cd "$(dirname "$0")/.."
exec dotnet run -c Release --project bench/Patella.Benchmarks -- fuzz-fit "${1:-600}"
