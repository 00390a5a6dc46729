// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/model.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace cg {

// Marks glossary words in an HTML fragment as links (<a class="term" href="glossary:<id>">), so a
// reader can hover for the definition or click through to the entry. Pure text work with no
// widgets: the window uses it on screen, tests drive it directly.
//
// Rules: term names and synonyms match case-insensitively, the longest phrase first, except
// abbreviations (see isAbbreviation), which match only as written: Spanish "ES" (esclerosis
// sistémica) never marks the verb "es", French "LES" never the article "les". In
// languages that separate words with spaces only whole words match, in Chinese any position
// does. Text inside tags, existing links, headings, table headers, <script>/<style> and <title>
// is left alone.
class GlossaryMarker {
public:
    enum class Scope {
        FirstOccurrence, // each term once per fragment: enough to find it, calm to read
        EveryOccurrence,
    };

    GlossaryMarker() = default;
    GlossaryMarker(const QList<GlossaryTerm> &terms, const QString &locale);

    // Adds one phrase (a term name or a synonym) that stands for termId.
    void addPhrase(const QString &termId, const QString &phrase);
    void setWordBoundaries(bool required) { m_wordBoundaries = required; }
    bool requiresWordBoundaries() const { return m_wordBoundaries; }
    bool isEmpty() const { return m_phraseCount == 0; }

    // Returns html with glossary phrases marked. Terms in `skip` are never marked (an entry
    // need not link to itself).
    QString mark(const QString &html, Scope scope = Scope::FirstOccurrence,
                 const QSet<QString> &skip = {}) const;

    // Languages written without spaces between words.
    static bool localeHasWordBoundaries(const QString &locale);

    // A phrase with two or more capital letters and no spaces ("DM", "SSc", "IgIV", "CO2"):
    // an abbreviation, matched case-sensitively.
    static bool isAbbreviation(const QString &phrase);

private:
    struct Phrase {
        QString termId;
        QString folded; // case-folded, one UTF-16 unit per source unit
        QString exact;  // abbreviations: the phrase as written, which the text must match
    };

    // Text between tags: decoded characters, each with the raw offset it came from.
    struct DecodedText {
        QString text;
        QString folded;
        QList<qsizetype> rawStart; // size text.size() + 1; the last entry is the raw end
    };

    QString markText(const QString &raw, QSet<QString> &marked, Scope scope,
                     const QSet<QString> &skip) const;
    // The longest phrase that matches at `position`, or nullptr.
    const Phrase *matchAt(const DecodedText &decoded, qsizetype position) const;
    bool startsWord(const QString &text, qsizetype position) const;

    static DecodedText decode(const QString &raw);

    // Phrases by their first folded character, each list longest first.
    QHash<QChar, QList<Phrase>> m_byFirstChar;
    int m_phraseCount = 0;
    bool m_wordBoundaries = true;
};

// Simple case folding of every UTF-16 unit on its own: the result has the same length, so
// positions in it are positions in the original.
QString foldCasePreservingLength(const QString &text);

} // namespace cg
