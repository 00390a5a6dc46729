// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout/handout_band_text.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <algorithm>

namespace cg {

namespace {

constexpr double kMaximumPitchEms = 1.5;

// Lays `text` out in lines of `width`, each line's box centred in a slot of `pitch`; returns
// the number of lines.
int layOutLines(QTextLayout &layout, double width, double pitch) {
    int lines = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, lines * pitch - (line.height() - pitch) / 2));
        ++lines;
    }
    layout.endLayout();
    return lines;
}

} // namespace

double bandLinePitch(const QFont &font, const QPaintDevice *device) {
    const QFontMetricsF metrics(font, device);
    const double ems = font.pointSizeF() * device->logicalDpiY() / 72.0 * kMaximumPitchEms;
    return std::min(metrics.lineSpacing(), ems);
}

double bandTextHeight(const QString &text, const QFont &font, QPaintDevice *device, double width,
                      const QTextOption &option) {
    if (text.isEmpty()) {
        return 0;
    }
    QTextLayout layout(text, font, device);
    layout.setTextOption(option);
    const double pitch = bandLinePitch(font, device);
    return layOutLines(layout, width, pitch) * pitch;
}

void drawBandText(QPainter &painter, const QPointF &topLeft, double width, const QString &text,
                  const QFont &font, const QTextOption &option) {
    if (text.isEmpty()) {
        return;
    }
    QTextLayout layout(text, font, painter.device());
    layout.setTextOption(option);
    layOutLines(layout, width, bandLinePitch(font, painter.device()));
    layout.draw(&painter, topLeft);
}

} // namespace cg
