// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/model.h"
#include "views/section_view.h"

class QLabel;
class QLineEdit;
class QListWidget;

namespace cg {

// Words to know: every glossary term in the alphabetical order of the reading language, a
// filter that also matches synonyms, and the chosen entry with its definition, other names,
// related words (links) and sources.
class GlossaryView final : public SectionView {
    Q_OBJECT

public:
    explicit GlossaryView(ViewContext &context, QWidget *parent = nullptr);

    QString title() const override;
    bool showTarget(const QString &id) override;
    QString currentTarget() const override;

    QLineEdit *filter() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    // Term ids in the order the list shows them (after filtering).
    QStringList shownTermIds() const;

protected:
    void populate() override;
    void retranslate() override;

private:
    void fillList();
    void showEntry(const QString &id);
    QString entryHtml(const GlossaryTerm &term) const;

    QLabel *m_filterLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    RichBlock *m_entry = nullptr;
    QList<GlossaryTerm> m_terms; // sorted
    QString m_current;
};

} // namespace cg
