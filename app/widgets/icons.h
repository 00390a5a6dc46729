// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/place.h"

#include <QIcon>

namespace cg {

// The icon for `themeName` from the desktop's icon theme (QIcon::fromTheme), else the project's
// own line drawing resources/icons/<fallbackName>.svg, drawn in the palette's text colour (white
// on a selected row) so it reads on light, dark and high-contrast backgrounds alike.
QIcon themedIcon(const QString &themeName, const QString &fallbackName);

// The icon of a navigation entry.
QIcon sectionIcon(Page page);

} // namespace cg
