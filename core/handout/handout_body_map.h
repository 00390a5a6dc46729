// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

class QFont;

namespace cg {

// The screen's body map for paper: the figure from front and back in grey, the usual places
// of one condition filled in black, the words for "front" and "back" under each view. Black
// and white like the rest of the handout; `width` in pixels (the height follows the drawing).
// Returns a null image when the drawing cannot be loaded.
QImage paperBodyMap(const QStringList &regions, const QString &front, const QString &back,
                    int width, const QFont &labelFont);

// The name a handout's HTML uses for the body map (an image resource of its text document).
inline const QString kBodyMapImageName = QStringLiteral("cg-image:body-map");

} // namespace cg
