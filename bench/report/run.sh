#!/bin/sh
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: bench/report/run.sh BUILD_DIR [STORE]. Times `salesops-cli report` for the last complete
# week of a 10,000,000-visit store (made as bench/kpi/run.sh makes it when missing), process start
# to exit, three runs: the median wall and CPU time. Target: under 5 s.
set -e
BIN="$1/bin"
STORE="${2:-/tmp/big.sqlite}"
OUT=$(mktemp -d)
[ -f "$STORE" ] || "$BIN/salesops-cli" --db "$STORE" --quiet demo --clean --visits 10000000 --days 1825 --end 2026-11-27
# Without --week the command picks the last complete week with data: run once to learn it (this
# also warms the page cache, as a morning job finds it after the night's import).
WEEK=$("$BIN/salesops-cli" --db "$STORE" --quiet report --lang en --out "$OUT/warm.pdf" 2>/dev/null |
  sed -n 's/^report: \([0-9]*-W[0-9]*\),.*/\1/p')
[ -n "$WEEK" ] || { echo "no complete week in $STORE" >&2; exit 2; }
times=$(mktemp)
walls=$(mktemp)
for i in 1 2 3; do
  start=$(date +%s%N)
  /usr/bin/time -a -o "$times" -f "%U %S" \
    "$BIN/salesops-cli" --db "$STORE" --quiet report --week "$WEEK" --lang en --out "$OUT/r.pdf" >/dev/null 2>&1
  echo $(( ($(date +%s%N) - start) / 1000000 )) >> "$walls"
done
wall=$(sort -n "$walls" | sed -n 2p)
cpu=$(awk '{ print ($1 + $2) * 1000 }' "$times" | sort -n | sed -n 2p)
pages=$(pdfinfo "$OUT/r.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
size=$(stat -c %s "$OUT/r.pdf")
rm -rf "$OUT" "$times" "$walls"
echo "report --week $WEEK ($pages pages, $size bytes): ${wall} ms wall, ${cpu} ms cpu (median of 3; load average $(cut -d' ' -f1-3 /proc/loadavg))"
