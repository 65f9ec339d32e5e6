#!/bin/bash
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]
# Every page of the window on the demo store, in English and Dutch, at 1366x768 and 1920x1080,
# under Xvfb, reached with the keyboard as a user without a mouse would (Ctrl+1..8). The area, team
# and rep pages are opened on the demo's planted story (area UTR-03, its first rep, its team)
# through their pickers. Needs xvfb, xdotool and imagemagick's import.
set -euo pipefail
BIN="${1:-build}/bin"
OUT="${2:-/tmp/salesops-screenshots}"
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
      kill \$app"
  done
done
echo "screenshots in $OUT"
