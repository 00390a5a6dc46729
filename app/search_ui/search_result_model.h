// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/search_result.h"

#include <QAbstractListModel>
#include <QHash>

namespace cg {

// The results shown under the search field: one row per hit, best first. Section labels are
// resolved when the model is filled (the engine's localised section titles; "Glossary" and
// "Warning signs" from the UI translation), so a language switch refills the model.
class SearchResultModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // "topic", "item", "term", "red-flag"
        IdRole,
        SectionKeyRole,
        SectionLabelRole,
        TitleHtmlRole,   // escaped, matches in <b>
        SnippetHtmlRole, // escaped, matches in <b>
        FallbackRole,    // shown in English: not translated yet
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setResults(const QList<search::SearchHit> &hits, const QStringList &highlightTerms);
    void clear();
    const search::SearchHit *hit(int row) const;
    QStringList highlightTerms() const { return m_terms; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString sectionLabel(const search::SearchHit &hit) const;

    QList<search::SearchHit> m_hits;
    QStringList m_terms;
};

} // namespace cg
