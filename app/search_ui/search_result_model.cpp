// SPDX-License-Identifier: GPL-3.0-or-later
#include "search_ui/search_result_model.h"

#include "search/search_index_layout.h"

#include <QTextDocumentFragment>

namespace cg {

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractListModel(parent) {}

void SearchResultModel::setResults(const QList<search::SearchHit> &hits,
                                   const QStringList &highlightTerms) {
    beginResetModel();
    m_hits = hits;
    m_terms = highlightTerms;
    endResetModel();
}

void SearchResultModel::clear() {
    setResults({}, {});
}

const search::SearchHit *SearchResultModel::hit(int row) const {
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString SearchResultModel::sectionLabel(const search::SearchHit &hit) const {
    if (hit.sectionKey == search::kGlossarySection) {
        return tr("Glossary");
    }
    if (hit.sectionKey == search::kRedFlagsSection) {
        return tr("Warning signs");
    }
    return hit.sectionTitle.isEmpty() ? hit.sectionKey : hit.sectionTitle;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const {
    const search::SearchHit *result = index.isValid() ? hit(index.row()) : nullptr;
    if (result == nullptr) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return result->title;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        // What a screen reader says: where, what, and the passage found.
        return tr("%1: %2. %3")
            .arg(sectionLabel(*result), result->title,
                 QTextDocumentFragment::fromHtml(result->snippetHtml).toPlainText());
    case KindRole:
        return search::kindName(result->kind);
    case IdRole:
        return result->id;
    case SectionKeyRole:
        return result->sectionKey;
    case SectionLabelRole:
        return sectionLabel(*result);
    case TitleHtmlRole:
        return result->titleHtml;
    case SnippetHtmlRole:
        return result->snippetHtml;
    case FallbackRole:
        return result->fallback;
    default:
        return {};
    }
}

} // namespace cg
