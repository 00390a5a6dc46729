// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/term_index.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cmath>

namespace cg::search {

namespace {

std::optional<SearchColumn> columnNamed(const QString &name) {
    if (name == QLatin1String("title")) {
        return TitleColumn;
    }
    if (name == QLatin1String("keywords")) {
        return KeywordsColumn;
    }
    if (name == QLatin1String("body")) {
        return BodyColumn;
    }
    return std::nullopt;
}

bool startsWith(const QByteArray &text, const QByteArray &prefix) {
    return text.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), text.begin());
}

} // namespace

bool TermIndex::load(const QSqlDatabase &db, const QString &table, QString &error) {
    *this = TermIndex();
    const auto failed = [&](const QSqlQuery &query) {
        error = QStringLiteral("cannot read the search index %1: %2")
                    .arg(table, query.lastError().text());
        *this = TermIndex();
        return false;
    };
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT rowid FROM %1 ORDER BY rowid").arg(table))) {
        return failed(rows);
    }
    while (rows.next()) {
        m_rowids.push_back(rows.value(0).toLongLong());
    }
    m_lengths.assign(m_rowids.size(), 0);

    // fts5vocab lists every token FTS5 stored, by term, then row, column and offset. It lives
    // in the connection's temporary schema, so a read-only database is enough.
    const QString vocabulary = QStringLiteral("temp.%1_instances").arg(table);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS %1 USING "
                                   "fts5vocab(main, %2, instance)")
                        .arg(vocabulary, table))) {
        return failed(query);
    }
    QSqlQuery instances(db);
    instances.setForwardOnly(true);
    if (!instances.exec(QStringLiteral("SELECT term, doc, col, offset FROM %1").arg(vocabulary))) {
        return failed(instances);
    }
    QString term;
    QString columnName;
    SearchColumn column = TitleColumn;
    bool columnKnown = false;
    quint32 passage = 0;
    qint64 lastRowid = -1;
    bool rowKnown = false;
    while (instances.next()) {
        const QString text = instances.value(0).toString();
        if (m_terms.empty() || text != term) {
            if (!m_terms.empty()) {
                m_terms.back().end = quint32(m_keys.size());
            }
            term = text;
            m_terms.push_back({term.toUtf8(), quint32(m_keys.size()), 0});
        }
        const qint64 rowid = instances.value(1).toLongLong();
        if (rowid != lastRowid) {
            const std::optional<quint32> found = this->passage(rowid);
            rowKnown = found.has_value();
            passage = found.value_or(0);
            lastRowid = rowid;
        }
        const QString name = instances.value(2).toString();
        if (name != columnName) {
            columnName = name;
            const std::optional<SearchColumn> named = columnNamed(name);
            columnKnown = named.has_value();
            column = named.value_or(TitleColumn);
        }
        if (!rowKnown || !columnKnown) {
            continue; // a row or column that cannot be: skip rather than misplace
        }
        m_keys.push_back(tokenKey(passage, unsigned(column), instances.value(3).toUInt()));
        ++m_lengths[passage];
        ++m_totalLength;
    }
    if (instances.lastError().isValid()) {
        return failed(instances);
    }
    if (!m_terms.empty()) {
        m_terms.back().end = quint32(m_keys.size());
    }
    instances.finish();
    query.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(vocabulary));

    // FTS5 gives both orders already; sorting is a guarantee, not work.
    const auto byText = [](const Term &a, const Term &b) { return a.text < b.text; };
    if (!std::is_sorted(m_terms.begin(), m_terms.end(), byText)) {
        std::sort(m_terms.begin(), m_terms.end(), byText);
    }
    for (const Term &entry : m_terms) {
        const auto first = m_keys.begin() + qsizetype(entry.begin);
        const auto last = m_keys.begin() + qsizetype(entry.end);
        if (!std::is_sorted(first, last)) {
            std::sort(first, last);
        }
    }
    return true;
}

std::optional<quint32> TermIndex::passage(qint64 rowid) const {
    const auto found = std::lower_bound(m_rowids.begin(), m_rowids.end(), rowid);
    if (found == m_rowids.end() || *found != rowid) {
        return std::nullopt;
    }
    return quint32(found - m_rowids.begin());
}

double TermIndex::averageLength() const {
    return m_rowids.empty() ? 0.0 : double(m_totalLength) / double(m_rowids.size());
}

bool TermIndex::hasTerm(const QString &token, bool prefix) const {
    const TermRange range = terms(token, prefix);
    return range.first != range.second;
}

TermIndex::TermRange TermIndex::terms(const QString &token, bool prefix) const {
    const QByteArray text = token.toUtf8();
    const auto first =
        std::lower_bound(m_terms.begin(), m_terms.end(), text,
                         [](const Term &a, const QByteArray &b) { return a.text < b; });
    auto last = first;
    if (prefix) {
        while (last != m_terms.end() && startsWith(last->text, text)) {
            ++last;
        }
    } else if (last != m_terms.end() && last->text == text) {
        ++last;
    }
    return {first, last};
}

void TermIndex::appendKeys(const Term &term, ColumnSet columns, const std::vector<quint32> *within,
                           std::vector<TokenKey> &out) const {
    const auto first = m_keys.begin() + qsizetype(term.begin);
    const auto last = m_keys.begin() + qsizetype(term.end);
    const auto append = [&](std::vector<TokenKey>::const_iterator from,
                            std::vector<TokenKey>::const_iterator to) {
        for (auto key = from; key != to; ++key) {
            if ((columns & columnBit(keyColumn(*key))) != 0) {
                out.push_back(*key);
            }
        }
    };
    if (within == nullptr) {
        append(first, last);
        return;
    }
    for (const quint32 passage : *within) {
        const auto from = std::lower_bound(first, last, tokenKey(passage, 0, 0));
        const auto to = std::lower_bound(from, last, tokenKey(passage + 1, 0, 0));
        append(from, to);
    }
}

// Marks the starts that `term` follows at `distance` tokens. Whichever side is much shorter
// is looked up in the other; lists of similar length are merged.
void TermIndex::markFollowers(const Term &term, quint32 distance,
                              const std::vector<TokenKey> &starts, std::vector<char> &found) const {
    const auto first = m_keys.begin() + qsizetype(term.begin);
    const auto last = m_keys.begin() + qsizetype(term.end);
    const double keys = double(term.end - term.begin);
    const double count = double(starts.size());
    if (count * std::log2(keys + 2) < keys) {
        for (size_t i = 0; i < starts.size(); ++i) {
            if (std::binary_search(first, last, starts[i] + distance)) {
                found[i] = 1;
            }
        }
    } else if (keys * std::log2(count + 2) < count) {
        for (auto key = first; key != last; ++key) {
            if (keyOffset(*key) < distance) {
                continue;
            }
            const auto at = std::lower_bound(starts.begin(), starts.end(), *key - distance);
            if (at != starts.end() && *at == *key - distance) {
                found[size_t(at - starts.begin())] = 1;
            }
        }
    } else {
        auto key = first;
        for (size_t i = 0; i < starts.size() && key != last; ++i) {
            const TokenKey wanted = starts[i] + distance;
            while (key != last && *key < wanted) {
                ++key;
            }
            if (key != last && *key == wanted) {
                found[i] = 1;
            }
        }
    }
}

std::vector<TokenKey> TermIndex::find(const QStringList &tokens, bool prefix, ColumnSet columns,
                                      const std::vector<quint32> *within) const {
    std::vector<TokenKey> starts;
    if (tokens.isEmpty()) {
        return starts;
    }
    // The phrase is looked for from its rarest token: the fewest places to check the others at.
    std::vector<TermRange> ranges;
    ranges.reserve(size_t(tokens.size()));
    size_t anchor = 0;
    quint64 fewest = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const TermRange range = terms(tokens.at(i), prefix && i == tokens.size() - 1);
        quint64 keys = 0;
        for (auto term = range.first; term != range.second; ++term) {
            keys += term->end - term->begin;
        }
        if (keys == 0) {
            return starts; // a token the index does not have: no match anywhere
        }
        if (i == 0 || keys < fewest) {
            anchor = size_t(i);
            fewest = keys;
        }
        ranges.push_back(range);
    }
    for (auto term = ranges[anchor].first; term != ranges[anchor].second; ++term) {
        appendKeys(*term, columns, within, starts);
    }
    if (ranges.size() == 1) {
        return starts;
    }
    // Where the phrase would start, for each place of its rarest token.
    size_t kept = 0;
    for (const TokenKey key : starts) {
        if (keyOffset(key) >= anchor) {
            starts[kept++] = key - anchor;
        }
    }
    starts.resize(kept);
    if (ranges[anchor].second - ranges[anchor].first > 1) {
        std::sort(starts.begin(), starts.end());
    }
    for (size_t i = 0; i < ranges.size() && !starts.empty(); ++i) {
        if (i == anchor) {
            continue;
        }
        std::vector<char> found(starts.size(), 0);
        for (auto term = ranges[i].first; term != ranges[i].second; ++term) {
            markFollowers(*term, quint32(i), starts, found);
        }
        kept = 0;
        for (size_t k = 0; k < starts.size(); ++k) {
            if (found[k] != 0) {
                starts[kept++] = starts[k];
            }
        }
        starts.resize(kept);
    }
    return starts;
}

} // namespace cg::search
