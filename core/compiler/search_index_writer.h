// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content_set.h"

#include <QSqlDatabase>
#include <QString>

namespace cg::compiler {

// Builds the full-text search tables (see core/search/search_index_layout.h) for every locale
// inside the open transaction: one entry per topic, item, glossary term and warning sign, in
// the locale's text or, where it has none yet, in English, exactly as the views show it.
// Throws std::runtime_error on failure.
void writeSearchIndex(QSqlDatabase &db, const ContentSet &content);

// Reads what the FTS5 table of `locale` stored (through fts5vocab) and writes the language's
// rows of search_terms and search_passages from it, so that the engine gets FTS5's tokens
// without reading FTS5 (see core/search/search_index_layout.h). The tables must exist.
// Throws std::runtime_error on failure.
void writeStoredIndex(QSqlDatabase &db, const QString &locale);

} // namespace cg::compiler
