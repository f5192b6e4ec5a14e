#!/usr/bin/env bash
# Builds one libFuzzer target with the "fuzz" preset (clang, ASan and UBSan) and runs it for
# a fixed time on one core, then prints the execution count and the corpus size.
#
# Usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]
#   TARGET   a name given to mesi_add_fuzzer in fuzz/CMakeLists.txt: pass, apijson, events
#   SECONDS  run time, passed to -max_total_time
# Environment: MESI_FUZZ_RSS_MB (memory limit, default 2048), MESI_FUZZ_TIMEOUT (seconds
# one input may take, default 10). Inputs that crash land in build-fuzz/fuzz/work/TARGET/artifacts/.
set -euo pipefail

usage="usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]"
target="${1:?$usage}"
seconds="${2:?$usage}"
shift 2
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "SECONDS must be a positive whole number, got '$seconds'; $usage" >&2
    exit 2
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
seeds="$root/fuzz/corpus/$target"
if [[ ! -d "$seeds" ]]; then
    echo "no seed corpus for target '$target' in $seeds; use one of:" \
        "$(ls "$root/fuzz/corpus" | tr '\n' ' ')" >&2
    exit 2
fi

cd "$root"
if [[ ! -f build-fuzz/CMakeCache.txt ]]; then
    launcher=()
    if command -v ccache >/dev/null; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake --preset fuzz "${launcher[@]}"
fi
cmake --build --preset fuzz --target "fuzz_$target"

# New inputs go into the first folder, so the checked-in seeds stay as they are.
work="$root/build-fuzz/fuzz/work/$target"
mkdir -p "$work/corpus" "$work/artifacts"
log="$work/run-$(date -u +%Y%m%dT%H%M%SZ).log"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
set +e
started=$SECONDS
"build-fuzz/fuzz/fuzz_$target" \
    -max_total_time="$seconds" \
    -rss_limit_mb="${MESI_FUZZ_RSS_MB:-2048}" \
    -timeout="${MESI_FUZZ_TIMEOUT:-10}" \
    -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" \
    "$@" "$work/corpus" "$seeds" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
elapsed=$((SECONDS - started))
set -e

executions="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)"
files="$(find "$work/corpus" -type f | wc -l)"
bytes="$(du -sb "$work/corpus" | cut -f1)"
echo "fuzz_$target: ${executions:-unknown} executions in $elapsed s; working corpus $files files," \
    "$bytes bytes; exit status $status; log $log"
exit "$status"
