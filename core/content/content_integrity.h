// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace cg {

// What makes a content database ours and whole, beyond SQLite's own checks. The content compiler
// writes these marks; ContentDatabase::open() checks them, in the window as on the command line.

// PRAGMA application_id of every content database ("CGdb"): a file without it is not ours.
inline constexpr qint32 kContentApplicationId = 0x43476462;

// The meta row that holds the content digest, "blake2b-256:<64 hex digits>".
inline const QString kContentDigestKey = QStringLiteral("content_digest");

// Compares the database's schema (sqlite_master) with what the compiler creates: the tables and
// indexes of schema.sql with exactly their SQL, and the search tables (search_entries,
// search_terms, search_passages, one FTS5 table per language with FTS5's own tables behind it).
// Anything else (a view, a trigger, a table or index of another name or shape) or anything missing
// is a problem: a crafted view (a recursive one never finishes) is refused before any query could
// touch it. Reads only sqlite_master. Returns the first problem in words ("unexpected view
// 'topics'"), or nothing.
std::optional<QString> schemaProblem(const QSqlDatabase &db);

// The digest of the content stored in the database at `path`: every table of schema.sql and
// search_entries (the titles and text search results show), by name, each row in primary-key
// order, each value with its type and length, the digest row itself left out. Not the FTS5
// index tables (search_en_data, ...) nor the index the compiler stores from them
// (search_terms, search_passages), which are derived from search_entries and hold no text
// that is shown (the search engine checks every stored row it reads); leaving the FTS5 tables
// out halves the cost (about 5.5 ms of CPU instead of 10 for the 3.4 MB database), the stored
// index another 6 ms, and quick_check still reads their pages. BLAKE2b-256, which hashes five
// times faster than SHA-256 here (4.5 against 25 ms for 3.4 MB). Computed by the compiler once
// the rows are written and by the application at every open, on a connection of its own
// (immutable, read-only). Empty with `error` set when a table cannot be read.
QString contentDigest(const QString &path, QString *error = nullptr);

} // namespace cg
