// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/search_result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>
#include <utility>
#include <vector>

class QSqlQuery;

namespace cg {
class ContentRepository;
}

namespace cg::search {

struct QueryGroup;
struct SanitizedQuery;
enum class Widening;

// Full-text search over the compiled content, one language at a time.
//
// A query goes through sanitizeQuery() (plain folded words, bounded) and planQuery() into
// groups, one per idea of the query: each typed word (stop words aside), each glossary phrase
// widened to its term, and for Chinese each bigram. Every passage matching a group scores its
// bm25 for that group alone (title above glossary keywords above body), saturated so that one
// idea counts at most once however often a passage repeats it, weighted (inferred ideas count
// half) and summed; the sum is scaled by kind (topics first), and each entry is shown once, by
// its best passage. Snippets are cut from the original text, escaped, with the matches in
// bold. A query word the index does not hold that is a slip away from one glossary word is
// read as that word (see spelling.h). See docs/search.md.
//
// The content compiler stores each language's index as FTS5 tokenized it (TermIndex): the first
// search of a language reads one row of it, and the glossary and section titles through the
// content repository (the language's own text, else English, as the views show it); the
// positions of a term are read when a query first needs it. Matching and ranking then run in
// memory. Uses the connection it is given (ContentDatabase::connection(); read-only is enough)
// on the thread that owns it. Destroy the engine before the connection is closed.
class SearchEngine {
public:
    explicit SearchEngine(const QSqlDatabase &db);
    ~SearchEngine();
    SearchEngine(const SearchEngine &) = delete;
    SearchEngine &operator=(const SearchEngine &) = delete;

    // Whether the database has a search index of the version this engine reads.
    bool isAvailable() const;
    // The content languages that have an index, in the database's order.
    QStringList locales() const;
    bool hasLocale(const QString &locale) const;

    // Never fails on what a reader types: any text gives results or none. A failure (no index
    // for the language, a database error) gives no results and sets lastError().
    SearchResults search(const QString &text, const QString &locale,
                         const SearchOptions &options = {});
    QString lastError() const { return m_lastError; }

private:
    struct LocaleIndex;
    struct Score;

    LocaleIndex *index(const QString &locale);
    void correctSlips(const LocaleIndex &index, SanitizedQuery &query) const;
    qsizetype scoreGroup(LocaleIndex &index, const QueryGroup &group,
                         std::vector<quint32> &touched);
    bool fill(const LocaleIndex &index, const QList<std::pair<quint32, double>> &best,
              const QList<QueryGroup> &groups, const std::vector<qsizetype> &documents,
              const SearchOptions &options, QList<SearchHit> &hits);
    Widening widening(LocaleIndex &index, const QueryGroup &widened);
    bool isRare(LocaleIndex &index, const QueryGroup &group);
    // A prepared statement, kept for the next search with the same text.
    QSqlQuery &statement(const QString &sql);
    bool fail(const QSqlQuery &query);

    QSqlDatabase m_db;
    std::unique_ptr<ContentRepository> m_repository; // over m_db
    QHash<QString, std::shared_ptr<LocaleIndex>> m_indexes;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QString m_lastError;
};

} // namespace cg::search
