#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Pictures of every view of the window for the README and design reviews. Builds nothing.
#
#   scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]
#
# Starts a private Xvfb, runs the program in a fresh temporary home (default settings, English)
# with CG_SCREENSHOT_DIR set: it shows each view in turn at 1200x800, saves <view>.png and quits
# (see tools/devtools/screenshot_tour.cpp; the tour is in calcinosis-guide-dev, the program with
# the development tools, never in the installed one). A second run in Arabic adds overview-arabic.png to show
# the mirrored layout. Set CG_SCREENSHOT_DISPLAY to use another X display number (default :98).
set -euo pipefail

build_dir="${1:-build}"
out_dir="${2:-docs/screenshots}"
display="${CG_SCREENSHOT_DISPLAY:-:98}"
program="${build_dir}/bin/calcinosis-guide-dev"

if [[ ! -x "$program" ]]; then
    echo "screenshots.sh: $program not found; build the project first" >&2
    exit 2
fi
mkdir -p "$out_dir"
out_dir="$(cd "$out_dir" && pwd)"

home="$(mktemp -d)"
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
cleanup() {
    kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT
sleep 1

shoot() { # shoot LANGUAGE DIR
    rm -rf "$home/config" "$home/data"
    DISPLAY="$display" HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_RUNTIME_DIR="$home" QT_QPA_PLATFORM=xcb CG_SCREENSHOT_DIR="$2" \
        timeout 120 "$program" --language "$1"
}

shoot en "$out_dir"
arabic="$home/arabic"
shoot ar "$arabic"
cp "$arabic/overview.png" "$out_dir/overview-arabic.png"
ls -1 "$out_dir"/*.png
