// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cg {

// Plain-language measures for English text, as the content guide defines them:
//   Flesch-Kincaid grade = 0.39 * words/sentences + 11.8 * syllables/words - 15.59
//   Flesch reading ease  = 206.835 - 1.015 * words/sentences - 84.6 * syllables/words
//
// Counting rules (documented in docs/readability.md):
// - A word is a run of letters, possibly joined by an apostrophe or hyphen ("don't", "X-ray"
//   is one word). Tokens without letters (numbers such as "13%") are not words.
// - Syllables: groups of consecutive vowels (a e i o u y) in the word; a final silent "e" is
//   not counted (but "-le" after a consonant is, as in "table"); every word has at least one.
// - Sentences end at ".", "!" or "?" followed by a space or the end of a line; a line that has
//   words but no closing mark (a heading or a list item) is a sentence of its own.
struct ReadabilityScore {
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    double gradeLevel = 0.0;  // Flesch-Kincaid grade
    double readingEase = 0.0; // Flesch reading ease
};

int countSyllables(const QString &word);
ReadabilityScore measureReadability(const QString &plainText);

} // namespace cg
