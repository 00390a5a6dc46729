#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Handout printing against Chromium printing the same handout's HTML export, side by side.
#
#   tests/benchmarks/handout-vs-chromium.sh [BUILD_DIR] [RUNS]
#
# For each handout (English, Arabic, Spanish with English, English large print) the program's
# own command line writes the HTML export once; then, RUNS times and alternating so both see
# the same machine state, the program writes the PDF (`--export-handout x.pdf`, a whole process:
# start, content, layout, fonts, PDF) and headless Chromium prints the HTML export to PDF (also
# a whole process). Medians and their ratio are printed; see docs/performance.md.
#
# Chromium is not a dependency of the project: this script installs Debian's `chromium` when it
# is missing (as root, with apt-get) and is never run by CI. Chromium is started with every
# background service off and a throw-away profile; the HTML export has no external resources.
set -euo pipefail

build_dir="${1:-build}"
runs="${2:-5}"
app="${build_dir}/bin/calcinosis-guide"

if [[ ! -x "$app" ]]; then
    echo "handout-vs-chromium.sh: $app not found; build the project first" >&2
    exit 2
fi
if ! command -v chromium >/dev/null 2>&1; then
    if [[ $(id -u) -ne 0 ]]; then
        echo "handout-vs-chromium.sh: chromium is missing; run as root to install it" >&2
        exit 2
    fi
    apt-get install -y -q chromium >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_CONFIG_HOME="$work/config" \
python3 - "$app" "$runs" "$work" <<'PY'
import os, statistics, subprocess, sys, time

app, runs, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
cases = [
    ("English", ["--language", "en"]),
    ("Arabic", ["--language", "ar"]),
    ("Spanish + English", ["--language", "es", "--bilingual", "en"]),
    ("English, large print", ["--language", "en", "--large-print"]),
]
chromium = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--disable-sync",
            "--disable-background-networking", "--disable-component-update",
            "--disable-default-apps", "--no-pdf-header-footer", "--print-to-pdf-no-header",
            "--user-data-dir=" + os.path.join(work, "chromium-profile")]


def run(command):
    start = time.monotonic()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.monotonic() - start


def pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    return next(int(line.split()[-1]) for line in out.splitlines() if line.startswith("Pages:"))


print("| handout | pages (ours / Chromium) | ours, median | Chromium, median | ratio |")
print("|---|---|---|---|---|")
for name, args in cases:
    stem = os.path.join(work, name.replace(" ", "_").replace(",", "").replace("+", "and"))
    html, ours_pdf, their_pdf = stem + ".html", stem + ".pdf", stem + "-chromium.pdf"
    subprocess.run([app, *args, "--export-handout", html], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ours_cmd = [app, *args, "--export-handout", ours_pdf]
    their_cmd = chromium + ["--print-to-pdf=" + their_pdf, "file://" + html]
    run(ours_cmd)  # one warm-up each: page cache, font cache
    run(their_cmd)
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(run(ours_cmd))
        theirs.append(run(their_cmd))
    mo, mt = statistics.median(ours), statistics.median(theirs)
    print(f"| {name} | {pages(ours_pdf)} / {pages(their_pdf)} | {mo * 1000:.0f} ms "
          f"| {mt * 1000:.0f} ms | {mt / mo:.1f} |", flush=True)
PY
