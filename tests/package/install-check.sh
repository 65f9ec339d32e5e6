#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# install-check.sh BUILD_DIR VERSION: `cmake --install` into a fresh prefix puts the programs, the
# desktop entry, the icons, the AppStream metadata, the manual pages, the doc files and the built
# translations where desktops and package tools look for them; the installed tree passes
# `appstreamcli validate-tree`, and the installed programs print the version.
set -uo pipefail
build="$1" version="$2"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
fail=0
problem() { echo "install-check: $*" >&2; fail=1; }

cmake --install "$build" --prefix "$prefix" >/dev/null || { echo "install-check: cmake --install failed" >&2; exit 1; }

id=nl.salesops.Dashboard
expected=(
  bin/salesops bin/salesops-cli
  "share/applications/$id.desktop" "share/metainfo/$id.metainfo.xml"
  "share/icons/hicolor/scalable/apps/$id.svg"
  share/man/man1/salesops.1.gz share/man/man1/salesops-cli.1.gz
  share/doc/salesops/copyright share/doc/salesops/changelog.gz
  lib/systemd/user/salesops-weekly.service lib/systemd/user/salesops-weekly.timer
)
for n in 16 22 24 32 48 64 128 256; do expected+=("share/icons/hicolor/${n}x${n}/apps/$id.png"); done
for f in "${expected[@]}"; do [ -f "$prefix/$f" ] || problem "missing $f"; done
for f in bin/salesops bin/salesops-cli; do [ -x "$prefix/$f" ] || problem "$f is not executable"; done

# Every translation the build made, and nothing else, lands in share/salesops/translations.
shopt -s nullglob
for qm in "$build"/translations/*.qm; do
  [ -f "$prefix/share/salesops/translations/$(basename "$qm")" ] || problem "translation $(basename "$qm") not installed"
done
installed=$(cd "$prefix" && find . -type f | sed 's|^\./||' | grep -v '^share/salesops/translations/.*\.qm$' | sort)
unexpected=$(comm -23 <(echo "$installed") <(printf '%s\n' "${expected[@]}" | sort))
[ -z "$unexpected" ] || problem "unexpected files installed: $unexpected"

# The icon PNGs are the size their folder names.
for n in 16 22 24 32 48 64 128 256; do
  f="$prefix/share/icons/hicolor/${n}x${n}/apps/$id.png"
  size=$(od -An -tu1 -j16 -N8 "$f" | awk '{print $3*256+$4 "x" $7*256+$8}')
  [ "$size" = "${n}x${n}" ] || problem "$f is $size, not ${n}x${n}"
done

# The service runs the installed salesops-cli, wherever the prefix put it.
grep -qx "ExecStart=$prefix/bin/salesops-cli --db \"\${SALESOPS_DB}\" --quiet watch --once \"\${SALESOPS_EXPORTS}\"" \
  "$prefix/lib/systemd/user/salesops-weekly.service" || problem "the service does not run $prefix/bin/salesops-cli"

appstreamcli validate-tree --no-net "$prefix" >"$prefix.validate" 2>&1 || { cat "$prefix.validate"; problem "appstreamcli validate-tree failed"; }
rm -f "$prefix.validate"

home="$prefix/home"  # the programs log under $HOME; keep that out of the user's.
mkdir -p "$home"
cli=$(HOME="$home" "$prefix/bin/salesops-cli" --version) || problem "salesops-cli --version failed"
gui=$(HOME="$home" QT_QPA_PLATFORM=offscreen "$prefix/bin/salesops" --version 2>/dev/null) || problem "salesops --version failed"
[[ "$cli" =~ ^salesops-cli\ $version\ \(commit\ [^\)]+\)$ ]] || problem "salesops-cli --version printed '$cli'"
[[ "$gui" =~ ^SalesOps\ Dashboard\ $version\ \(commit\ [^\)]+\)$ ]] || problem "salesops --version printed '$gui'"

[ $fail -eq 0 ] && echo "install-check: ${#expected[@]} files in place, validate-tree clean, '$cli'"
exit $fail
