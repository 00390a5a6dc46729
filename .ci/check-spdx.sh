#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every source, build and script file says its licence in its first lines, as LICENSE and the
# package's copyright file promise. Data (content, fixtures, corpora, images, translations) is
# covered by packaging/debian/copyright instead.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=0
while IFS= read -r file; do
    if ! head -n 5 "$file" | grep -q 'SPDX-License-Identifier:'; then
        echo "$file: no SPDX-License-Identifier in its first 5 lines; add" \
            "'SPDX-License-Identifier: GPL-3.0-or-later' as a comment" >&2
        missing=$((missing + 1))
    fi
done < <(git ls-files -- '*.cpp' '*.h' '*.cmake' '*.sh' '*CMakeLists.txt' '.ci/run' \
    'packaging/*.in' | sort)

if [ "$missing" -gt 0 ]; then
    echo "check-spdx: $missing file(s) without a licence identifier" >&2
    exit 1
fi
echo "check-spdx: every source file names its licence"
