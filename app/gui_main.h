// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command_line.h"

#include <functional>

namespace cg {

class MainWindow;

// Where development tools (tools/devtools: the start-up probe, the screenshot tour) look in on
// the window. The installed program passes none.
struct GuiHooks {
    std::function<void(MainWindow &)> shown;        // the window was just shown
    std::function<void(MainWindow &)> contentReady; // the content passed its checks
    std::function<void(MainWindow &)> firstView;    // the first view is filled
};

// Opens the content database (or explains in a dialog why it cannot), shows the main window and
// runs the event loop. Returns the process exit code.
int runGui(const CommandLine &commandLine, const GuiHooks &hooks = {});

} // namespace cg
