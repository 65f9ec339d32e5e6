#!/bin/sh
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: bench/ui/run.sh BUILD_DIR [STORE] [RUNS]. The window on the 10,000,000-visit demo store
# (made by bench/kpi/run.sh) under Xvfb at 1920x1080, each run a new process with fresh settings.
set -e
BIN="$1/bin"
STORE="${2:-/tmp/big.sqlite}"
RUNS="${3:-5}"
[ -f "$STORE" ] || { echo "no store at $STORE: run bench/kpi/run.sh first" >&2; exit 2; }
home=$(mktemp -d)
i=0
while [ "$i" -lt "$RUNS" ]; do
  HOME="$home" xvfb-run -a -s "-screen 0 1920x1080x24" sh -c "\"$BIN/bench_window\" \"$STORE\" \$(date +%s%N)"
  i=$((i + 1))
done
rm -rf "$home"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
