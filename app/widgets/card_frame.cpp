// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/card_frame.h"

#include <QPainter>

namespace cg {

CardFrame::CardFrame(QWidget *parent) : QFrame(parent), m_border(0xb9, 0xc3, 0xc9) {
    setFrameShape(QFrame::NoFrame);
}

void CardFrame::setBorderColor(const QColor &color) {
    m_border = color;
    update();
}

void CardFrame::paintEvent(QPaintEvent *event) {
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_border, 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6.0, 6.0);
}

} // namespace cg
