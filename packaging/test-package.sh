#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Builds the Debian package, then installs it with `apt-get install ./sluice_*.deb` on a brand-new
# Debian 12 root and runs the installed program there: `sluice --version` and a short headless
# `sluice simulate`. That root has nothing but apt, so the package's computed dependencies must bring
# everything the program needs.
#
#   packaging/test-package.sh [build-dir]
#
# The brand-new root comes from the fresh-debian tool beside the project (../shared/tools); without it,
# or without root rights, the install half is skipped with a message and the script still checks the
# package itself.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/build/release}"
FRESH="$ROOT/../shared/tools/fresh-debian"

deb="$("$ROOT/packaging/build-package.sh" "$BUILD" | tail -n 1)"
version="$(dpkg-deb -f "$deb" Version)"

if [[ ! -x "$FRESH" ]]; then
    echo "test-package: SKIP installing on a new Debian root: the fresh-debian tool is not available"
    exit 0
fi
if [[ "$(id -u)" -ne 0 ]]; then
    echo "test-package: SKIP installing on a new Debian root: that needs root rights"
    exit 0
fi

# fresh-debian clones the git checkout it is started in into the new root, so the package travels in a
# throw-away repository of its own, together with the steps to run there.
carrier="$(mktemp -d)"
trap 'rm -rf "$carrier"' EXIT
cp "$deb" "$carrier/"
cat > "$carrier/install-and-run.sh" <<STEPS
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null
apt-get install -y -q --no-install-recommends ./$(basename "$deb")
echo "==> sluice --version"
out="\$(sluice --version)"
echo "\$out"
[[ "\$out" == "sluice $version" ]] || { echo "expected 'sluice $version'"; exit 1; }
echo "==> sluice simulate"
sluice simulate --scenario normal-day --duration 2m --report /tmp/report.json
grep -q '"requests"' /tmp/report.json
echo "==> installed files"
test -f /usr/share/applications/io.github.sluice.Sluice.desktop
test -f /usr/share/metainfo/io.github.sluice.Sluice.metainfo.xml
test -f /usr/share/man/man1/sluice.1.gz
test -f /usr/share/icons/hicolor/scalable/apps/io.github.sluice.Sluice.svg
test -f /usr/share/bash-completion/completions/sluice
echo "installed package works"
STEPS
git -C "$carrier" init -q
git -C "$carrier" add -A
git -C "$carrier" -c user.name=sluice -c user.email=sluice@localhost commit -qm "package under test"
(cd "$carrier" && "$FRESH" -- 'bash install-and-run.sh')
