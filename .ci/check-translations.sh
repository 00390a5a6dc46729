#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The interface translations are complete and up to date: no unfinished entry in any .ts file,
# and running lupdate over the current sources would change no .ts file.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
ts_files=(translations/*.ts)
if [ ${#ts_files[@]} -eq 0 ]; then
  echo "check-translations: no .ts files in translations/" >&2
  exit 1
fi
if grep -l 'type="unfinished"' "${ts_files[@]}"; then
  echo "check-translations: the files above have unfinished translations" >&2
  exit 1
fi
saved=$(mktemp -d)
cp "${ts_files[@]}" "$saved/"
cmake --build build --target update_translations > "$saved/lupdate.log" 2>&1 || {
  cat "$saved/lupdate.log" >&2
  exit 1
}
status=0
for ts in "${ts_files[@]}"; do
  if ! diff -q "$saved/$(basename "$ts")" "$ts" > /dev/null; then
    echo "check-translations: lupdate changes $ts; run 'cmake --build build --target update_translations' and translate the new strings" >&2
    diff -u "$saved/$(basename "$ts")" "$ts" | head -40 >&2 || true
    status=1
  fi
  cp "$saved/$(basename "$ts")" "$ts"
done
rm -rf "$saved"
[ $status -eq 0 ] && echo "check-translations: ${#ts_files[@]} files complete and up to date"
exit $status
