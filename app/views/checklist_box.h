// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/model.h"
#include "widgets/card_frame.h"

#include <QSet>

class QLabel;
class QVBoxLayout;

namespace cg {

class CheckRow;
class ViewContext;

// A titled on-screen checklist (symptoms to mention, self-care steps, questions to ask): one
// real checkbox per item. Ticks live only as long as the window: they are never written to disk,
// and they survive a language switch because they are kept by item id.
class ChecklistBox : public CardFrame {
    Q_OBJECT

public:
    ChecklistBox(ViewContext &context, QWidget *parent = nullptr);

    // Shows these items under a heading.
    void populate(const QString &heading, const QList<Item> &items, bool withSummaries);
    // The line under the heading that says what to do; hidden when empty.
    void setHint(const QString &hint);
    QList<CheckRow *> rows() const { return m_rows; }
    QStringList checkedIds() const;

private:
    ViewContext &m_context;
    QLabel *m_heading = nullptr;
    QLabel *m_hint = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QList<CheckRow *> m_rows;
    QSet<QString> m_checked;
};

} // namespace cg
