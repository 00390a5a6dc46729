// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace cg::search {

// Folding makes text comparable the way a reader expects search to behave: letter case,
// accents, Arabic diacritics, tatweel and letter variants do not matter. The content compiler
// folds the indexed text and the search engine folds every query with this same code, so index
// and query always agree; SQLite's tokenizers only split the folded text into words.
//
// Per character:
//   1. compatibility decomposition (NFKD): "é" -> "e" + accent, "ﬁ" -> "fi", Arabic
//      presentation forms -> plain letters, "أ" -> "ا" + hamza above;
//   2. drop non-spacing and enclosing marks (Latin accents, Arabic harakat, hamza and madda
//      above or below alef), format characters (ZWJ, ZWNJ, direction marks, soft hyphen) and
//      tatweel U+0640;
//   3. Arabic letter variants: every alef form -> ا, alef maqsura ى -> ي, teh marbuta ة -> ه,
//      Persian yeh and kaf -> Arabic yeh and kaf;
//   4. simple case folding.
// Hangul syllables are kept whole (decomposing them would split words into jamo).
//
// With FoldOptions::ArabicArticles (used for the index and queries, not for find in page), a
// leading definite article (ال، وال، بال، فال، لل) is removed from a word of Arabic letters when
// at least three letters remain, so "الكالسيوم" and "كالسيوم" are the same word (light
// stemming, prefixes only).
enum class FoldOptions { Characters, ArabicArticles };

// The folded text and, for every UTF-16 unit of it, the index of the unit of the original text
// it came from. Snippets and find in page use the origins to mark matches in the original.
struct FoldedText {
    QString text;
    QList<qsizetype> origins;
};

QString foldText(QStringView text, FoldOptions options = FoldOptions::ArabicArticles);
FoldedText foldTextWithOrigins(QStringView text, FoldOptions options = FoldOptions::ArabicArticles);

} // namespace cg::search
