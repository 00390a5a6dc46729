// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/query_sanitizer.h"
#include "search/search_index_layout.h"
#include "search/thesaurus.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>

namespace cg::search {

// One way to say what the reader means: a phrase of folded words. With `prefix` the last word
// also matches longer words ("lump" -> "lumps", a word still being typed).
struct Alternative {
    QStringList words;
    bool prefix = false;

    bool operator==(const Alternative &other) const {
        return words == other.words && prefix == other.prefix;
    }
};

// One idea of the query. A passage matches the group when it matches any alternative: the
// words as typed, and for a glossary phrase also the term's name and its other synonyms.
struct QueryGroup {
    QList<Alternative> alternatives;
    QStringList termIds; // glossary terms this group stands for (empty for a plain word)
    // How much the group counts: the reader's own words fully, what search inferred from them
    // (a glossary term) half.
    double weight = 1.0;
    ColumnSet columns = kIndexedColumns; // the index columns it may match in
};

inline constexpr double kInferredWeight = 0.5;

struct QueryPlan {
    QList<QueryGroup> groups;
    // What the page should highlight when a result opens: the words as typed (minus stop
    // words) and the glossary phrases the query was widened with.
    QStringList highlightTerms;

    bool isEmpty() const { return groups.isEmpty(); }
};

inline constexpr qsizetype kMaxAlternativesPerGroup = 24;

// Builds the groups of a query:
//  - Words: glossary phrases are found first (longest first, see Thesaurus::findPhrases) and
//    become one group each; the remaining words become one group each, except stop words.
//    When only stop words are left, they are searched after all ("who", "what is it").
//  - Bigrams (Chinese): a glossary phrase inside the query becomes a group of its term's
//    phrases; every other bigram of the query (a single character: a prefix) is a group of
//    its own, except stop words ("什么", "怎么"). Chinese has no spaces to tell words apart,
//    so each piece counts as an idea and passages sharing more, and rarer, pieces rank first.
// Words of three letters or more match as prefixes, and so does the last word while it is
// being typed (two letters or more).
//
// `expand` decides how far a glossary phrase found in the query is widened. It gets the group
// (the phrase as typed first, then the term's phrases). Without it every phrase is widened
// everywhere. The engine decides from how the content uses the words (see SearchEngine).
enum class Widening {
    None,       // search the typed words only
    Keywords,   // match the term's phrases only in glossary keywords: the topics that rely on
                // the term, and its glossary entry
    Everywhere, // match the term's phrases in titles and text too
};
using ExpansionFilter = std::function<Widening(const QueryGroup &widened)>;

QueryPlan planQuery(const SanitizedQuery &query, const Thesaurus &thesaurus,
                    const QSet<QString> &stopWords, IndexKind kind,
                    const ExpansionFilter &expand = {});

} // namespace cg::search
