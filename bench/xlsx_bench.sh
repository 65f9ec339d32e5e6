#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# XLSX import benchmark, run on demand (not in CI). In one run, on the same ROWS-visit sheet (date
# cells, numbers, text; written by openpyxl), each into a new store, alternating, RUNS times:
#   1. salesops-cli import x.xlsx                                (read directly)
#   2. xlsx2csv x.xlsx > x.csv && salesops-cli import x.csv      (the peer route: convert, then import)
# Prints the median seconds of each, rows/s and the ratio (target: at least 3x).
#   bench/xlsx_bench.sh [ROWS] [RUNS]      default 500,000 rows, 3 runs
# Needs a release build, /usr/bin/python3 with python3-openpyxl and xlsx2csv (scripts/setup-debian.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-500000}
runs=${2:-3}
cli=$(realpath "${SALESOPS_CLI:-./build/bin/salesops-cli}")
out=bench/out/xlsx-$rows
mkdir -p "$out"
book="$out/visits.xlsx"
if [ ! -f "$book" ]; then
  echo "generating $rows demo visits as a workbook ..."
  "$cli" demo --visits "$rows" --days 365 --seed 7 --csv-out "$out/demo" >/dev/null
  /usr/bin/python3 - "$out/demo/visits.csv" "$book" <<'PY'
import csv, sys
from datetime import datetime
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
wb = Workbook(write_only=True)
ws = wb.create_sheet("Bezoeken")
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = csv.reader(f)
    header = next(rows)
    ws.append(header)
    at = header.index("visited_at")
    number = header.index("house_number") if "house_number" in header else -1
    for r in rows:
        cells = list(r)
        stamp = WriteOnlyCell(ws, datetime.strptime(r[at][:19], "%Y-%m-%d %H:%M:%S"))
        stamp.number_format = "yyyy-mm-dd hh:mm:ss"
        cells[at] = stamp
        if number >= 0 and r[number].isdigit():
            cells[number] = int(r[number])
        ws.append(cells)
wb.save(sys.argv[2])
PY
fi
data_rows=$(( $(wc -l < "$out/demo/visits.csv") - 1 ))
mb=$(du -m "$book" | cut -f1)
cat "$book" > /dev/null

seconds() {  # seconds COMMAND...: wall time of one run
  /usr/bin/time -f "%e" -o "$out/.time" "$@" >/dev/null 2>"$out/.stderr" || { cat "$out/.stderr"; exit 1; }
  cat "$out/.time"
}
direct=()
peer=()
for _ in $(seq "$runs"); do
  rm -f "$out"/direct.sqlite* "$out"/peer.sqlite* "$out/x.csv"
  direct+=("$(seconds "$cli" --quiet --db "$out/direct.sqlite" import "$book")")
  peer+=("$(seconds sh -c "xlsx2csv '$book' > '$out/x.csv' && '$cli' --quiet --db '$out/peer.sqlite' import '$out/x.csv'")")
done
# Both routes must have stored the same rows: every KPI per day and rep, save the three that count
# field hours. xlsx2csv cuts times to the second below (a serial 0.1 ms short of 15:00:02 becomes
# 15:00:01) where the direct import rounds to the nearest second, which moves a rep's first or last
# visit of a day by a second and so the hours; a lost, doubled or misread row still shows.
comparable() {  # comparable STORE: the KPIs by day and rep without the hour-based columns
  "$cli" --quiet --db "$1" kpi --from 2000-01-01 --to 2100-01-01 --by day --by rep --format csv 2>/dev/null |
    awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) drop[i] = $i ~ /^(field_hours|visits_per_hour|orders_per_hour)$/ }
             { line = ""; for (i = 1; i <= NF; i++) if (!drop[i]) line = line $i ","; print line }'
}
comparable "$out/direct.sqlite" > "$out/direct.kpi"
comparable "$out/peer.sqlite" > "$out/peer.kpi"
if ! cmp -s "$out/direct.kpi" "$out/peer.kpi"; then
  echo "error: the two routes stored different data:" >&2
  diff "$out/direct.kpi" "$out/peer.kpi" | head -5 >&2
  exit 1
fi
echo "both routes stored the same data ($(($(wc -l < "$out/direct.kpi") - 1)) day-and-rep KPI rows compared)"

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
d=$(median "${direct[@]}")
p=$(median "${peer[@]}")
awk -v rows="$data_rows" -v mb="$mb" -v d="$d" -v p="$p" -v runs="$runs" 'BEGIN {
  printf "workbook: %d visits, %d MB, median of %d runs each\n", rows, mb, runs
  printf "salesops-cli import x.xlsx:                       %6.2f s  %8.0f rows/s\n", d, rows / d
  printf "xlsx2csv x.xlsx > x.csv && salesops-cli import:   %6.2f s  %8.0f rows/s\n", p, rows / p
  printf "direct import is %.1fx faster\n", p / d
}'
