#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# package-check.sh [BUILD_DIR]: builds the Debian package from a configured build (default: build,
# the `release` preset) and checks it without network or root-only steps:
#   - control fields (dpkg-deb -I): name, version, section, maintainer, homepage, and the Qt 6 and
#     other runtime dependencies that dpkg-shlibdeps found in the binaries;
#   - contents (dpkg-deb -c): programs, desktop entry, icons, metadata, manual pages, doc files;
#   - lintian, failing on any error or warning (the tags accepted below, with reasons);
#   - the programs run from the extracted package (dpkg-deb -x into a temporary root).
# Installing with dpkg -i into a chroot is out of reach here (no debootstrap without network), so the
# extracted binaries run against this machine's libraries.
# Last line: "package: NAME passed" or "package: ... FAILED".
set -uo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail=0
problem() { echo "package-check: $*" >&2; fail=1; }

# Lintian tags accepted for a package built by CPack outside a Debian source package:
# - hardening-no-bindnow, hardening-no-fortify-functions (info): the build uses the project's
#   CMake flags, not dpkg-buildflags; the Debian archive would rebuild it with those.
# - binary-has-unneeded-section (info): CPack strips with plain `strip`, which keeps .comment.
# - spelling-error-in-binary (info): Dutch words and Qt's own strings read as misspelt English.
# Only errors and warnings fail the check, so these info tags need no suppression; any error or
# warning fails it.
lintian_fail_on="error,warning"

[ -f "$build/CPackConfig.cmake" ] || { echo "package: $build is not configured (cmake --preset release) FAILED"; exit 1; }
cmake --build "$build" --target salesops salesops-cli salesops_gzipped_docs >"$work/build.log" 2>&1 \
  || { cat "$work/build.log"; echo "package: build FAILED"; exit 1; }
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log"; echo "package: cpack FAILED"; exit 1; }
deb=$(ls "$work"/out/*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { cat "$work/cpack.log"; echo "package: cpack made no .deb FAILED"; exit 1; }
echo "package-check: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

# Control fields.
dpkg-deb -I "$deb" | tee "$work/info" | grep -E '^ [A-Z][A-Za-z-]+:'
version=$(sed -n 's/^project(SalesOps VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = salesops ] || problem "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || problem "Version is '$(field Version)', project() says '$version'"
[ "$(field Section)" = misc ] || problem "no Section"
[ -n "$(field Maintainer)" ] || problem "no Maintainer"
[ -n "$(field Homepage)" ] || problem "no Homepage"
depends=$(field Depends)
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 qt6-qpa-plugins libsqlite3-0 libc6; do
  [[ ", $depends," == *", $dep "* || ", $depends," == *", $dep,"* ]] || problem "Depends lacks $dep: $depends"
done
[[ "$(head -1 packaging/debian/changelog)" == "salesops ($version)"* ]] || problem "packaging/debian/changelog does not start with version $version"

# Contents.
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/contents"
id=nl.salesops.Dashboard
for path in /usr/bin/salesops /usr/bin/salesops-cli "/usr/share/applications/$id.desktop" \
            "/usr/share/metainfo/$id.metainfo.xml" "/usr/share/icons/hicolor/scalable/apps/$id.svg" \
            "/usr/share/icons/hicolor/48x48/apps/$id.png" "/usr/share/icons/hicolor/256x256/apps/$id.png" \
            /usr/share/man/man1/salesops.1.gz /usr/share/man/man1/salesops-cli.1.gz \
            /usr/share/doc/salesops/copyright /usr/share/doc/salesops/changelog.gz; do
  grep -qxF "$path" "$work/contents" || problem "the package lacks $path"
done
echo "package-check: $(grep -vc '/$' "$work/contents") files"

# Lintian (it warns when run as root, as CI does; that is not a finding).
if lintian --fail-on "$lintian_fail_on" --no-tag-display-limit "$deb" >"$work/lintian" 2>&1; then
  echo "package-check: lintian clean (errors and warnings)"
else
  grep -v 'running with root privileges' "$work/lintian"
  problem "lintian found errors or warnings"
fi

# The programs from the extracted package.
dpkg-deb -x "$deb" "$work/root"
export HOME="$work/home"  # they log under $HOME
mkdir -p "$HOME"
cli="$work/root/usr/bin/salesops-cli"
out=$("$cli" --version) || problem "salesops-cli --version failed"
[[ "$out" =~ ^salesops-cli\ $version\ \(commit\ [^\)]+\)$ ]] || problem "salesops-cli --version printed '$out'"
echo "package-check: $out"
gui=$(QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/salesops" --version 2>/dev/null) || problem "salesops --version failed"
[[ "$gui" =~ ^SalesOps\ Dashboard\ $version ]] || problem "salesops --version printed '$gui'"
# A real command: a small demo store and its data-quality check (exit 1: the demo plants problems).
"$cli" --quiet --db "$work/demo.sqlite" demo --visits 500 --days 14 >/dev/null || problem "salesops-cli demo failed"
"$cli" --db "$work/demo.sqlite" check >/dev/null
[ $? -eq 1 ] || problem "salesops-cli check on the demo store did not report its planted problems (exit 1)"

if [ $fail -eq 0 ]; then echo "package: $(basename "$deb") passed"; else echo "package: $(basename "$deb") FAILED"; fi
exit $fail
