#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A bounded run of the search fuzzer (clang, libFuzzer, ASan/UBSan) from the committed corpus:
# any input that crashes the sanitiser or the query path fails CI.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset fuzz > /dev/null
cmake --build --preset fuzz --target search_fuzzer -j2
tests/fuzz/run-fuzz.sh build-fuzz 60
