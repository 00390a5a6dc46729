// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/checklist_box.h"

#include "views/view_context.h"
#include "widgets/check_row.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cg {

ChecklistBox::ChecklistBox(ViewContext &context, QWidget *parent)
    : CardFrame(parent), m_context(context) {
    setObjectName(QStringLiteral("checklistBox"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(2);
    layout->addLayout(m_rowsLayout);
}

void ChecklistBox::setHint(const QString &hint) {
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void ChecklistBox::populate(const QString &heading, const QList<Item> &items, bool withSummaries) {
    QFont headingFont;
    headingFont.setPointSizeF(m_context.options().bodyPointSize() * 1.3);
    headingFont.setWeight(QFont::Bold);
    m_heading->setFont(headingFont);
    m_heading->setText(heading);
    setBorderColor(QColor(m_context.cardBorderColor()));

    for (CheckRow *row : std::as_const(m_rows)) {
        if (row->isChecked()) {
            m_checked.insert(row->id());
        } else {
            m_checked.remove(row->id());
        }
        delete row;
    }
    m_rows.clear();
    for (const Item &item : items) {
        auto *row = new CheckRow(item.id, this);
        row->setTexts(item.name, withSummaries ? item.summary : QString());
        row->setChecked(m_checked.contains(item.id));
        connect(row, &CheckRow::toggled, this, [this, id = item.id](bool checked) {
            if (checked) {
                m_checked.insert(id);
            } else {
                m_checked.remove(id);
            }
        });
        m_rowsLayout->addWidget(row);
        m_rows.append(row);
    }
}

QStringList ChecklistBox::checkedIds() const {
    QStringList ids;
    for (const CheckRow *row : m_rows) {
        if (row->isChecked()) {
            ids.append(row->id());
        }
    }
    return ids;
}

} // namespace cg
