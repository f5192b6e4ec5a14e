#!/usr/bin/env bash
# Installs the build and test dependencies of Mesi Creator Console on Debian 12 or
# Ubuntu 22.04+ with apt-get. Runs apt-get through sudo when not started as root.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-multimedia-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libsodium-dev libsqlite3-dev libzxing-dev qtkeychain-qt6-dev
    xvfb xauth imagemagick xdotool python3-icalendar gnome-keyring dbus-daemon
    dpkg-dev file librsvg2-bin desktop-file-utils appstream
)

if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "install-deps: run this script as root or install sudo; apt-get needs root" >&2
    exit 1
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are already installed"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
