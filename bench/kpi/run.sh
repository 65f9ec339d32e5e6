#!/bin/sh
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: bench/kpi/run.sh BUILD_DIR [STORE]. Makes a 10,000,000-visit demo store when missing
# (about a minute), runs the dashboard query set, then times `kpi --by area` for one week end to end.
set -e
BIN="$1/bin"
STORE="${2:-/tmp/big.sqlite}"
[ -f "$STORE" ] || "$BIN/salesops-cli" --db "$STORE" --quiet demo --clean --visits 10000000 --days 1825 --end 2026-11-27
"$BIN/bench_kpi" "$STORE" 2026-11-27
"$BIN/salesops-cli" --db "$STORE" kpi --from 2026-11-16 --to 2026-11-22 --by area --as-of 2026-11-28 >/dev/null
start=$(date +%s%N)
for i in 1 2 3 4 5 6 7 8 9 10; do
  "$BIN/salesops-cli" --db "$STORE" kpi --from 2026-11-16 --to 2026-11-22 --by area --as-of 2026-11-28 >/dev/null
done
end=$(date +%s%N)
echo "kpi --by area, one week, end to end: $(( (end - start) / 10000000 )) ms per run (mean of 10)"
