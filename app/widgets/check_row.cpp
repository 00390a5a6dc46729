// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/check_row.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>

namespace cg {

CheckRow::CheckRow(const QString &id, QWidget *parent) : QWidget(parent), m_id(id) {
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
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
