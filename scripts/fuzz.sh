#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer targets of tests/fuzz (preset `fuzz`: clang, ASan + UBSan) and runs each for
# SECONDS (default 30), one after the other. Seeds come from tests/data/, data/ and the kept crash
# inputs of tests/data/fuzz-regressions/; the growing corpus is kept in build-fuzz/corpus/. A crash
# leaves its input in build-fuzz/artifacts/ and makes the script fail.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 600 fuzz_import
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_csv_reader fuzz_field_parsers fuzz_import fuzz_xlsx_reader)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

out=build-fuzz
mkdir -p "$out/artifacts"

# A seed is the mode byte the target reads first, then the bytes of a sample file. Large samples
# are cut to their first 8 KiB (whole lines): the fuzzer mutates small inputs faster.
seed() {  # seed DIR MODE_HEX FILE
  local dir="$1" mode="$2" file="$3" name
  name="$(echo "$file" | tr '/' '_')"
  { printf "\\x$mode"; head -c 8192 "$file" | awk 'NR > 1 { print prev } { prev = $0 } END { if (NR == 1) print prev }'; } \
    >"$dir/$mode-$name"
}

samples() { find tests/data data -type f \( -name '*.csv' -o -name '*.tsv' \) -not -path '*/fuzz-regressions/*' | sort; }

prepare_seeds() {  # prepare_seeds TARGET -> prints the seed folder
  local target="$1" dir="$out/seeds/$1"
  rm -rf "$dir" && mkdir -p "$dir"
  case "$target" in
    fuzz_csv_reader)
      # Mode bits 0-1 pick the delimiter: , ; TAB |
      for f in $(samples); do for m in 00 01 02 03 10; do seed "$dir" "$m" "$f"; done; done ;;
    fuzz_import)
      # 0c: detect the kind; 1c: batches of one row; 0d: strict.
      for f in $(samples); do for m in 0c 1c 0d; do seed "$dir" "$m" "$f"; done; done ;;
    fuzz_xlsx_reader)
      # Whole workbooks, no mode byte; the kept inputs below are workbooks with stored parts.
      for f in tests/data/xlsx/*.xlsx tests/data/xlsx/*.xls; do cp "$f" "$dir/"; done ;;
    fuzz_field_parsers)
      local i=0
      while IFS='|' read -r sel value; do
        printf "\\x$sel%s" "$value" >"$dir/$sel-$i"
        i=$((i + 1))
      done <<'VALUES'
00|2026-11-03
00|3-1-2026
00|31/12/2026
01|2026-03-29T02:30:00+01:00
01|31-12-2026 17:45
01|2026-11-03 09:05:07.123Z
02|€ 42,50
02|-3,5
03|12.5
04|-42
05|12,5 %
06|ja
07|3512 ab
08|104-bis
09|niet thuis
0a|promo-bus
0b|team
0c|verkeerde verwachting
0d|2026-W48
0e|visit_id;Visited At;rep-id
0f|caf\xc3\xa9
10|bezoek_id,datum,verkoper,gebied,uitkomst
11|12345678
VALUES
      ;;
  esac
  for f in tests/data/fuzz-regressions/"$target"-*; do
    [ -e "$f" ] && cp "$f" "$dir/"
  done
  echo "$dir"
}

status=0
for target in "${targets[@]}"; do
  seeds="$(prepare_seeds "$target")"
  corpus="$out/corpus/$target"
  mkdir -p "$corpus"
  args=(-max_total_time="$seconds" -timeout=30 -rss_limit_mb=2560 -print_final_stats=1
        -artifact_prefix="$out/artifacts/$target-")
  case "$target" in
    fuzz_field_parsers) args+=(-max_len=128) ;;
    fuzz_csv_reader) args+=(-max_len=4096 -dict=tests/fuzz/csv.dict) ;;
    fuzz_xlsx_reader) args+=(-max_len=32768 -dict=tests/fuzz/xlsx.dict) ;;
    *) args+=(-max_len=16384 -dict=tests/fuzz/csv.dict) ;;
  esac
  echo "fuzz: $target for ${seconds}s"
  log="$out/$target.log"
  if "$out/bin/$target" "${args[@]}" "$corpus" "$seeds" >"$log" 2>&1; then
    runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
    echo "fuzz: $target passed: $runs runs in ${seconds}s, corpus $(ls "$corpus" | wc -l) inputs"
  else
    status=1
    echo "fuzz: $target FAILED (log: $log, input: $out/artifacts/$target-*)"
    grep -E 'ERROR|invariant broken|SUMMARY|Test unit written' "$log" | head -20 || true
  fi
done
exit $status
