// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/model.h"
#include "views/section_view.h"

class QComboBox;
class QLabel;

namespace cg {

// Causes and risk factors: cards grouped by category, narrowed to one underlying condition if
// the reader wants, then the topics.
class CausesView final : public SectionView {
    Q_OBJECT

public:
    explicit CausesView(ViewContext &context, QWidget *parent = nullptr);

    bool showTarget(const QString &id) override;

    QComboBox *conditionFilter() const { return m_condition; }
    // Ids of the cards shown under the current filter.
    QStringList shownItemIds() const { return m_shownIds; }

protected:
    void populate() override;
    void retranslate() override;

private:
    void fillConditions();
    void renderGroups();
    void updateCount();

    RichBlock *m_header = nullptr;
    QLabel *m_filterLabel = nullptr;
    QComboBox *m_condition = nullptr;
    QLabel *m_count = nullptr;
    RichBlock *m_groups = nullptr;
    RichBlock *m_topics = nullptr;
    QList<Item> m_items;
    QStringList m_shownIds;
};

} // namespace cg
