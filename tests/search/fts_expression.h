// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/query_plan.h"

#include <QList>
#include <QString>

namespace cg::search {

// FTS5 MATCH expressions built from a query plan, for tests: SQLite's own FTS5 is the oracle the
// engine's in-memory matching and bm25 are checked against (term_index_test.cpp). Every piece of
// user text ends up inside a double-quoted FTS5 string (with any '"' doubled), so no reader
// input can form an operator, a column filter or a syntax error; only AND, OR, parentheses and
// '*' come from here.
enum class Join { All, Any };

// One FTS5 string: `"calcium deposit"*`.
QString ftsString(const QString &text, bool prefix);

// (alternative OR alternative ...) per group, with its column filter ({keywords} : (...)) if it
// is not every column, groups joined by AND or OR. Empty when there is nothing to match.
QString matchExpression(const QList<QueryGroup> &groups, Join join);

} // namespace cg::search
