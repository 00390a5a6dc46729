// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/choice_button.h"

#include <QPainter>

namespace cg {

namespace {

constexpr int kPaddingX = 14;
constexpr int kPaddingY = 7;

} // namespace

ChoiceButton::ChoiceButton(const QString &text, QWidget *parent) : QPushButton(text, parent) {
    setCheckable(true);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
}

void ChoiceButton::setColors(const QColor &accent, const QColor &accentText, const QColor &border) {
    m_accent = accent;
    m_accentText = accentText;
    m_border = border;
    update();
}

QSize ChoiceButton::sizeHint() const {
    QFont bold = font();
    bold.setWeight(QFont::DemiBold); // room for the chosen state's bolder words
    const QFontMetrics metrics(bold);
    return {metrics.horizontalAdvance(text()) + 2 * kPaddingX, metrics.height() + 2 * kPaddingY};
}

QSize ChoiceButton::minimumSizeHint() const {
    return sizeHint();
}

void ChoiceButton::paintEvent(QPaintEvent *event) {
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
    const qreal radius = box.height() / 2.0;
    const bool chosen = isChecked();
    QColor fill = chosen ? m_accent : palette().color(QPalette::Base);
    if (!chosen && underMouse()) {
        fill = palette().color(QPalette::AlternateBase);
    }
    painter.setPen(QPen(chosen ? m_accent : m_border, 1.0));
    painter.setBrush(fill);
    painter.drawRoundedRect(box, radius, radius);
    if (hasFocus()) {
        painter.setPen(QPen(chosen ? m_accentText : m_accent, 2.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box.adjusted(3, 3, -3, -3), radius - 3, radius - 3);
    }
    QFont words = font();
    words.setWeight(chosen ? QFont::DemiBold : QFont::Normal);
    painter.setFont(words);
    painter.setPen(chosen ? m_accentText : palette().color(QPalette::ButtonText));
    painter.drawText(rect(), Qt::AlignCenter, text());
}

} // namespace cg
