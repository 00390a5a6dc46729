// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command_line.h"

namespace cg {

// Opens the content database (or explains in a dialog why it cannot), shows the main window and
// runs the event loop. Returns the process exit code.
int runGui(const CommandLine &commandLine);

} // namespace cg
