// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/thesaurus.h"

#include "search/query_sanitizer.h"

#include <QSet>
#include <algorithm>

namespace cg::search {

namespace {

constexpr qsizetype kMinimumPrefix = 3;

// The keys under which a query word can find phrases by their first word.
QStringList lookupKeys(const QString &word) {
    QStringList keys{word};
    if (word.size() > 3 && word.endsWith(QLatin1Char('s'))) {
        keys.append(word.chopped(1));
        if (word.endsWith(QStringLiteral("es"))) {
            keys.append(word.chopped(2));
        }
    }
    return keys;
}

} // namespace

bool wordMatches(const QString &queryWord, const QString &phraseWord) {
    if (queryWord == phraseWord) {
        return true;
    }
    if (!queryWord.startsWith(phraseWord) || phraseWord.size() < 3) {
        return false;
    }
    const QStringView rest = QStringView(queryWord).mid(phraseWord.size());
    return rest == QStringLiteral("s") || rest == QStringLiteral("es");
}

void Thesaurus::addTerm(const QString &termId, const QStringList &phrases) {
    QList<qsizetype> &known = m_byTerm[termId];
    for (const QString &phrase : phrases) {
        const QStringList words = foldedWords(phrase);
        const bool duplicate = std::any_of(known.begin(), known.end(), [&](qsizetype index) {
            return m_phrases.at(index).words == words;
        });
        if (words.isEmpty() || duplicate) {
            continue;
        }
        known.append(m_phrases.size());
        m_byFirstWord[words.constFirst()].append(m_phrases.size());
        m_phrases.append({termId, words, phrase.simplified()});
        for (const QString &word : words) {
            m_words.insert(word);
        }
        m_longest = std::max(m_longest, words.size());
    }
    if (known.isEmpty()) {
        m_byTerm.remove(termId);
    }
}

bool Thesaurus::matchesAt(const Phrase &phrase, const QStringList &words, qsizetype start,
                          bool lastOpen) const {
    if (start + phrase.words.size() > words.size()) {
        return false;
    }
    for (qsizetype i = 0; i < phrase.words.size(); ++i) {
        const QString &word = words.at(start + i);
        const QString &wanted = phrase.words.at(i);
        if (wordMatches(word, wanted)) {
            continue;
        }
        const bool typing = lastOpen && start + i == words.size() - 1 &&
                            i == phrase.words.size() - 1 && word.size() >= kMinimumPrefix;
        if (!(typing && wanted.startsWith(word))) {
            return false;
        }
    }
    return true;
}

QList<Thesaurus::Match> Thesaurus::findPhrases(const QStringList &words, bool lastOpen) const {
    QList<Match> matches;
    if (m_phrases.isEmpty() || words.isEmpty()) {
        return matches;
    }
    QList<bool> used(words.size(), false);
    for (qsizetype length = std::min(m_longest, words.size()); length >= 1; --length) {
        for (qsizetype start = 0; start + length <= words.size(); ++start) {
            if (std::any_of(used.begin() + start, used.begin() + start + length,
                            [](bool taken) { return taken; })) {
                continue;
            }
            QList<qsizetype> candidates;
            for (const QString &key : lookupKeys(words.at(start))) {
                candidates.append(m_byFirstWord.value(key));
            }
            // A single word still being typed may be the start of any one-word phrase.
            if (length == 1 && lastOpen && start == words.size() - 1 &&
                words.at(start).size() >= kMinimumPrefix) {
                for (auto it = m_byFirstWord.constBegin(); it != m_byFirstWord.constEnd(); ++it) {
                    if (it.key() != words.at(start) && it.key().startsWith(words.at(start))) {
                        candidates.append(it.value());
                    }
                }
            }
            Match match{start, length, {}};
            for (const qsizetype index : std::as_const(candidates)) {
                const Phrase &phrase = m_phrases.at(index);
                if (phrase.words.size() == length && matchesAt(phrase, words, start, lastOpen) &&
                    !match.termIds.contains(phrase.termId)) {
                    match.termIds.append(phrase.termId);
                }
            }
            if (!match.termIds.isEmpty()) {
                std::sort(match.termIds.begin(), match.termIds.end());
                std::fill(used.begin() + start, used.begin() + start + length, true);
                matches.append(match);
            }
        }
    }
    std::sort(matches.begin(), matches.end(),
              [](const Match &a, const Match &b) { return a.first < b.first; });
    return matches;
}

QList<Thesaurus::Phrase> Thesaurus::findInText(const QString &foldedText) const {
    QList<Phrase> found;
    for (const Phrase &phrase : m_phrases) {
        const QString joined = phrase.words.join(QLatin1Char(' '));
        if (joined.size() >= 2 && foldedText.contains(joined)) {
            found.append(phrase);
        }
    }
    return found;
}

QList<Thesaurus::Phrase> Thesaurus::phrasesOf(const QStringList &termIds) const {
    QList<Phrase> phrases;
    for (const QString &termId : termIds) {
        const QList<qsizetype> own = m_byTerm.value(termId);
        for (const qsizetype index : own) {
            const Phrase &phrase = m_phrases.at(index);
            const bool known = std::any_of(phrases.begin(), phrases.end(), [&](const Phrase &p) {
                return p.words == phrase.words;
            });
            if (!known) {
                phrases.append(phrase);
            }
        }
    }
    return phrases;
}

} // namespace cg::search
