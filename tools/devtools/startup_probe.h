// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace cg {

// For the start-up benchmark (tests/benchmarks/startup.sh): when CG_STARTUP_PROBE=1, prints
// the CLOCK_MONOTONIC time at which the window is first exposed, waits one second, prints the
// resident memory (VmRSS) and quits. Shared, as source, with the bare comparison window, so both
// are measured the same way. Does nothing otherwise.
void installStartupProbe(QWidget *window);

// Prints "startup-probe <name>-monotonic-ns <time>" when probing, for later milestones (the
// program reports when its first view is filled).
void reportStartupMilestone(const char *name);

} // namespace cg
