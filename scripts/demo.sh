#!/usr/bin/env bash
# First run: installs dependencies, builds, and opens the console against a local demo
# sandbox whose simulated fans bid every few seconds.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
exec "${MESI_BUILD_DIR:-$root/build}/bin/mesi-console" --sandbox "$@"
