#!/usr/bin/env bash
# Configures and builds the project in ./build (or $MESI_BUILD_DIR) with Ninja.
# Extra arguments are passed to cmake at configure time.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${MESI_BUILD_DIR:-$root/build}"
build_type="${MESI_BUILD_TYPE:-RelWithDebInfo}"

cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "$@"
cmake --build "$build_dir" --parallel "$(nproc)"
