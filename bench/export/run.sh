#!/bin/sh
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: bench/export/run.sh BUILD_DIR [STORE]. Times `salesops-cli export chart NAME ... --out x.png`
# for every dashboard chart on the 10,000,000-visit demo store (made when missing, about a minute),
# process start to exit, median of 5 runs each (target: under 1 s); then the same for
# `export table --by area` to XLSX. The store is only read.
set -e
BIN="$1/bin"
STORE="${2:-/tmp/big.sqlite}"
[ -f "$STORE" ] || "$BIN/salesops-cli" --db "$STORE" --quiet demo --clean --visits 10000000 --days 1825 --end 2026-11-27
WEEK="--from 2026-11-21 --to 2026-11-27 --as-of 2026-11-28"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# Prints the median wall time in ms of five runs of the command given.
median5() {
  walls="$OUT/walls"
  : > "$walls"
  for i in 1 2 3 4 5; do
    start=$(date +%s%N)
    "$@" 2>/dev/null
    echo $(( ($(date +%s%N) - start) / 1000000 )) >> "$walls"
  done
  sort -n "$walls" | awk 'NR == 3 { print }'
}

for name in $("$BIN/salesops-cli" export charts 2>/dev/null); do
  ms=$(median5 "$BIN/salesops-cli" --db "$STORE" --quiet export chart "$name" $WEEK --out "$OUT/x.png")
  printf 'export chart %-22s %5s ms\n' "$name" "$ms"
done
ms=$(median5 "$BIN/salesops-cli" --db "$STORE" --quiet export table $WEEK --by area --out "$OUT/x.xlsx")
printf 'export table --by area (xlsx)    %5s ms\n' "$ms"
echo "median of 5 each, process start to exit; load average $(cut -d' ' -f1-3 /proc/loadavg)"
