// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/query_plan.h"

#include "search/cjk_bigrams.h"

#include <algorithm>

namespace cg::search {

namespace {

bool usesPrefix(const QString &word, bool open) {
    return word.size() >= 3 || (open && word.size() >= 2);
}

bool isLatinWord(const QString &word) {
    return std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x250; });
}

// Light suffix stripping for Latin-script words, so the prefix match finds the other forms:
// a plural "s" or "es" ("boules" -> "boule"*, "articulaciones" -> "articulacion"*), then a
// final "e" ("squeeze" -> "squeez"* finds "squeezing"). Only while four letters remain.
QString queryStem(QString word) {
    constexpr qsizetype kMinimum = 4;
    if (!isLatinWord(word)) {
        return word;
    }
    if (word.endsWith(QStringLiteral("es")) && word.size() - 2 >= kMinimum) {
        word.chop(2);
    } else if (word.endsWith(QLatin1Char('s')) && word.size() - 1 >= kMinimum) {
        word.chop(1);
    }
    if (word.endsWith(QLatin1Char('e')) && word.size() - 1 >= kMinimum) {
        word.chop(1);
    }
    return word;
}

// A typed word on its own: stemmed, as a prefix when long enough or still typed.
Alternative wordAlternative(const QString &word, bool open) {
    const QString stem = queryStem(word);
    return {{stem}, stem != word || usesPrefix(word, open)};
}

void addAlternative(QueryGroup &group, const Alternative &alternative) {
    if (!alternative.words.isEmpty() && !group.alternatives.contains(alternative) &&
        group.alternatives.size() < kMaxAlternativesPerGroup) {
        group.alternatives.append(alternative);
    }
}

void addHighlight(QStringList &terms, const QString &term) {
    if (!term.isEmpty() && !terms.contains(term, Qt::CaseInsensitive)) {
        terms.append(term);
    }
}

// A lay name of a term that is everywhere in the content (the guide's own subject) asks what
// that term is only when it is the whole question ("chalky bumps"); inside a longer question
// ("can warfarin treat calcification") it is just the subject, and widening it is noise.
Widening alone(Widening widening, bool wholeQuestion) {
    return widening == Widening::Keywords && !wholeQuestion ? Widening::None : widening;
}

QueryGroup restricted(QueryGroup group, Widening widening) {
    if (widening == Widening::Keywords) {
        group.columns = columnBit(KeywordsColumn);
    }
    return group;
}

// The glossary group for a set of terms, starting with the words as typed.
QueryGroup glossaryGroup(const Alternative &typed, const QStringList &termIds,
                         const Thesaurus &thesaurus, QStringList &highlights) {
    QueryGroup group;
    group.termIds = termIds;
    group.weight = kInferredWeight;
    addAlternative(group, typed);
    const QList<Thesaurus::Phrase> phrases = thesaurus.phrasesOf(termIds);
    for (const Thesaurus::Phrase &phrase : phrases) {
        addAlternative(group, {phrase.words, usesPrefix(phrase.words.constLast(), false)});
        addHighlight(highlights, phrase.display);
    }
    return group;
}

QueryPlan planWords(const SanitizedQuery &query, const Thesaurus &thesaurus,
                    const QSet<QString> &stopWords, const ExpansionFilter &expand) {
    const QStringList words = query.folded();
    const qsizetype lastIndex = words.size() - 1;

    // Every typed word is an idea of its own, stop words aside.
    const auto typedWords = [&](bool keepStopWords) {
        QueryPlan plan;
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (!keepStopWords && stopWords.contains(words.at(i))) {
                continue;
            }
            QueryGroup group;
            group.alternatives.append(
                wordAlternative(words.at(i), query.lastWordOpen && i == lastIndex));
            plan.groups.append(group);
            // The stem finds the singular in the page too.
            const QString stem = group.alternatives.constFirst().words.constFirst();
            addHighlight(plan.highlightTerms,
                         stem == words.at(i) ? query.words.at(i).original : stem);
        }
        return plan;
    };
    QueryPlan plan = typedWords(false);

    // A glossary phrase adds one more idea: its term, said in any of the glossary's words. The
    // typed words keep their own groups, so a passage that uses only some of them ("metastatic"
    // for "metastatic calcinosis") still counts.
    const QList<Thesaurus::Match> found = thesaurus.findPhrases(words, query.lastWordOpen);
    QStringList expansions;
    for (const Thesaurus::Match &match : found) {
        const QStringList typed = words.mid(match.first, match.count);
        const bool open = query.lastWordOpen && match.first + match.count - 1 == lastIndex;
        QStringList displays;
        const QueryGroup group = glossaryGroup({typed, usesPrefix(typed.constLast(), open)},
                                               match.termIds, thesaurus, displays);
        bool whole = true;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const bool inside = i >= match.first && i < match.first + match.count;
            whole = whole && (inside || stopWords.contains(words.at(i)));
        }
        const Widening widening = alone(expand ? expand(group) : Widening::Everywhere, whole);
        if (widening != Widening::None) {
            plan.groups.append(restricted(group, widening));
            for (const QString &display : std::as_const(displays)) {
                addHighlight(expansions, display);
            }
        }
    }
    if (plan.isEmpty()) {
        plan = typedWords(true); // nothing but stop words: search them after all
    }
    // The typed words come first: they are what the reader recognises in the page.
    for (const QString &term : std::as_const(expansions)) {
        addHighlight(plan.highlightTerms, term);
    }
    return plan;
}

bool isSingleCjk(const QString &token) {
    const QList<uint> units = token.toUcs4();
    return units.size() == 1 && isCjk(units.constFirst());
}

bool hasCjk(const QString &token) {
    const QList<uint> units = token.toUcs4();
    return std::any_of(units.begin(), units.end(), [](uint c) { return isCjk(c); });
}

// A single token: one Chinese character is a prefix (it starts the bigrams it is part of), a
// bigram is whole, other words follow the usual rule.
Alternative tokenAlternative(const QString &token, bool open) {
    if (hasCjk(token)) {
        return {{token}, isSingleCjk(token)};
    }
    return {{token}, usesPrefix(token, open)};
}

// The bigrams of a word cut into runs at its single-character stop words.
QStringList splitAtStopCharacters(const QString &word, const QSet<QString> &stopWords) {
    QStringList tokens;
    QString run;
    const auto flush = [&] {
        if (!run.isEmpty()) {
            tokens += bigramTokens(run);
            run.clear();
        }
    };
    const QList<uint> units = word.toUcs4();
    for (const uint unit : units) {
        const QString character = QString::fromUcs4(reinterpret_cast<const char32_t *>(&unit), 1);
        if (isCjk(unit) && stopWords.contains(character)) {
            flush();
        } else {
            run += character;
        }
    }
    flush();
    return tokens;
}

QStringList bigramPhrase(const QStringList &words) {
    QStringList tokens;
    for (const QString &word : words) {
        tokens += bigramTokens(word);
    }
    return tokens;
}

Alternative bigramAlternative(const QStringList &tokens) {
    return tokens.size() == 1 ? tokenAlternative(tokens.constFirst(), false)
                              : Alternative{tokens, false};
}

QueryPlan planBigrams(const SanitizedQuery &query, const Thesaurus &thesaurus,
                      const QSet<QString> &stopWords, const ExpansionFilter &expand) {
    const QStringList words = query.folded();
    const auto build = [&](bool keepStopWords) {
        QueryPlan plan;
        for (const QueryWord &word : query.words) {
            addHighlight(plan.highlightTerms, word.original);
        }
        // A glossary phrase inside the query adds its term, at half weight; its pieces still
        // count as the reader's own words, as typed words do in a word index ("华法林能治钙化吗"
        // must rank the warfarin pages above the many that say 钙化).
        QStringList termIds;
        QList<QueryGroup> widened;
        const QList<Thesaurus::Phrase> found = thesaurus.findInText(words.join(QLatin1Char(' ')));
        for (const Thesaurus::Phrase &phrase : found) {
            if (termIds.contains(phrase.termId)) {
                continue;
            }
            const QStringList tokens = bigramPhrase(phrase.words);
            QueryGroup group;
            group.termIds = {phrase.termId};
            group.weight = kInferredWeight;
            addAlternative(group, bigramAlternative(tokens));
            const QList<Thesaurus::Phrase> phrases = thesaurus.phrasesOf(group.termIds);
            for (const Thesaurus::Phrase &other : phrases) {
                addAlternative(group, bigramAlternative(bigramPhrase(other.words)));
            }
            bool whole = true;
            for (const QString &word : words) {
                const QStringList pieces = bigramTokens(word);
                for (const QString &piece : pieces) {
                    whole = whole && (tokens.contains(piece) || stopWords.contains(piece));
                }
            }
            const Widening widening = alone(expand ? expand(group) : Widening::Everywhere, whole);
            if (widening != Widening::None) {
                termIds.append(phrase.termId);
                widened.append(restricted(group, widening));
                for (const Thesaurus::Phrase &other : phrases) {
                    addHighlight(plan.highlightTerms, other.display);
                }
            }
        }
        // Every piece is one idea of its own: the more of them a passage has, and the
        // rarer they are, the better it answers. A function character (的, 要, 哪) ends a
        // piece, as a space would: "要查哪些血" asks about 查 and 血, and the pieces across
        // it ("查哪", "些血") occur nowhere.
        QSet<QString> seen;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const bool open = query.lastWordOpen && i == words.size() - 1;
            const QStringList tokens = keepStopWords
                                           ? bigramTokens(words.at(i))
                                           : splitAtStopCharacters(words.at(i), stopWords);
            for (const QString &token : tokens) {
                if (seen.contains(token) || (!keepStopWords && stopWords.contains(token))) {
                    continue;
                }
                seen.insert(token);
                QueryGroup group;
                group.alternatives.append(tokenAlternative(token, open));
                plan.groups.append(group);
            }
        }
        plan.groups += widened;
        return plan;
    };
    QueryPlan plan = build(false);
    return plan.isEmpty() ? build(true) : plan;
}

} // namespace

QueryPlan planQuery(const SanitizedQuery &query, const Thesaurus &thesaurus,
                    const QSet<QString> &stopWords, IndexKind kind, const ExpansionFilter &expand) {
    if (query.isEmpty()) {
        return {};
    }
    return kind == IndexKind::Bigrams ? planBigrams(query, thesaurus, stopWords, expand)
                                      : planWords(query, thesaurus, stopWords, expand);
}

} // namespace cg::search
