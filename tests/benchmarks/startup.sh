#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up of the real program against two plain Qt Widgets programs, under Xvfb: a bare window
# (an empty QWidget) and a text window (a QMainWindow holding a QTextBrowser with a page of text).
#
#   tests/benchmarks/startup.sh [BUILD_DIR] [RUNS]
#
# Each program is launched RUNS times (after one warm-up each, taking turns so all see the same
# machine state) with CG_STARTUP_PROBE=1: it prints the CLOCK_MONOTONIC time its first window is
# exposed, then, a second later, its resident memory (VmRSS), and quits. The time from launch
# to that moment and the memory are compared as medians; the goals are a ratio of at most 1.5
# for both against the bare window, and of at most 1.25 for time against the text window. Settings and bookmarks live in a fresh temporary home, so the program opens as on a
# first start. Xvfb runs with -noreset: without it the server resets each time its last client
# exits, and every launch would pay that reset (8-45 ms). It picks a free display itself
# (-displayfd) unless CG_BENCH_DISPLAY names one.
set -euo pipefail

build_dir="${1:-build}"
runs="${2:-10}"
# The program with the development tools (tools/devtools), which hold the probe; the installed
# program is the same code without them.
app="${build_dir}/bin/calcinosis-guide-dev"
bare="${build_dir}/bin/calcinosis-bare-window"
text="${build_dir}/bin/calcinosis-text-window"
display="${CG_BENCH_DISPLAY:-}"

for program in "$app" "$bare" "$text"; do
    if [[ ! -x "$program" ]]; then
        echo "startup.sh: $program not found; build the project (with benchmarks) first" >&2
        exit 2
    fi
done

home="$(mktemp -d)"
if [[ -n "$display" ]]; then
    Xvfb "$display" -noreset -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
else
    # Xvfb writes the display number to fd 3 once it accepts connections: no guessed number,
    # no sleep.
    Xvfb -displayfd 3 -noreset -screen 0 1400x900x24 -nolisten tcp 3>"$home/display" \
        >/dev/null 2>&1 &
fi
xvfb_pid=$!
cleanup() {
    kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT
if [[ -n "$display" ]]; then
    sleep 1
else
    for _ in $(seq 100); do
        [[ -s "$home/display" ]] && break
        kill -0 "$xvfb_pid" 2>/dev/null || { echo "startup.sh: Xvfb did not start" >&2; exit 2; }
        sleep 0.1
    done
    [[ -s "$home/display" ]] || { echo "startup.sh: Xvfb gave no display" >&2; exit 2; }
    display=":$(head -n 1 "$home/display")"
fi

DISPLAY="$display" HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
XDG_RUNTIME_DIR="$home/runtime" CG_STARTUP_PROBE=1 QT_QPA_PLATFORM=xcb \
python3 - "$app" "$bare" "$text" "$runs" "$home" <<'PY'
import os, shutil, statistics, subprocess, sys, time

app, bare, text, runs, home = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)

def launch(program):
    # Each run starts like a first start: no saved settings, language or last place.
    for sub in ("config", "data"):
        shutil.rmtree(os.path.join(home, sub), ignore_errors=True)
    start = time.monotonic_ns()
    proc = subprocess.run([program], capture_output=True, text=True, timeout=60)
    exposed = rss = first_view = None
    for line in proc.stdout.splitlines():
        parts = line.split()
        if parts[:2] == ["startup-probe", "exposed-monotonic-ns"]:
            exposed = int(parts[2])
        elif parts[:2] == ["startup-probe", "first-view-monotonic-ns"]:
            first_view = int(parts[2])
        elif parts[:2] == ["startup-probe", "vmrss-kb"]:
            rss = int(parts[2])
    if exposed is None or rss is None:
        sys.exit(f"{program} printed no probe lines:\n{proc.stdout}\n{proc.stderr}")
    view_ms = (first_view - start) / 1e6 if first_view is not None else None
    return (exposed - start) / 1e6, rss, view_ms

load_before = " ".join(open("/proc/loadavg").read().split()[:3])
results = {app: [], bare: [], text: []}
launch(bare), launch(text), launch(app)  # warm-up: disk cache, font cache
for _ in range(runs):
    for program in (bare, text, app):
        results[program].append(launch(program))

def medians(samples):
    return (statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples))

bare_ms, bare_kb = medians(results[bare])
text_ms, text_kb = medians(results[text])
app_ms, app_kb = medians(results[app])
print(f"runs per program: {runs} (medians), load average before: {load_before}, "
      f"after: {' '.join(open('/proc/loadavg').read().split()[:3])}")
print(f"{'program':<22}{'window shown (ms)':>20}{'VmRSS (MiB)':>14}")
print(f"{'bare Qt window':<22}{bare_ms:>20.1f}{bare_kb / 1024:>14.1f}")
print(f"{'Qt text window':<22}{text_ms:>20.1f}{text_kb / 1024:>14.1f}")
print(f"{'calcinosis-guide':<22}{app_ms:>20.1f}{app_kb / 1024:>14.1f}")
first_view = statistics.median(s[2] for s in results[app])
print(f"calcinosis-guide first view filled: {first_view:.1f} ms after launch")
print(f"against the bare window: time ratio {app_ms / bare_ms:.2f} (goal <= 1.5), "
      f"memory ratio {app_kb / bare_kb:.2f} (goal <= 1.5)")
print(f"against the text window: time ratio {app_ms / text_ms:.2f} (goal <= 1.25), "
      f"memory ratio {app_kb / text_kb:.2f}")
PY
