#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The main job: installs what is missing, builds, writes the demo data as CSV exports and imports
# them into a demo store, printing what each import did.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release --target salesops-cli
demo_dir=build/demo
rm -rf "$demo_dir" && mkdir -p "$demo_dir"
./build/bin/salesops-cli demo --csv-out "$demo_dir/csv" "$@"
# Master data first, so the summary reads in the order a user would import.
./build/bin/salesops-cli --db "$demo_dir/demo.sqlite" import \
  "$demo_dir"/csv/{reps,areas,targets,visits,orders,cancellations}.csv
echo "demo store: $demo_dir/demo.sqlite"
