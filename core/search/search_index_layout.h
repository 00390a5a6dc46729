// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/text_folding.h"

#include <QString>
#include <optional>

// The search tables inside the content database. The content compiler creates them (see
// core/compiler/search_index_writer.cpp) and the search engine reads them; both take names and
// definitions from here. They are not in schema.sql: the application never needs them to read
// content, only to search it, and a database without them simply has no search (the engine
// checks the meta row below).
//
//   search_entries    one row per indexed passage and language: what the application needs
//                     to open it (kind, id, section) and the original title and text shown in
//                     results. A topic has one passage per "##" part of its body (the first
//                     with the summary), so a long topic competes part by part with short
//                     items and its snippet shows the part that matched; results show each
//                     topic once;
//   search_<locale>   one FTS5 table per language, rowid = search_entries.entry, holding the
//                     folded title, glossary keywords and body, plus kind and id (unindexed);
//                     the compiler tokenizes with it, and derives the two tables below from it;
//   search_terms      one row per language and term (as FTS5 stores it): where it occurs,
//                     packed (see packed_index.h). The engine reads only the terms a query
//                     needs, when it first needs them;
//   search_passages   one row per language: for every passage of its FTS5 table, in rowid
//                     order, the entry, the number of tokens, the kind and the result it
//                     belongs to (a topic's passages are one result), packed; and how many
//                     terms the language has. The first search of a language reads this row.
namespace cg::search {

// 2: search_terms and search_passages (the engine no longer reads the FTS5 tables).
inline constexpr int kSearchIndexVersion = 2;
inline const QString kSearchIndexMetaKey = QStringLiteral("search_index_version");

// Section keys reported for glossary terms and warning signs, which belong to no section.
inline const QString kGlossarySection = QStringLiteral("glossary");
inline const QString kRedFlagsSection = QStringLiteral("red-flags");

// FTS5 column order; bm25() weights follow it.
enum SearchColumn {
    TitleColumn = 0,
    KeywordsColumn = 1,
    BodyColumn = 2,
    KindColumn = 3,
    IdColumn = 4
};

// A set of indexed columns, one bit per SearchColumn: where a query group may match.
using ColumnSet = unsigned;
constexpr ColumnSet columnBit(SearchColumn column) {
    return 1U << unsigned(column);
}
inline constexpr ColumnSet kIndexedColumns =
    columnBit(TitleColumn) | columnBit(KeywordsColumn) | columnBit(BodyColumn);
inline constexpr ColumnSet kShownColumns = columnBit(TitleColumn) | columnBit(BodyColumn);

// How an index splits text into tokens: into words (unicode61), or, for Chinese, which is
// written without spaces, into overlapping two-character pieces (see cjk_bigrams.h).
enum class IndexKind { Words, Bigrams };

// "search_en", "search_zh_hant"; empty when the code is not a plain language tag (letters,
// digits and '-'), which can then have no index.
QString searchTableName(const QString &locale);

// Chinese gets a bigram index; every other language a word index.
IndexKind indexKindFor(const QString &locale);

// What an index stores for a text (title, keywords or body): the folded text, for Chinese
// rewritten into bigrams, with the origin of every character in `text`. The compiler writes
// it; the engine recomputes it to map matched tokens back onto the original.
FoldedText indexText(QStringView text, IndexKind kind);

// Kinds of passage as search_passages numbers them.
enum class PassageKind : quint8 { Topic = 0, Item = 1, Term = 2, RedFlag = 3 };
// "topic", "item", "term", "red-flag" as search_entries and the FTS5 tables write them.
std::optional<PassageKind> passageKindNamed(const QString &name);

QString createEntriesTableSql();
QString createSearchTableSql(const QString &locale); // empty when searchTableName() is
QString createTermsTableSql();
QString createPassagesTableSql();

} // namespace cg::search
