// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/search_index_layout.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace cg::search {

// Where one token stands: passage (numbered densely from 0 in rowid order), column and token
// offset, packed so that keys sort in index order and the token after `key` is `key + 1`.
using TokenKey = quint64;

constexpr TokenKey tokenKey(quint32 passage, unsigned column, quint32 offset) {
    return (TokenKey(passage) << 34) | (TokenKey(column & 3U) << 32) | offset;
}
constexpr quint32 keyPassage(TokenKey key) {
    return quint32(key >> 34);
}
constexpr SearchColumn keyColumn(TokenKey key) {
    return SearchColumn((key >> 32) & 3U);
}
constexpr quint32 keyOffset(TokenKey key) {
    return quint32(key & 0xFFFFFFFFU);
}

// One language's FTS5 index, read into memory once: every token of every passage, by term.
//
// FTS5 tokenizes and stores the text (the content compiler writes it); this class reads what
// FTS5 stored through the fts5vocab "instance" table and answers the questions ranking asks
// without going back to SQLite: where a phrase occurs, how long a passage is. SQLite 3.40's
// FTS5 walks and scores every match of every query term (a common word on large content is tens
// of thousands of rows, a millisecond or more each time, and bm25 ten times that); here a match
// list is a sorted array and a phrase is a merge of arrays. See docs/search.md.
class TermIndex {
public:
    // Reads the index of the FTS5 table `table` (a search_<locale> table). On failure returns
    // false and says why in `error`; the index is then empty.
    bool load(const QSqlDatabase &db, const QString &table, QString &error);

    // Every row of the table counts, also one without any token (FTS5 counts it too).
    quint32 passageCount() const { return quint32(m_rowids.size()); }
    qint64 rowid(quint32 passage) const { return m_rowids.at(passage); }
    std::optional<quint32> passage(qint64 rowid) const;
    // Tokens in all columns of a passage, and on average (bm25's length normalisation).
    quint32 passageLength(quint32 passage) const { return m_lengths.at(passage); }
    double averageLength() const;
    qsizetype termCount() const { return qsizetype(m_terms.size()); }
    // Whether some term is `token` (with `prefix`, starts with it).
    bool hasTerm(const QString &token, bool prefix) const;

    // Where the phrase `tokens` starts (its tokens one after another in one column), in the
    // columns of `columns`. With `prefix` the last token matches every term it starts, as FTS5's
    // "..."* does. With `within` (sorted passage numbers) only those passages are looked at.
    // Keys come in no particular order.
    std::vector<TokenKey> find(const QStringList &tokens, bool prefix, ColumnSet columns,
                               const std::vector<quint32> *within = nullptr) const;

private:
    struct Term {
        QByteArray text;   // UTF-8, as FTS5 orders terms
        quint32 begin = 0; // its keys in m_keys, sorted
        quint32 end = 0;
    };
    using TermRange =
        std::pair<std::vector<Term>::const_iterator, std::vector<Term>::const_iterator>;

    TermRange terms(const QString &token, bool prefix) const;
    void appendKeys(const Term &term, ColumnSet columns, const std::vector<quint32> *within,
                    std::vector<TokenKey> &out) const;
    void markFollowers(const Term &term, quint32 distance, const std::vector<TokenKey> &starts,
                       std::vector<char> &found) const;

    std::vector<Term> m_terms; // sorted by text
    std::vector<TokenKey> m_keys;
    std::vector<qint64> m_rowids; // sorted
    std::vector<quint32> m_lengths;
    quint64 m_totalLength = 0;
};

} // namespace cg::search
