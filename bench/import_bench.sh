#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Import benchmark, run on demand (not in CI). In one run, on the same N-visit demo file:
#   1. sqlite3's .import into a table of the same columns (no keys, no validation);
#   2. salesops-cli import into a new store (validation, upserts, rollups);
#   3. the same file again (unchanged since its import: recognised by its content hash);
#   4. the same rows with CRLF line ends (other bytes: every row compared with the store).
# Prints rows/s, the ratios and peak memory.
#   bench/import_bench.sh [VISITS]      default 1,000,000
# Needs a release build (cmake --preset release && cmake --build build); SALESOPS_CLI=path overrides.
set -euo pipefail
cd "$(dirname "$0")/.."
visits=${1:-1000000}
. bench/demo_files.sh "$visits"
file="$csv_dir/visits.csv"
crlf="$csv_dir/visits-crlf.csv"
[ -f "$crlf" ] || sed 's/$/\r/' "$file" > "$crlf"
rows=$(( $(wc -l < "$file") - 1 ))
mb=$(du -m "$file" | cut -f1)
cat "$file" "$crlf" > /dev/null  # every contender reads from the page cache

timed() {  # runs the command, prints "seconds peak_kb"
  /usr/bin/time -f "%e %M" -o "$out/.time" "$@" >/dev/null 2>"$out/.stderr" || { cat "$out/.stderr"; exit 1; }
  cat "$out/.time"
}

rm -f "$out"/sqlite3.db*
columns=$(head -1 "$file" | tr -d '\r' | sed 's/,/ TEXT, /g; s/$/ TEXT/')
printf 'CREATE TABLE visit(%s);\n.mode csv\n.import --skip 1 %s visit\n' "$columns" "$file" > "$out/import.sql"
read -r s_sec _ < <(timed sqlite3 "$out/sqlite3.db" -init "$out/import.sql" .quit)

rm -f "$out"/ours.sqlite*
read -r o_sec o_kb < <(timed "$cli" --quiet --db "$out/ours.sqlite" import --kind visits "$file")
read -r r_sec r_kb < <(timed "$cli" --quiet --db "$out/ours.sqlite" import --kind visits "$file")
read -r c_sec c_kb < <(timed "$cli" --quiet --db "$out/ours.sqlite" import --kind visits "$crlf")

awk -v rows="$rows" -v mb="$mb" -v s="$s_sec" -v o="$o_sec" -v r="$r_sec" -v c="$c_sec" \
    -v okb="$o_kb" -v rkb="$r_kb" -v ckb="$c_kb" 'BEGIN {
  printf "file: %d visits, %d MB\n", rows, mb
  printf "sqlite3 .import (no keys, no validation):  %6.2f s  %9.0f rows/s\n", s, rows / s
  printf "import into a new store:                   %6.2f s  %9.0f rows/s  peak %4d MB\n", o, rows / o, okb / 1024
  printf "same file again (unchanged since import):  %6.2f s  %9.0f rows/s  peak %4d MB\n", r, rows / r, rkb / 1024
  printf "same rows, other bytes (row by row):       %6.2f s  %9.0f rows/s  peak %4d MB\n", c, rows / c, ckb / 1024
  printf "import vs sqlite3 .import: %.2fx   re-import speed-up: %.1fx (same file), %.1fx (row by row)\n", \
         s / o, o / r, o / c
}'
