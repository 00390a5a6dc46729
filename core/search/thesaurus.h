// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cg::search {

// The glossary of one language as search sees it: every term's name and synonyms (the lay
// words patients use: "chalky bumps", "blood thinner"), folded into words. A query that
// contains one of these phrases is widened to the term and all its other phrases, so "hard
// spots under the skin" also looks for "calcinosis cutis" and "calcium deposits".
class Thesaurus {
public:
    // Adds a glossary term with its phrases (name and synonyms) in one language. Phrases fold
    // exactly like queries; empty ones are ignored.
    void addTerm(const QString &termId, const QStringList &phrases);

    bool isEmpty() const { return m_byTerm.isEmpty(); }
    // Every folded word of every phrase: what spelling correction may turn a slip into.
    const QSet<QString> &words() const { return m_words; }

    struct Match {
        qsizetype first = 0; // index of the first query word of the phrase
        qsizetype count = 0; // number of query words it covers
        QStringList termIds; // one phrase can belong to several terms ("tight skin")
    };

    // The glossary phrases found in the folded query words: longest first, never overlapping,
    // returned in query order. Words match exactly or as a plural (a trailing "s" or "es");
    // with `lastOpen` the last query word may also be the start of a phrase's last word
    // (three letters or more), so results update while the reader types.
    QList<Match> findPhrases(const QStringList &words, bool lastOpen) const;

    struct Phrase {
        QString termId;
        QStringList words; // folded
        QString display;   // as the glossary writes it
    };

    // For languages written without spaces: the phrases (of two characters or more) that occur
    // anywhere in the folded text, in glossary order.
    QList<Phrase> findInText(const QString &foldedText) const;

    // Every phrase of the given terms, without duplicate words, names first.
    QList<Phrase> phrasesOf(const QStringList &termIds) const;

private:
    bool matchesAt(const Phrase &phrase, const QStringList &words, qsizetype start,
                   bool lastOpen) const;

    QList<Phrase> m_phrases;
    QHash<QString, QList<qsizetype>> m_byFirstWord; // first word -> indexes into m_phrases
    QHash<QString, QList<qsizetype>> m_byTerm;      // term id -> indexes into m_phrases
    qsizetype m_longest = 0;
    QSet<QString> m_words;
};

// Whether a query word stands for a phrase word: the same, or its plural by a trailing "s" or
// "es" (true of English, Spanish and French and of many German loan words).
bool wordMatches(const QString &queryWord, const QString &phraseWord);

} // namespace cg::search
