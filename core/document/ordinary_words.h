// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace cg {

// Words and phrases of everyday language that must never stand for a glossary term: marked,
// they would turn plain words into links to a definition they do not mean ("getting dressed"
// is not a wound dressing, Spanish "piel dura" is not systemic sclerosis, "pus" is a sign, not
// the infection). The content compiler refuses such a synonym or term name, and the glossary
// marking test checks that none is ever marked.

// The everyday phrases of one language (folded as search folds text), without its function
// words, which come from the search stop-word list.
QStringList everydayPhrases(const QString &locale);

// True if the phrase, folded, is a function word or an everyday phrase of the language.
// Abbreviations written in capitals ("ES", "LES", "DM") are matched as written and never count.
bool isOrdinaryPhrase(const QString &locale, const QString &phrase);

} // namespace cg
