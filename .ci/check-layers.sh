#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The core libraries depend on each other in one order (see core/CMakeLists.txt):
#   content -> search -> document -> speech -> handout -> settings -> session -> (app: the UI)
# A file may include headers of its own library and of the libraries before it, never after;
# nothing in core/ includes app/ or a Qt Widgets header. Folders name their library, except the
# search tables' layout, which cg_content builds from core/search/ (listed below).
set -euo pipefail
cd "$(dirname "$0")/.."

# Library of a folder under core/, and the position of each library in the order.
library_of() {
    case "$1" in
        content|text|io|user) echo content ;;
        search/search_index_layout.*|search/text_folding.*|search/cjk_bigrams.*) echo content ;;
        search|search/*) echo search ;;
        document) echo document ;;
        speech) echo speech ;;
        handout) echo handout ;;
        settings) echo settings ;;
        session) echo session ;;
        compiler) echo compiler ;;
        *) echo unknown ;;
    esac
}
rank() {
    case "$1" in
        content) echo 1 ;; search) echo 2 ;; document) echo 3 ;; speech) echo 4 ;;
        handout) echo 5 ;; settings) echo 6 ;; session) echo 7 ;; compiler) echo 8 ;;
        *) echo 99 ;;
    esac
}

problems=0
while IFS= read -r file; do
    relative="${file#core/}"
    folder="${relative%%/*}"
    own="$(library_of "$relative")"
    [[ "$own" == unknown ]] && own="$(library_of "$folder")"
    while IFS= read -r line; do
        header="$(sed -E 's/^#include "([^"]+)".*/\1/' <<<"$line")"
        target="$(library_of "$header")"
        [[ "$target" == unknown ]] && target="$(library_of "${header%%/*}")"
        if [[ "$target" == unknown ]]; then
            echo "$file: includes \"$header\", which is not a core library's header" >&2
            problems=$((problems + 1))
        elif (( $(rank "$target") > $(rank "$own") )); then
            echo "$file: cg_$own includes \"$header\" of cg_$target, which comes after it" >&2
            problems=$((problems + 1))
        fi
    done < <(grep -E '^#include "[a-z_]+/' "$file" || true)
    if grep -qE '^#include <(QtWidgets/|QApplication>|QWidget>|QMainWindow>|QDialog>|QLabel>|QMessageBox>|QTextBrowser>|QTextEdit>|QLineEdit>|QPushButton>)' "$file"; then
        echo "$file: core/ includes a Qt Widgets header" >&2
        problems=$((problems + 1))
    fi
done < <(git ls-files -- 'core/*.cpp' 'core/*.h')

if (( problems > 0 )); then
    echo "check-layers: $problems include(s) against the library order" >&2
    exit 1
fi
echo "check-layers: core includes follow content -> search -> document -> speech -> handout -> settings -> session"
