#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Import benchmark, run on demand (not in CI): imports an N-visit demo CSV with salesops-cli and,
# in the same run, with sqlite3's .import into a table of the same columns, and prints rows/s,
# the ratio, the re-import speed-up and peak memory.
#   bench/import_bench.sh [VISITS]        default 1,000,000
# Needs a release build (cmake --preset release && cmake --build build); SALESOPS_CLI=path overrides.
set -euo pipefail
cd "$(dirname "$0")/.."
visits=${1:-1000000}
cli=${SALESOPS_CLI:-./build/bin/salesops-cli}
out=bench/out
mkdir -p "$out"
csv_dir="$out/demo-$visits"
if [ ! -f "$csv_dir/visits.csv" ]; then
  echo "generating $visits demo visits ..."
  "$cli" demo --clean --visits "$visits" --days 365 --end 2026-11-27 --csv-out "$csv_dir" >/dev/null
fi
file="$csv_dir/visits.csv"
rows=$(( $(wc -l < "$file") - 1 ))
mb=$(du -m "$file" | cut -f1)
cat "$file" > /dev/null  # both contenders read from the page cache

timed() {  # prints "seconds peak_kb" of the command
  /usr/bin/time -f "%e %M" -o "$out/.time" "$@" >/dev/null 2>"$out/.stderr" || { cat "$out/.stderr"; exit 1; }
  cat "$out/.time"
}

rm -f "$out"/sqlite3.db*
columns=$(head -1 "$file" | tr -d '\r' | sed 's/,/ TEXT, /g; s/$/ TEXT/')
printf 'CREATE TABLE visit(%s);\n.mode csv\n.import --skip 1 %s visit\n' \
  "$columns" "$file" > "$out/import.sql"
read -r s_sec s_kb < <(timed sqlite3 "$out/sqlite3.db" -init "$out/import.sql" .quit)

rm -f "$out"/ours.sqlite*
read -r o_sec o_kb < <(timed "$cli" --quiet --db "$out/ours.sqlite" import --kind visits "$file")
read -r r_sec r_kb < <(timed "$cli" --quiet --db "$out/ours.sqlite" import --kind visits "$file")

awk -v rows="$rows" -v mb="$mb" -v s="$s_sec" -v o="$o_sec" -v r="$r_sec" -v okb="$o_kb" -v rkb="$r_kb" 'BEGIN {
  printf "file: %d visits, %d MB\n", rows, mb
  printf "sqlite3 .import (no validation, no keys): %6.2f s  %9.0f rows/s\n", s, rows / s
  printf "salesops-cli import (validated upserts):  %6.2f s  %9.0f rows/s  peak %d MB\n", o, rows / o, okb / 1024
  printf "salesops-cli re-import (all unchanged):   %6.2f s  %9.0f rows/s  peak %d MB\n", r, rows / r, rkb / 1024
  printf "ratio import / sqlite3 .import: %.2fx   re-import speed-up: %.2fx\n", s / o, o / r
}'
