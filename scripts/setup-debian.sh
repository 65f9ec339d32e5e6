#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian 12 packages the project builds, tests and runs with.
# Installs only what is missing, so a second run costs nothing; uses sudo when
# not root. Everything comes from Debian: nothing is downloaded at build time.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6opengl6-dev
  qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev fontconfig fonts-dejavu-core
  libsqlite3-dev sqlite3 libspdlog-dev libfmt-dev libxxhash-dev
  libgtest-dev libgmock-dev libxlsxwriter-dev libminizip-dev libexpat1-dev
  postgresql libpq-dev
  python3-openpyxl xlsx2csv
  xvfb xauth poppler-utils imagemagick xdotool
  clang libclang-rt-14-dev clang-format clang-tidy
  desktop-file-utils appstream lintian dpkg-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} Debian packages present"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: installed ${#missing[@]} packages"
