#!/bin/bash
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]
# Every page of the window on the demo store, in English and Dutch, at 1366x768 and 1920x1080,
# under Xvfb, reached with the keyboard as a user without a mouse would (Ctrl+1..8). The area, team
# and rep pages open on what the daily start points at (the demo's planted area UTR-03, its team and
# rep). Then the daily start scrolled down twice (the alert list, the charts below the fold), the
# Team page under a team filter (its chip), and an empty store's start screen. Needs xvfb, xdotool
# and imagemagick's import.
set -euo pipefail
BIN="${1:-build}/bin"
OUT="${2:-/tmp/salesops-screenshots}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$OUT"
pages=(daily-start trends cancellations area team rep data-quality imports)
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
for lang in en nl; do
  for size in 1366x768 1920x1080; do
    HOME="$home" xvfb-run -a -s "-screen 0 ${size}x24" bash -c "
      '$BIN/salesops' --demo --language $lang & app=\$!
      sleep 9
      win=\$(xdotool search --sync --onlyvisible --class salesops | head -1)
      xdotool windowfocus --sync \"\$win\" || true
      for i in \$(seq 1 ${#pages[@]}); do
        xdotool key --window \"\$win\" ctrl+\$i
        sleep 3
        name=\$(echo '${pages[*]}' | cut -d' ' -f\$i)
        import -window root '$OUT'/\$name-$lang-${size%x*}.png
      done
      # The daily start below the first screen: the mouse wheel over the page, as a person scrolls.
      xdotool key --window \"\$win\" ctrl+1
      sleep 2
      xdotool mousemove 700 500
      for part in lower bottom; do
        xdotool click --repeat 12 --delay 30 5
        sleep 1
        import -window root '$OUT'/daily-start-\$part-$lang-${size%x*}.png
      done
      kill \$app
      '$BIN/salesops' --demo --language $lang --page team --team 'Team Zuid' & app=\$!
      sleep 8
      import -window root '$OUT'/team-filtered-$lang-${size%x*}.png
      kill \$app
      rm -f '$home/empty.sqlite'
      '$BIN/salesops-cli' --quiet --db '$home/empty.sqlite' import '$ROOT/tests/data/visits-header-only.csv' >/dev/null
      '$BIN/salesops' --db '$home/empty.sqlite' --language $lang & app=\$!
      sleep 5
      import -window root '$OUT'/empty-store-$lang-${size%x*}.png
      kill \$app"
  done
done
echo "screenshots in $OUT"
