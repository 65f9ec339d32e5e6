#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The main job: installs what is missing, builds, and opens the window on a demo store
# (`salesops --demo`). Without a display (a server, a container) it shows the same data from the
# command line instead: demo CSV exports imported into build/demo/demo.sqlite and yesterday's KPIs.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release --target salesops salesops-cli
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/bin/salesops --demo "$@"
fi
echo "no display: showing the demo data on the command line instead of the window"
demo_dir=build/demo
rm -rf "$demo_dir" && mkdir -p "$demo_dir"
./build/bin/salesops-cli demo --csv-out "$demo_dir/csv"
# Master data first, so the summary reads in the order a user would import.
./build/bin/salesops-cli --db "$demo_dir/demo.sqlite" import \
  "$demo_dir"/csv/{reps,areas,targets,visits,orders,cancellations}.csv
yesterday=$(date -d yesterday +%F)
./build/bin/salesops-cli --db "$demo_dir/demo.sqlite" kpi --from "$yesterday" --to "$yesterday" --by team
echo "demo store: $demo_dir/demo.sqlite (open it with: build/bin/salesops --db $demo_dir/demo.sqlite)"
