// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/model.h"
#include "views/section_view.h"

class QComboBox;
class QLabel;

namespace cg {

// Treatment: "your care team decides with you" first, then the treatments grouped as the
// content groups them, each with its evidence badge and plain note, narrowed by kind and by
// lump size if the reader wants; then the topics.
class TreatmentView final : public SectionView {
    Q_OBJECT

public:
    explicit TreatmentView(ViewContext &context, QWidget *parent = nullptr);

    bool showTarget(const QString &id) override;

    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *sizeFilter() const { return m_size; }
    QStringList shownItemIds() const { return m_shownIds; }
    // The HTML of the treatment cards, for tests.
    QString treatmentsHtml() const;

protected:
    void populate() override;
    void retranslate() override;

private:
    void fillKinds();
    void fillSizes();
    void renderTreatments();
    void updateCount();
    bool passesFilters(const Item &item) const;
    QString cardFor(const Item &item) const;

    RichBlock *m_header = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QComboBox *m_size = nullptr;
    QLabel *m_count = nullptr;
    RichBlock *m_treatments = nullptr;
    RichBlock *m_topics = nullptr;
    QList<Item> m_items;
    QStringList m_shownIds;
    qsizetype m_total = 0;
};

} // namespace cg
