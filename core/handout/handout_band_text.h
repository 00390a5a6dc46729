// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFont;
class QPaintDevice;
class QPainter;
class QPointF;
class QTextOption;

namespace cg {

// Text in a handout's header and footer bands, set line by line at a pitch of at most 1.5 times
// the font size. Arabic fonts declare line heights of about 2 em (room for stacked marks that
// these short lines never use); at their own spacing the three footer lines of an Arabic handout
// took a tenth of every page.
double bandLinePitch(const QFont &font, const QPaintDevice *device);

// Height of `text` wrapped to `width`: its number of lines times the pitch.
double bandTextHeight(const QString &text, const QFont &font, QPaintDevice *device, double width,
                      const QTextOption &option);

// Draws `text` wrapped to `width` from `topLeft`, each line centred in its pitch.
void drawBandText(QPainter &painter, const QPointF &topLeft, double width, const QString &text,
                  const QFont &font, const QTextOption &option);

} // namespace cg
