// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace cg::search {

// Turns anything a reader can type into plain words. FTS5 query syntax (quotes, AND, OR, NOT,
// NEAR, parentheses, '-', '*', ':', '^', '+') is never passed through: a word is a run of
// letters, digits and spacing marks of the folded text, everything else separates words, and
// the expression builder quotes every word. Input is bounded so a pasted novel costs no more
// than a sentence.
struct QueryWord {
    QString folded;   // what is matched against the index
    QString original; // as the reader typed it, for highlighting in the page
};

struct SanitizedQuery {
    QList<QueryWord> words;
    // The text ends inside the last word: the reader is probably still typing it, so it is
    // matched as a prefix even when short.
    bool lastWordOpen = false;

    bool isEmpty() const { return words.isEmpty(); }
    QStringList folded() const;
};

inline constexpr qsizetype kMaxQueryLength = 500; // UTF-16 units read from the input
inline constexpr qsizetype kMaxWords = 16;
inline constexpr qsizetype kMaxWordLength = 48; // longer words are cut (and match as prefixes)

SanitizedQuery sanitizeQuery(QStringView text);

// Folds and splits text into words exactly as queries are: for glossary phrases and stop words.
QStringList foldedWords(QStringView text);

} // namespace cg::search
