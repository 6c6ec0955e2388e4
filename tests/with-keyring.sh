#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# with-keyring.sh CMD [ARGS...]
# Runs CMD inside a private D-Bus session bus with a freshly created, unlocked
# gnome-keyring "login" collection, i.e. a real Secret Service
# (org.freedesktop.secrets) that QtKeychain reaches through libsecret.
# Needs (Debian 12): dbus-daemon (dbus-run-session, dbus-bin's dbus-send),
#                    gnome-keyring, libsecret-1-0.
# Everything lives in a throw-away dir; bus and keyring daemon end with CMD.
set -eu

missing=""
command -v dbus-run-session     >/dev/null 2>&1 || missing="$missing dbus-daemon"
command -v dbus-send            >/dev/null 2>&1 || missing="$missing dbus-bin"
command -v gnome-keyring-daemon >/dev/null 2>&1 || missing="$missing gnome-keyring"
/sbin/ldconfig -p 2>/dev/null | grep -q 'libsecret-1\.so\.0 ' || missing="$missing libsecret-1-0"
if [ -n "$missing" ]; then
    echo "with-keyring: missing Debian packages:$missing" >&2
    # CI: a missing package is a failure. Locally: exit 77 = CTest SKIP_RETURN_CODE.
    if [ -n "${CI:-}" ]; then exit 1; else exit 77; fi
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/keyring-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 143' INT TERM
mkdir -m 700 "$tmp/run" "$tmp/data" "$tmp/config" "$tmp/cache"

# - fresh XDG dirs => gnome-keyring creates the "login" collection from the
#   password on stdin, so no GUI prompt is ever needed;
# - DISPLAY/WAYLAND_DISPLAY removed => anything that still wants a prompt
#   fails fast instead of hanging on an invisible dialog (e.g. under Xvfb);
# - the daemon runs in the foreground as our child: we wait until it owns
#   org.freedesktop.secrets (no racing D-Bus activation of a 2nd daemon) and
#   stop it ourselves afterwards (nothing left running).
env -u DISPLAY -u WAYLAND_DISPLAY \
    XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/data" \
    XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" \
    dbus-run-session -- sh -c '
        printf "%s" "${KEYRING_TEST_PASSWORD:-ci-keyring-password}" |
            gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
        kpid=$!
        i=0
        until dbus-send --session --print-reply --dest=org.freedesktop.DBus \
                /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
                string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
            i=$((i + 1))
            if [ "$i" -gt 100 ] || ! kill -0 "$kpid" 2>/dev/null; then
                echo "with-keyring: gnome-keyring-daemon did not come up" >&2
                kill "$kpid" 2>/dev/null; exit 1
            fi
            sleep 0.1
        done
        rc=0
        "$@" || rc=$?
        kill "$kpid" 2>/dev/null || true
        wait "$kpid" 2>/dev/null || true
        exit "$rc"' with-keyring "$@"
