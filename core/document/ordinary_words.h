// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace cg {

// Words and phrases of everyday language that must never stand for a glossary term: marked,
// they would turn plain words into links to a definition they do not mean ("getting dressed"
// is not a wound dressing, Spanish "piel dura" is not systemic sclerosis, "pus" is a sign, not
// the infection). The content compiler refuses such a synonym or term name, and the glossary
// marking test checks that none is ever marked.

// The function words (the search stop-word list) and everyday phrases of one language, folded
// once; ask contains() for each phrase.
class OrdinaryWords {
public:
    explicit OrdinaryWords(const QString &locale);

    // True if the phrase, folded, is one of them. Abbreviations written in capitals ("ES",
    // "LES", "DM") are matched as written and never count.
    bool contains(const QString &phrase) const;

private:
    QSet<QString> m_folded;
};

} // namespace cg
