// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/packed_index.h"
#include "search/search_index_layout.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace cg::search {

// One language's search index as the content compiler stored it from FTS5 (search_passages
// and search_terms, see search_index_layout.h): every token of every passage, by term.
//
// load() reads the language's one row of search_passages (passages, lengths, kinds, results);
// a term's positions are read from search_terms the first time a query asks for it, through
// two prepared statements, and kept. It answers the questions ranking asks without FTS5: where
// a phrase occurs, how long a passage is. SQLite 3.40's FTS5 walks and scores every match of
// every query term (a common word on large content is tens of thousands of rows, a millisecond
// or more each time, and bm25 ten times that); here a match list is a sorted array and a
// phrase is a merge of arrays. See docs/search.md.
//
// Copies share the terms read so far. Use on the thread that owns the connection.
class TermIndex {
public:
    // Reads the index of `locale`. On failure returns false and says why in `error`; the index
    // is then empty.
    bool load(const QSqlDatabase &db, const QString &locale, QString &error);

    // Every row of the FTS5 table counts, also one without any token (FTS5 counts it too).
    quint32 passageCount() const { return quint32(m_rowids.size()); }
    qint64 rowid(quint32 passage) const { return m_rowids.at(passage); }
    std::optional<quint32> passage(qint64 rowid) const;
    // Tokens in all columns of a passage, and on average (bm25's length normalisation).
    quint32 passageLength(quint32 passage) const { return m_lengths.at(passage); }
    double averageLength() const;
    PassageKind passageKind(quint32 passage) const { return m_kinds.at(passage); }
    // The result a passage belongs to: the passages of one topic share it.
    quint32 passageResult(quint32 passage) const { return m_results.at(passage); }
    qsizetype termCount() const { return m_termCount; }
    // Whether some term is `token` (with `prefix`, starts with it).
    bool hasTerm(const QString &token, bool prefix) const;

    // Where the phrase `tokens` starts (its tokens one after another in one column), in the
    // columns of `columns`. With `prefix` the last token matches every term it starts, as FTS5's
    // "..."* does. With `within` (sorted passage numbers) only those passages are looked at.
    // Keys come in no particular order.
    std::vector<TokenKey> find(const QStringList &tokens, bool prefix, ColumnSet columns,
                               const std::vector<quint32> *within = nullptr) const;

    // Why a term could not be read (a row cut off or changed under the program); empty while
    // every read succeeded. A term that cannot be read matches nothing.
    QString error() const;

private:
    struct Term {
        QByteArray text; // UTF-8, as FTS5 and SQLite order terms
        std::vector<TokenKey> keys;
    };
    using Terms = std::vector<const Term *>;
    struct Store;

    const Terms &terms(const QString &token, bool prefix) const;
    void appendKeys(const Term &term, ColumnSet columns, const std::vector<quint32> *within,
                    std::vector<TokenKey> &out) const;
    void markFollowers(const Term &term, quint32 distance, const std::vector<TokenKey> &starts,
                       std::vector<char> &found) const;

    std::shared_ptr<Store> m_store; // the statements and the terms read so far
    std::vector<qint64> m_rowids;   // sorted
    std::vector<quint32> m_lengths;
    std::vector<PassageKind> m_kinds;
    std::vector<quint32> m_results;
    quint64 m_totalLength = 0;
    qsizetype m_termCount = 0;
};

} // namespace cg::search
