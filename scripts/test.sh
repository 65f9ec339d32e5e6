#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The test command (what CI runs): installs what is missing, then
#   1. release: configure, build and run every test (preset `release`), then build the .deb from
#      that build and check it (scripts/package-check.sh: dpkg-deb, lintian, the extracted programs);
#   2. asan:    the tests below the window built with AddressSanitizer + UBSan (preset `asan`, no window,
#      no benchmarks, no process-kill tests; docs/reliability.md says why);
#   3. fuzz:    each libFuzzer target of tests/fuzz for 30 seconds (scripts/fuzz.sh).
# Every stage runs even when an earlier one failed; the summary at the end names each stage, its
# time and its ctest/fuzz result lines, and the script fails if any stage failed.
set -uo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-debian.sh || exit 1

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
names=() results=() times=()

stage() {  # stage NAME COMMAND...
  local name="$1" start=$SECONDS rc
  shift
  echo "=== $name: $*"
  "$@" 2>&1 | tee "$logs/$name.log"
  rc=${PIPESTATUS[0]}
  names+=("$name") results+=("$rc") times+=($((SECONDS - start)))
}

stage release cmake --workflow --preset release
stage package ./scripts/package-check.sh build
stage asan cmake --workflow --preset asan
stage fuzz ./scripts/fuzz.sh 30

echo
echo "=== summary"
failed=0
for i in "${!names[@]}"; do
  verdict=passed
  [ "${results[$i]}" -eq 0 ] || { verdict="FAILED (exit ${results[$i]})"; failed=1; }
  printf '%-8s %s in %ds\n' "${names[$i]}" "$verdict" "${times[$i]}"
  # ctest's summary (and the failed tests it lists), or the lint's, package's or fuzz targets' result lines.
  grep -E '^[0-9]+% tests passed|^The following tests FAILED|^[[:space:]]+[0-9]+ - .*\((Failed|Subprocess|Timeout|SEGFAULT|Not Run)|^(fuzz|package): .*(passed|FAILED)|^lint: ' \
    "$logs/${names[$i]}.log" | sed 's/^/         /'
done
printf 'total    %ds\n' "$SECONDS"
exit $failed
