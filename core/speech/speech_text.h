// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "speech/abbreviations.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace cg {

// Turns text as shown into text to say, in one content language: sentences one by one,
// abbreviations said in full, numbers with signs said in words, and no symbol read out.
class SpeechText {
public:
    // shortForms: every short form the glossary names (glossaryShortForms), expanded or not; a
    // bracket holding only one of them, perhaps after a word such as "called" or "简称", is not
    // said ("dermatomyositis (DM)" is "dermatomyositis", once).
    SpeechText(QString locale, QList<Abbreviation> abbreviations, QStringList shortForms = {});

    const QString &locale() const { return m_locale; }

    // The sentences of a text in reading order, as shown (for finding them on the page). A line
    // break ends a sentence, so headings and list lines stand alone; list markers are dropped.
    // Sentence ends follow Unicode (UAX #29): "." "?" "!" and "。" "？" "؟" "۔" among them. A
    // number with a stop ("1." of a numbered heading) goes with the sentence after it.
    QStringList sentences(const QString &text) const;

    // What to say for a shown sentence: abbreviations expanded, "25–40%" as
    // "25 to 40 percent" in the content language, symbols dropped, spaces tidied. In Chinese,
    // codes in capitals and digits ("DNA", "NXP2") are spelt letter by letter ("D N A"), since
    // a Mandarin voice reads Latin letters as pinyin. Empty when nothing is left to say.
    QString spoken(const QString &shown) const;

    // True when a character would be read out as a symbol ("☑", "•", "·", arrows, "%", "*").
    static bool isSymbol(char32_t codePoint);
    static bool containsSymbol(const QString &text);

private:
    QString dropShortFormBrackets(const QString &text) const;
    QString expandAbbreviations(QString text) const;
    static QString spellCodes(const QString &text);
    QString sayNumbers(QString text) const;
    static QString dropSymbols(const QString &text);

    struct Expansion {
        QString shortForm;
        QString longForm;
        QRegularExpression written; // "long (SHORT)" or "SHORT (long)"
        QRegularExpression bare;    // SHORT standing alone
    };

    QString m_locale;
    QList<Expansion> m_expansions;
    QStringList m_shortForms; // expanded or not
};

} // namespace cg
