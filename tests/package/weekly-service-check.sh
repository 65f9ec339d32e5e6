#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# weekly-service-check.sh BUILD_DIR SOURCE_DIR: runs the ExecStart commands of the weekly service
# (packaging/systemd, configured for the build's salesops-cli) as systemd would, one after the
# other with its SuccessExitStatus, against a demo store in a temporary folder: an export dropped in
# the watched folder is imported, and last week's pack of the store and of every team is written.
# Then `systemd-analyze verify` checks the service and the timer, where it is installed.
set -u
build=$1
source=$2
service="$build/tests/package/salesops-weekly.service"
cli="$build/bin/salesops-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
problem() { echo "weekly-service-check: $*" >&2; fail=1; }

export HOME="$work/home" XDG_DATA_HOME="$work/home/data"  # the programs log under $HOME
export SALESOPS_DB="$work/my store.sqlite" SALESOPS_EXPORTS="$work/exports" SALESOPS_PACKS="$work/packs"
mkdir -p "$HOME" "$SALESOPS_EXPORTS"
"$cli" --db "$SALESOPS_DB" --quiet demo --visits 2000 --days 21 >/dev/null || { echo "demo failed" >&2; exit 1; }
printf 'rep_id,name,team\nR900,Nieuwe Verkoper,Team Oost\n' >"$SALESOPS_EXPORTS/reps.csv"

mapfile -t commands < <(sed -n 's/^ExecStart=//p' "$service")
[ ${#commands[@]} -eq 2 ] || problem "expected 2 ExecStart lines, found ${#commands[@]}"
success=$(sed -n 's/^SuccessExitStatus=//p' "$service")
for i in "${!commands[@]}"; do
  # systemd replaces "${VAR}" by the variable's value as one word, as sh does with these quotes.
  sh -c "${commands[$i]}" >"$work/out$i" 2>"$work/err$i"
  code=$?
  if [ $code -ne 0 ] && [ "$code" != "$success" ]; then
    problem "'${commands[$i]}' exited $code: $(cat "$work/err$i")"
    break
  fi
done
grep -q "reps.csv: reps, 1 inserted, 0 updated, 0 unchanged, 0 rejected" "$work/out0" ||
  problem "the watched folder's reps.csv was not imported: $(cat "$work/out0" "$work/err0")"
week=$("$cli" --db "$SALESOPS_DB" report --format json --out - 2>/dev/null | sed -n 's/^{"week": "\([^"]*\)".*/\1/p')
[ -n "$week" ] || problem "cannot read the pack's week"
[ -s "$SALESOPS_PACKS/weekly-start-$week.pdf" ] || problem "no pack of the whole store for $week"
# The new rep's team (imported from the watched folder) gets a pack of its own.
[ -s "$SALESOPS_PACKS/weekly-start-$week-Team-Oost.pdf" ] || problem "no pack of Team Oost"
teams=$(ls "$SALESOPS_PACKS" | grep -c "^weekly-start-$week-.*\.pdf$")
[ "$teams" -ge 2 ] || problem "only $teams team packs: $(ls "$SALESOPS_PACKS")"
# A second run finds nothing new in the folder and writes the packs again.
sh -c "${commands[0]}" >"$work/out" 2>"$work/err"
grep -q "reps.csv: imported before" "$work/err" || problem "the second run imported reps.csv again: $(cat "$work/out" "$work/err")"

if command -v systemd-analyze >/dev/null; then
  mkdir -p "$work/units"
  cp "$service" "$source/packaging/systemd/salesops-weekly.timer" "$work/units/"
  # As system units (a container has no user manager to ask); --man=no: the manual page the units
  # name is installed with the package, not in the build tree.
  systemd-analyze verify --man=no "$work/units/salesops-weekly.service" "$work/units/salesops-weekly.timer" \
    >"$work/verify" 2>&1 || { cat "$work/verify"; problem "systemd-analyze verify failed"; }
fi
[ $fail -eq 0 ] && echo "weekly-service-check: ${#commands[@]} commands ran, $teams team packs and the store's for $week"
exit $fail
