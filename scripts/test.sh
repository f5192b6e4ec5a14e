#!/usr/bin/env bash
# Installs dependencies, builds with warnings as errors, and runs the whole test suite.
# Widget tests use Qt's offscreen platform, so no display is needed.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${MESI_BUILD_DIR:-$root/build}"

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" -DMESI_WARNINGS_AS_ERRORS=ON -DMESI_BUILD_TESTS=ON
ctest --test-dir "$build_dir" --output-on-failure --parallel 2 --timeout 300 "$@"

# The keychain test needs a Secret Service. A private D-Bus session with an unlocked
# gnome-keyring, whose files go to a temporary folder, gives it one without touching the
# user's own keyring. The main run above skips that test when no Secret Service responds.
keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT
XDG_DATA_HOME="$keyring_home" dbus-run-session -- sh -c \
    'printf "ci-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
     ctest --test-dir "$1" --output-on-failure --timeout 300 -R "^tst_keychainstore$"' \
    sh "$build_dir"
