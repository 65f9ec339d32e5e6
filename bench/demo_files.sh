# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced by the import benchmarks (bash, from the project root): sets cli, out and csv_dir, the
# folder of the N-visit demo CSV files, generating them once (the same files for every benchmark).
#   . bench/demo_files.sh VISITS
cli=${SALESOPS_CLI:-./build/bin/salesops-cli}
out=bench/out
mkdir -p "$out"
csv_dir="$out/demo-$1"
if [ ! -f "$csv_dir/visits.csv" ]; then
  echo "generating $1 demo visits ..."
  "$cli" demo --clean --visits "$1" --days 365 --end 2026-11-27 --csv-out "$csv_dir" >/dev/null
fi
