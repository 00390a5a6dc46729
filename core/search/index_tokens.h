// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace cg::search {

// How the search index cuts its text into tokens, the way SQLite's unicode61 tokenizer (the one
// the FTS5 tables are created with) does it: a token is a run of letters (L*), numbers (N*) and
// private-use characters (Co); everything else separates tokens. The indexed text is folded
// first (see text_folding.h), so case and accents are already gone and splitting is all that is
// left. The engine uses this to cut query words into the tokens FTS5 stored, and to find where
// the Nth token of a passage is when it marks a match. The test `IndexTokens.AgreeWithFts5`
// checks every passage of the real index against FTS5's own token list.
struct TokenSpan {
    qsizetype start = 0; // UTF-16 units
    qsizetype end = 0;
};

QList<TokenSpan> indexTokenSpans(QStringView text);
QStringList indexTokens(QStringView text);

} // namespace cg::search
