// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/term_index.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace cg::search {

namespace {

bool startsWith(const QByteArray &text, const QByteArray &prefix) {
    return text.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), text.begin());
}

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

} // namespace

struct TermIndex::Store {
    QString locale;
    quint32 passages = 0;
    QSqlQuery exact;  // one term
    QSqlQuery prefix; // the terms from a text on, in order
    // Every term read so far, by its text; the lists of terms each token asked for.
    std::map<QByteArray, std::unique_ptr<Term>> read;
    // (Nodes of a std::map stay where they are: find() holds several lists at once.)
    std::map<QByteArray, Terms> exactLookups;
    std::map<QByteArray, Terms> prefixLookups;
    QString error;

    // The term of this row (text in column 0, positions in `column`), read once.
    const Term *term(const QByteArray &text, const QSqlQuery &row, int column) {
        std::unique_ptr<Term> &known = read[text];
        if (known == nullptr) {
            auto term = std::make_unique<Term>();
            term->text = text;
            if (!unpackKeys(row.value(column).toByteArray(), passages, term->keys)) {
                term->keys.clear();
                failed(QStringLiteral("the positions of '%1' are damaged")
                           .arg(QString::fromUtf8(text)));
            }
            known = std::move(term);
        }
        return known.get();
    }
    void failed(const QString &why) {
        if (error.isEmpty()) {
            error = QStringLiteral("cannot read the search index of '%1': %2").arg(locale, why);
        }
    }
};

bool TermIndex::load(const QSqlDatabase &db, const QString &locale, QString &error) {
    *this = TermIndex();
    const auto failed = [&](const QString &why) {
        error = QStringLiteral("cannot read the search index of '%1': %2").arg(locale, why);
        *this = TermIndex();
        return false;
    };
    QSqlQuery row = prepared(db, QStringLiteral("SELECT passages, terms, entries, lengths, kinds, "
                                                "results FROM search_passages WHERE locale = ?"));
    row.addBindValue(locale);
    if (!row.exec()) {
        return failed(row.lastError().text());
    }
    if (!row.next()) {
        return failed(row.lastError().isValid() ? row.lastError().text()
                                                : QStringLiteral("no such language"));
    }
    const qint64 count = row.value(0).toLongLong();
    if (count < 0 || count > qint64(1) << 30) {
        return failed(QStringLiteral("a damaged passage count"));
    }
    std::vector<quint64> entries;
    std::vector<quint64> lengths;
    std::vector<quint64> kinds;
    std::vector<quint64> results;
    const size_t passages = size_t(count);
    if (!unpackNumbers(row.value(2).toByteArray(), passages, true, entries) ||
        !unpackNumbers(row.value(3).toByteArray(), passages, false, lengths) ||
        !unpackNumbers(row.value(4).toByteArray(), passages, false, kinds) ||
        !unpackNumbers(row.value(5).toByteArray(), passages, false, results)) {
        return failed(QStringLiteral("damaged passages"));
    }
    m_termCount = qsizetype(row.value(1).toLongLong());
    row.finish();
    // The terms are read one by one as searches ask for them; rows deleted, or moved to
    // another language, would only ever show as "nothing found". Their number is stored.
    QSqlQuery counted =
        prepared(db, QStringLiteral("SELECT COUNT(*) FROM search_terms WHERE locale = ?"));
    counted.addBindValue(locale);
    if (!counted.exec() || !counted.next()) {
        return failed(counted.lastError().text());
    }
    const qint64 stored = counted.value(0).toLongLong();
    counted.finish();
    if (m_termCount < 0 || stored != qint64(m_termCount)) {
        return failed(QStringLiteral("%1 terms stored where there should be %2")
                          .arg(stored)
                          .arg(qint64(m_termCount)));
    }
    m_rowids.reserve(passages);
    m_lengths.reserve(passages);
    m_kinds.reserve(passages);
    m_results.reserve(passages);
    for (size_t i = 0; i < passages; ++i) {
        if (entries[i] == 0 || entries[i] > quint64(std::numeric_limits<qint64>::max()) ||
            (i > 0 && entries[i] == entries[i - 1]) || lengths[i] > 0xFFFFFFFFU ||
            kinds[i] > quint64(PassageKind::RedFlag) || results[i] >= passages) {
            return failed(QStringLiteral("damaged passages"));
        }
        m_rowids.push_back(qint64(entries[i]));
        m_lengths.push_back(quint32(lengths[i]));
        m_kinds.push_back(PassageKind(kinds[i]));
        m_results.push_back(quint32(results[i]));
        m_totalLength += lengths[i];
    }

    m_store = std::make_shared<Store>();
    m_store->locale = locale;
    m_store->passages = quint32(passages);
    m_store->exact = prepared(
        db,
        QStringLiteral("SELECT term, positions FROM search_terms WHERE locale = ? AND term = ?"));
    m_store->prefix =
        prepared(db, QStringLiteral("SELECT term, positions FROM search_terms WHERE locale = ? AND "
                                    "term >= ? ORDER BY term"));
    return true;
}

QString TermIndex::error() const {
    return m_store == nullptr ? QString() : m_store->error;
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
    return !terms(token, prefix).empty();
}

const TermIndex::Terms &TermIndex::terms(const QString &token, bool prefix) const {
    static const Terms none;
    if (m_store == nullptr) {
        return none;
    }
    Store &store = *m_store;
    const QByteArray text = token.toUtf8();
    std::map<QByteArray, Terms> &lookups = prefix ? store.prefixLookups : store.exactLookups;
    if (const auto known = lookups.find(text); known != lookups.end()) {
        return known->second;
    }
    Terms found;
    if (!prefix) {
        if (const auto read = store.read.find(text); read != store.read.end()) {
            found.push_back(read->second.get());
            return lookups.emplace(text, std::move(found)).first->second;
        }
    }
    QSqlQuery &query = prefix ? store.prefix : store.exact;
    query.bindValue(0, store.locale);
    query.bindValue(1, token);
    if (!query.exec()) {
        store.failed(query.lastError().text());
        return none; // not kept: the next search tries again
    }
    while (query.next()) {
        const QByteArray term = query.value(0).toByteArray();
        if (prefix ? !startsWith(term, text) : term != text) {
            break;
        }
        found.push_back(store.term(term, query, 1));
    }
    const bool failed = query.lastError().isValid();
    if (failed) {
        store.failed(query.lastError().text());
    }
    query.finish();
    if (failed || found.empty()) {
        // Not kept: a word the index lacks costs one statement each time, and typing (or
        // a fuzzer) cannot fill memory with them.
        return none;
    }
    return lookups.emplace(text, std::move(found)).first->second;
}

void TermIndex::appendKeys(const Term &term, ColumnSet columns, const std::vector<quint32> *within,
                           std::vector<TokenKey> &out) const {
    const auto first = term.keys.begin();
    const auto last = term.keys.end();
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
    const auto first = term.keys.begin();
    const auto last = term.keys.end();
    const double keys = double(term.keys.size());
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
    std::vector<const Terms *> ranges;
    ranges.reserve(size_t(tokens.size()));
    size_t anchor = 0;
    quint64 fewest = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Terms &range = terms(tokens.at(i), prefix && i == tokens.size() - 1);
        quint64 keys = 0;
        for (const Term *term : range) {
            keys += term->keys.size();
        }
        if (keys == 0) {
            return starts; // a token the index does not have: no match anywhere
        }
        if (i == 0 || keys < fewest) {
            anchor = size_t(i);
            fewest = keys;
        }
        ranges.push_back(&range);
    }
    for (const Term *term : *ranges[anchor]) {
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
    if (ranges[anchor]->size() > 1) {
        std::sort(starts.begin(), starts.end());
    }
    for (size_t i = 0; i < ranges.size() && !starts.empty(); ++i) {
        if (i == anchor) {
            continue;
        }
        std::vector<char> found(starts.size(), 0);
        for (const Term *term : *ranges[i]) {
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
