#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders the committed PNG icons from nl.salesops.Dashboard.svg. Run by hand after changing the
# SVG (needs rsvg-convert from librsvg2-bin); the build only copies the committed files, so building
# needs no SVG renderer.
set -euo pipefail
cd "$(dirname "$0")"
for n in 16 22 24 32 48 64 128 256; do
  mkdir -p "${n}x${n}"
  rsvg-convert --width "$n" --height "$n" nl.salesops.Dashboard.svg -o "${n}x${n}/nl.salesops.Dashboard.png"
done
