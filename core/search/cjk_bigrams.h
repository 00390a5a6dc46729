// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/text_folding.h"

#include <QString>
#include <QStringList>

namespace cg::search {

// Chinese is written without spaces between words, so a word index cannot find words in it.
// Instead every run of Chinese characters is indexed as its overlapping two-character pieces
// (bigrams) plus its last character: "补钙剂" -> "补钙 钙剂 剂". Most Chinese words are one or
// two characters long, so:
//   - a two-character query is one token ("补钙");
//   - a longer one is a phrase of its pieces ("钙质沉着" -> "钙质 质沉 沉着"), which matches
//     exactly where the text contains it;
//   - a single character is a prefix query ("钙"*): every occurrence starts some token;
//   - a question shares pieces with the passages that answer it, and bm25 weighs rare pieces
//     ("华法") above common ones ("什么").
// Text in other scripts (Latin words inside Chinese) is left as it is.

// Han ideographs, and Japanese kana (never in our content, but harmless): written without
// spaces. Hangul is written with spaces and is not included.
bool isCjk(char32_t c);

// The text a bigram index stores for folded text, with origins carried over (a character that
// appears in two pieces has the same origin twice).
FoldedText toBigramText(const FoldedText &folded);

// The pieces of one folded query word, in order: its Chinese runs as bigrams (a run of one
// character as itself) and its other runs whole. "ct检查" -> ["ct", "检查"].
QStringList bigramTokens(const QString &word);

} // namespace cg::search
