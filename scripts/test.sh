#!/usr/bin/env bash
# Installs dependencies, builds with warnings as errors, and runs the whole test suite.
# Widget tests use Qt's offscreen platform, so no display is needed.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${MESI_BUILD_DIR:-$root/build}"

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" -DMESI_WARNINGS_AS_ERRORS=ON -DMESI_BUILD_TESTS=ON
ctest --test-dir "$build_dir" --output-on-failure --parallel 2 --timeout 300 "$@"
