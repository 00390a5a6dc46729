#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The whole test suite again in a debug build under AddressSanitizer and
# UndefinedBehaviorSanitizer (the asan preset, build-asan/): a memory error or undefined
# behaviour anywhere the tests reach fails CI. About 10 minutes from a cold cache on two cores
# (build 8.5, tests 1.7), see docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --workflow --preset asan
