#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Bounded runs of the fuzzers (clang, libFuzzer, ASan/UBSan) from the committed corpora: any
# input that crashes a sanitiser, the query path or the content compiler's reader fails CI.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset fuzz > /dev/null
cmake --build --preset fuzz --target search_fuzzer source_fuzzer -j2
tests/fuzz/run-fuzz.sh build-fuzz 60 search
tests/fuzz/run-fuzz.sh build-fuzz 30 source
