#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Builds the Debian package from a Release build folder and checks it the way Debian would:
#
#   packaging/build-package.sh [build-dir]     (default: build/release, configured by .ci/dev)
#
# Writes sluice_<version>_amd64.deb into the build folder and prints its path on the last line.
# Fails when lintian reports an error, or the desktop entry or AppStream metainfo do not validate.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/build/release}"
[[ -f "$BUILD/CPackConfig.cmake" ]] || { echo "build-package: $BUILD is not a configured build folder" >&2; exit 2; }

echo "==> desktop entry and AppStream metainfo"
desktop-file-validate "$ROOT/packaging/io.github.sluice.Sluice.desktop"
appstreamcli validate --no-net "$ROOT/packaging/io.github.sluice.Sluice.metainfo.xml"

echo "==> building the package"
cmake --build "$BUILD" --target sluice sluice_packaging_files
rm -f "$BUILD"/sluice_*.deb
(cd "$BUILD" && cpack -G DEB >/dev/null)
deb="$(ls "$BUILD"/sluice_*_amd64.deb)"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
dpkg-deb --contents "$deb" | awk '{print $6}'

echo "==> lintian"
# Only errors fail the build; the warnings we accept are listed, with the reason, in packaging/README.md.
lintian --fail-on error --suppress-tags-from-file "$ROOT/packaging/lintian-accepted" "$deb"
echo "$deb"
