// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/check_row.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>

namespace cg {

CheckRow::CheckRow(const QString &id, QWidget *parent) : QWidget(parent), m_id(id) {
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 4, 6, 4); // room for the focus ring
    layout->setHorizontalSpacing(10);
    layout->setVerticalSpacing(2);
    m_box = new QCheckBox(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont bold; // only the weight: the size still follows the reader's text size
    bold.setWeight(QFont::DemiBold);
    m_title->setFont(bold);
    m_title->setBuddy(m_box);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    layout->addWidget(m_box, 0, 0, Qt::AlignTop);
    layout->addWidget(m_title, 0, 1);
    layout->addWidget(m_detail, 1, 1);
    layout->setColumnStretch(1, 1);
    connect(m_box, &QCheckBox::toggled, this, &CheckRow::toggled);
    m_box->installEventFilter(this); // the row draws the box's focus ring
    setCursor(Qt::PointingHandCursor);
}

void CheckRow::setTexts(const QString &title, const QString &detail) {
    m_title->setText(title);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    // The box carries the words for screen readers; the labels beside it are only pictures of them.
    m_box->setAccessibleName(title);
    m_box->setAccessibleDescription(detail);
}

bool CheckRow::isChecked() const {
    return m_box->isChecked();
}

void CheckRow::setChecked(bool checked) {
    m_box->setChecked(checked);
}

bool CheckRow::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_box &&
        (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)) {
        update();
    }
    return QWidget::eventFilter(watched, event);
}

void CheckRow::paintEvent(QPaintEvent *event) {
    QWidget::paintEvent(event);
    if (!m_box->hasFocus()) {
        return;
    }
    // The style marks a focused check box with a 1 px colour change, the only cue on the list:
    // a 3 px ring in the accent colour around the whole row shows where the keyboard is.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Link), 3.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 5.0, 5.0);
}

void CheckRow::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        m_box->toggle();
        m_box->setFocus(Qt::MouseFocusReason);
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

} // namespace cg
