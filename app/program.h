// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui_main.h"

namespace cg {

// Everything main() does, from the raw arguments to the exit code: a headless command, or the
// window (with `hooks` for development tools). Builds the application object itself.
int runProgram(int argc, char *argv[], const GuiHooks &hooks = {});

} // namespace cg
