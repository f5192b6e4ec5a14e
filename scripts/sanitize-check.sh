#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (the "sanitize"
# preset in CMakePresets.json) and runs the whole test suite under them.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

"$root/scripts/install-deps.sh"
cmake --preset sanitize
cmake --build --preset sanitize
ctest --preset sanitize "$@"
