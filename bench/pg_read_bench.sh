#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reading on a team server against reading the SQLite file (not run in CI):
#   bench/pg_read_bench.sh [BUILD_DIR] [VISITS]
# Generates the demo's CSV files (VISITS visits, default 100000), imports them into a SQLite store and
# into a throw-away PostgreSQL server (scripts/pg-test-server.sh), then times the same query set on
# each: the reading commands a team lead runs at the start of the day (kpi by rep and by team for the
# week, an eight-week trend by week, the alerts). Prints the seconds of each run and two ratios:
# PostgreSQL / SQLite, and a lead of one team / the unrestricted owner on the same server. Then the
# daily start alone (`dashboard`: tiles, charts, alerts, attention strip and data-quality check, what
# the window's first page reads), best of three, on each.
set -euo pipefail

build="${1:-build}"
visits="${2:-100000}"
cli="$(cd "$build" && pwd)/bin/salesops-cli"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
server="$work/pg"
trap '"$root/scripts/pg-test-server.sh" stop "$server" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

chmod 755 "$work"  # as root the server runs as another user, who must reach its folder
"$root/scripts/pg-test-server.sh" start "$server" >/dev/null
eval "$("$root/scripts/pg-test-server.sh" env "$server")"
psql -qc "CREATE DATABASE bench" >/dev/null
psql -qc "CREATE ROLE bench_lead LOGIN PASSWORD 'Bench-Lead-1'" >/dev/null

"$cli" --quiet demo --visits "$visits" --end 2026-11-27 --csv-out "$work/csv" >/dev/null
files=()
for f in reps areas visits orders cancellations targets; do files+=("$work/csv/$f.csv"); done
sqlite="$work/s.sqlite"
owner="host=$PGHOST port=$PGPORT dbname=bench user=postgres"
lead="postgresql://bench_lead:Bench-Lead-1@127.0.0.1:$PGPORT/bench"
"$cli" --quiet --db "$sqlite" import "${files[@]}" >/dev/null
"$cli" --db "$owner" server init >/dev/null
"$cli" --quiet --db "$owner" import "${files[@]}" >/dev/null
"$cli" --db "$owner" server grant bench_lead --role lead --team "Team Zuid" >/dev/null

queries=(
  "kpi --from 2026-11-23 --to 2026-11-27 --as-of 2026-11-27 --by rep --format json"
  "kpi --from 2026-11-23 --to 2026-11-27 --as-of 2026-11-27 --by team --compare previous --format json"
  "kpi --from 2026-10-05 --to 2026-11-27 --as-of 2026-11-27 --by week --format json"
  "alerts --from 2026-11-16 --to 2026-11-22 --as-of 2026-11-27 --format json"
  "dashboard --date 2026-11-27 --as-of 2026-11-28 --format json"
)

# Seconds for the whole query set (or the commands given after the store) on one store, best of three.
timeset() {
  local db="$1" best="" t
  shift
  local set=("$@")
  [ ${#set[@]} -gt 0 ] || set=("${queries[@]}")
  for run in 1 2 3; do
    local start end
    start=$(date +%s.%N)
    for q in "${set[@]}"; do
      # shellcheck disable=SC2086
      "$cli" --db "$db" $q >/dev/null
    done
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
  done
  echo "$best"
}

s=$(timeset "$sqlite")
o=$(timeset "$owner")
l=$(timeset "$lead")
echo "visits: $visits; query set: ${#queries[@]} commands, best of 3, whole program runs"
printf 'sqlite %.3f s\npostgresql owner %.3f s\npostgresql lead (Team Zuid) %.3f s\n' "$s" "$o" "$l"
printf 'ratio postgresql/sqlite %.2f\nratio lead/owner %.2f\n' "$(echo "$o / $s" | bc -l)" "$(echo "$l / $o" | bc -l)"
daily="dashboard --date 2026-11-27 --as-of 2026-11-28 --format json"
printf 'daily start (dashboard, whole program run): sqlite %.3f s, postgresql owner %.3f s, lead %.3f s\n' \
  "$(timeset "$sqlite" "$daily")" "$(timeset "$owner" "$daily")" "$(timeset "$lead" "$daily")"
