// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cg {

class MainWindow;

// For scripts/screenshots.sh: when CG_SCREENSHOT_DIR names a folder, shows each view in turn,
// saves a picture of the window as <dir>/<view>.png and quits. Returns false when not asked to.
bool startScreenshotTour(MainWindow *window);

} // namespace cg
