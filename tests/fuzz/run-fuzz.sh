#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one fuzzer for a bounded time on a copy of its committed seed corpus, so new inputs never
# change the repository. Exits non-zero when the fuzzer finds a crash, a hang, an error or (for
# search) a leak of markup; the input that did it is kept in BUILD_DIR/fuzz-artifacts/.
#
# Usage: tests/fuzz/run-fuzz.sh [BUILD_DIR] [SECONDS] [NAME]
#   BUILD_DIR  the fuzz build (default: build-fuzz, made by `cmake --preset fuzz`)
#   SECONDS    time budget (default: 60); the run also stops after 2,000,000 inputs
#   NAME       search (default: search_fuzzer, the query path) or source (source_fuzzer, the
#              content compiler's reader and validator); the seeds are tests/fuzz/corpus/NAME/
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$root/build-fuzz"}
seconds=${2:-60}
name=${3:-search}
fuzzer="$build/bin/${name}_fuzzer"
max_len=2048
if [ "$name" = source ]; then
    max_len=65536 # whole content files, alias bombs included
fi

if [ ! -x "$fuzzer" ]; then
    echo "run-fuzz.sh: $fuzzer not found; build it with:" >&2
    echo "  cmake --preset fuzz && cmake --build --preset fuzz --target ${name}_fuzzer -j2" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
cp "$root"/tests/fuzz/corpus/"$name"/* "$work"/
mkdir -p "$build/fuzz-artifacts"

# Qt's own allocations outlive the fuzzer's last input: leaks are not what this run looks for.
QT_QPA_PLATFORM=offscreen \
ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$fuzzer" "$work" \
    -max_total_time="$seconds" -runs=2000000 -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
    -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/${name}-"
