#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The test command (what CI runs): installs what is missing, then
#   1. lint:    scripts/lint.sh: clang-format --dry-run --Werror over every C++ file and clang-tidy
#      (.clang-tidy) over src; it configures build with the release preset and compiles nothing;
#   2. release: configure, build and run every test (preset `release`), then build the .deb from
#      that build and check it (scripts/package-check.sh: dpkg-deb, lintian, the extracted programs);
#   3. asan:    the tests below the window built with AddressSanitizer + UBSan (preset `asan`, no window,
#      no benchmarks, no process-kill tests; docs/reliability.md says why);
#   4. fuzz:    each libFuzzer target of tests/fuzz for 10 seconds (scripts/fuzz.sh; longer runs on
#      demand, e.g. scripts/fuzz.sh 600).
# Every stage runs even when an earlier one failed; the summary at the end names each stage, its
# time and its lint/ctest/package/fuzz result lines, and the script fails if any stage failed.
# CI gives it 30 minutes on 2 cores; docs/reliability.md ("In CI") has the measured stage times and
# CPU costs: unity builds (SALESOPS_UNITY_BUILD, batches of eight files) cut clang-tidy from 790 to
# 197 CPU s and the release build's compile steps by 36%; fuzzing 10 s a target instead of 30 saves 80 s.
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

# lint configures build with the release preset (it needs only the compilation database and the
# generated headers); the release workflow then configures the same directory again and builds it.
stage lint ./scripts/lint.sh build
stage release cmake --workflow --preset release
stage package ./scripts/package-check.sh build
stage asan cmake --workflow --preset asan
stage fuzz ./scripts/fuzz.sh 10

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
