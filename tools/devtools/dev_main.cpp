// SPDX-License-Identifier: GPL-3.0-or-later
// calcinosis-guide-dev: the program exactly as installed, plus the development tools that look
// in on its window. Never installed; scripts/screenshots.sh and tests/benchmarks/startup.sh run
// it.
//   CG_STARTUP_PROBE=1     print start-up milestones and memory, then quit (startup_probe.h)
//   CG_SCREENSHOT_DIR=DIR  picture every view into DIR, then quit (screenshot_tour.h)
#include "program.h"
#include "screenshot_tour.h"
#include "startup_probe.h"
#include "window/main_window.h"

int main(int argc, char *argv[]) {
    cg::GuiHooks hooks;
    hooks.shown = [](cg::MainWindow &window) { cg::installStartupProbe(&window); };
    hooks.contentReady = [](cg::MainWindow &window) { cg::startScreenshotTour(&window); };
    hooks.firstView = [](cg::MainWindow &) { cg::reportStartupMilestone("first-view"); };
    return cg::runProgram(argc, argv, hooks);
}
