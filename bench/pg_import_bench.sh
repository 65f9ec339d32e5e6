#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Team-store import benchmark (issue 15, item 8), run on demand (not in CI). In one run, on the same
# N-visit demo file and the same throw-away server (scripts/pg-test-server.sh):
#   1. psql \copy of the file into an unindexed table of the same columns (no keys, no validation);
#   2. salesops-cli import into a new team store as its owner (validation, codes interned, COPY
#      straight into the empty visit table with its indexes set aside and built again before the
#      commit, rollups, import log; one transaction);
#   3. the same rows again with CRLF line ends (other bytes: COPY into staging, every row compared
#      with the store by the set-based upsert);
#   4. the import of step 2 by an ops user (row-level security applies: no COPY into the table itself).
# Prints seconds, rows/s and the ratios, and the size of each table afterwards.
#   bench/pg_import_bench.sh [VISITS]      default 1,000,000
# Needs a release build; SALESOPS_CLI=path overrides the program, SALESOPS_PG_BENCH_DIR the server's folder.
set -euo pipefail
cd "$(dirname "$0")/.."
visits=${1:-1000000}
. bench/demo_files.sh "$visits"
file="$(cd "$csv_dir" && pwd)/visits.csv"
crlf="$(cd "$csv_dir" && pwd)/visits-crlf.csv"
[ -f "$crlf" ] || sed 's/$/\r/' "$file" > "$crlf"
rows=$(( $(wc -l < "$file") - 1 ))
mb=$(du -m "$file" | cut -f1)
cat "$file" "$crlf" > /dev/null  # every contender reads from the page cache

pgdir=${SALESOPS_PG_BENCH_DIR:-/tmp/salesops-pg-bench}
scripts/pg-test-server.sh start "$pgdir" >/dev/null
trap 'scripts/pg-test-server.sh stop "$pgdir"' EXIT
eval "$(scripts/pg-test-server.sh env "$pgdir")"
psql -q -c "DROP DATABASE IF EXISTS bench_copy" -c "CREATE DATABASE bench_copy" \
  -c "DROP DATABASE IF EXISTS bench_ours" -c "CREATE DATABASE bench_ours" \
  -c "DROP DATABASE IF EXISTS bench_ops" -c "CREATE DATABASE bench_ops" >/dev/null 2>&1
psql -q -c "DROP ROLE IF EXISTS bench_ops_user" -c "CREATE ROLE bench_ops_user LOGIN PASSWORD 'bench'" >/dev/null

timed() {  # runs the command after a checkpoint (no contender pays for another's WAL), prints "seconds"
  psql -q -c "CHECKPOINT" >/dev/null
  /usr/bin/time -f "%e" -o "$out/.time" "$@" >/dev/null 2>"$out/.stderr" || { cat "$out/.stderr"; exit 1; }
  cat "$out/.time"
}

delimiter=$(head -1 "$file" | grep -q ';' && echo ';' || echo ',')
columns=$(head -1 "$file" | tr -d '\r' | sed "s/$delimiter/ text, /g; s/\$/ text/")
psql -q -d bench_copy -c "CREATE TABLE visit($columns)"
p_sec=$(timed psql -q -d bench_copy -c "\\copy visit FROM '$file' WITH (FORMAT csv, HEADER true, DELIMITER '$delimiter')")

url="host=$PGHOST port=$PGPORT dbname=bench_ours user=postgres"
o_sec=$(timed "$cli" --quiet --db "$url" import --kind visits "$file")
c_sec=$(timed "$cli" --quiet --db "$url" import --kind visits "$crlf")
ops_admin="host=$PGHOST port=$PGPORT dbname=bench_ops user=postgres"
"$cli" --quiet --db "$ops_admin" server init >/dev/null
"$cli" --quiet --db "$ops_admin" server grant bench_ops_user --role ops >/dev/null
s_sec=$(timed env PGPASSWORD=bench "$cli" --quiet --db "host=$PGHOST port=$PGPORT dbname=bench_ops user=bench_ops_user" \
  import --kind visits "$file")

awk -v rows="$rows" -v mb="$mb" -v p="$p_sec" -v o="$o_sec" -v c="$c_sec" -v s="$s_sec" 'BEGIN {
  printf "file: %d visits, %d MB\n", rows, mb
  printf "psql \\copy (unindexed, no validation):    %6.2f s  %9.0f rows/s\n", p, rows / p
  printf "import into a new team store:             %6.2f s  %9.0f rows/s\n", o, rows / o
  printf "same rows, other bytes (all compared):    %6.2f s  %9.0f rows/s\n", c, rows / c
  printf "import by an ops user into a new store:   %6.2f s  %9.0f rows/s\n", s, rows / s
  printf "import vs psql \\copy: %.2fx the time (%.2fx the speed)\n", o / p, p / o
}'
echo "table sizes after the import (pg_total_relation_size, with indexes and TOAST):"
psql -q -d bench_ours -c "ANALYZE" >/dev/null
psql -d bench_ours -At -F' ' -c "SELECT c.relname, c.reltuples::bigint, pg_total_relation_size(c.oid),
  round(pg_total_relation_size(c.oid)::numeric / greatest(c.reltuples, 1)::numeric, 1)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'salesops' AND c.relkind = 'r' AND c.reltuples > 0 ORDER BY 3 DESC" |
  awk '{ printf "  %-14s %10d rows %9.1f MB %7.1f bytes/row\n", $1, $2, $3 / 1048576, $4 }'
echo "unindexed copy: $(psql -d bench_copy -At -c "SELECT pg_size_pretty(pg_total_relation_size('visit'))")"
