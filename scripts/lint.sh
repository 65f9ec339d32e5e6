#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The written rules, checked (CONTRIBUTING.md): fails when
#   1. a C++ file under src, include, tests or bench is not formatted as .clang-format says
#      (clang-format --dry-run --Werror; fix with clang-format -i FILE);
#   2. clang-tidy, with the checks of .clang-tidy, finds anything in a source file under src or a
#      header it includes (configures BUILD_DIR with the release preset if it has no
#      compile_commands.json and generates the headers the sources include; it compiles nothing).
# Usage: scripts/lint.sh [BUILD_DIR]   (default build; JOBS=n sets clang-tidy's parallel jobs, default 2)
set -uo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
jobs="${JOBS:-2}"
failed=0

echo "--- clang-format"
mapfile -t files < <(git ls-files -- 'src/*.cpp' 'src/*.h' 'include/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h')
if ! clang-format --dry-run --Werror "${files[@]}"; then
  echo "lint: clang-format: the files above are not formatted (clang-format -i FILE)"
  failed=1
fi

echo "--- clang-tidy"
# The compilation database, and the headers the build generates for the sources: the ninja rules
# that make a header (SalesOpsVersion.h), and moc/uic output only when a source includes it. The
# *_autogen targets are not built: they wait for every library their target links
# (AUTOGEN_ORIGIN_DEPENDS), which would compile the whole of src first.
if [ ! -f "$build/compile_commands.json" ]; then
  cmake --preset release > /dev/null || { echo "lint: cannot configure $build"; exit 1; }
fi
mapfile -t headers < <(ninja -C "$build" -t targets all | grep -oE '^[^/:][^:]*\.(h|hpp): CUSTOM_COMMAND' | cut -d: -f1)
if [ ${#headers[@]} -gt 0 ]; then
  ninja -C "$build" "${headers[@]}" > /dev/null || { echo "lint: cannot generate ${headers[*]}"; exit 1; }
fi
if git grep -qE '#include "(moc_|ui_)[^"]*"|#include "[^"]*\.moc"' -- 'src/*.cpp' 'src/*.h'; then
  config="$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")"
  for info in $(find "$build/src" -path '*_autogen.dir/AutogenInfo.json'); do
    cmake -E cmake_autogen "$info" "$config" > /dev/null || { echo "lint: moc/uic failed ($info)"; exit 1; }
  done
fi
log="$(mktemp)" first="$(mktemp --suffix=.h)"
trap 'rm -f "$log" "$first"' EXIT
# A target with precompiled headers compiles with `-include .../cmake_pch.hxx`; once a build has
# made GCC's cmake_pch.hxx.gch next to it, clang takes that file for its own PCH and fails on every
# source of the target ("not a valid precompiled PCH file"). Clang uses such a PCH only for the
# first -include: an empty header included before it makes clang read cmake_pch.hxx as text.
first_include="-include$first"
# Only the project's own sources under src (not moc output or the build's generated files), in
# parallel; the headers they include are checked with them (.clang-tidy's HeaderFilterRegex). With
# SALESOPS_UNITY_BUILD (the default) the compilation database holds the batches of eight files
# (build/src/.../Unity/unity_N_cxx.cxx), not the files: clang-tidy reads each batch once, Qt headers
# and all, and reports each finding at its file under src (a file left out of a batch is listed
# under its own name).
own="^$PWD/src/.*\.cpp\$"
batches="^$(cd "$build" && pwd)/src/.*/Unity/unity_[0-9]+_cxx\.cxx\$"
if command -v run-clang-tidy > /dev/null; then
  run-clang-tidy -quiet -j "$jobs" -p "$build" -extra-arg-before="$first_include" "$own" "$batches" > "$log" 2>&1
else
  python3 -c 'import json, sys; [print(e["file"]) for e in json.load(open(sys.argv[1]))]' \
    "$build/compile_commands.json" | grep -E "$own|$batches" |
    xargs -P "$jobs" -n 8 clang-tidy --quiet -p "$build" --extra-arg-before="$first_include" > "$log" 2>&1
fi
# run-clang-tidy always asks for colour: without the escape codes a finding's line starts with its path.
sed -i 's/\x1b\[[0-9;]*m//g' "$log"
# clang-tidy exits 0 with warnings (WarningsAsErrors is empty): a finding is a "warning:" or
# "error:" line about one of our files. clang-tidy 14 reports every defaulted operator<=> as a 0
# literal for modernize-use-nullptr (a false positive fixed in later releases): those are dropped.
findings="$(grep -E "^$PWD/(src|include)/.*: (warning|error):" "$log" | sort -u |
  while IFS= read -r line; do
    file="${line%%:*}" rest="${line#*:}" lineno="${rest%%:*}"
    if [[ "$line" == *"[modernize-use-nullptr]"* ]] && sed -n "${lineno}p" "$file" | grep -q 'operator<=>.*= default'; then
      continue
    fi
    echo "$line"
  done)"
if [ -n "$findings" ]; then
  echo "$findings"
  echo "lint: clang-tidy: findings above"
  failed=1
fi
grep -qE "^(Error|error:)" "$log" && { grep -E "^(Error|error:)" "$log"; failed=1; }

[ $failed -eq 0 ] && echo "lint: passed"
exit $failed
