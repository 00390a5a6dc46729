// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/query_plan.h"
#include "search/term_index.h"

#include <QStringList>
#include <utility>
#include <vector>

namespace cg::search {

// The tokens of an alternative as the index stores them: how FTS5 would cut the quoted phrase.
QStringList phraseTokens(const Alternative &alternative);

// Column weights of the ranking: a word in the title says most about what a passage is about,
// a glossary keyword (a lay word of a term the topic relies on) less, the body least.
inline constexpr double kTitleWeight = 10.0;
inline constexpr double kKeywordsWeight = 4.0;
inline constexpr double kBodyWeight = 1.0;

// Scores one query group on every passage it matches, with bm25 exactly as FTS5's bm25()
// computes it for the group's MATCH expression ("a"* OR "b c", in the group's columns) with the
// weights above: per phrase, idf = ln((N - n + 0.5) / (n + 0.5)) (at least 1e-6) over the n
// passages the phrase matches, times f (k1 + 1) / (f + k1 (1 - b + b D / avgD)), where f is
// the phrase's column-weighted count in the passage and D its length; k1 = 1.2, b = 0.75.
// tests/search/term_index_test.cpp checks it against SQLite on the real content.
class GroupScorer {
public:
    explicit GroupScorer(const TermIndex &terms);

    struct Match {
        quint32 passage = 0;
        double bm25 = 0; // positive, higher is better
    };
    // Every passage matching the group, once, in no particular order.
    std::vector<Match> score(const QueryGroup &group);

    // How many passages match any alternative of the group in `columns` (of its own).
    qsizetype count(const QueryGroup &group, ColumnSet columns);

private:
    const TermIndex &m_terms;
    // Per passage, zero between calls: only what a call touches is cleared again.
    std::vector<double> m_frequency;
    std::vector<double> m_bm25;
};

} // namespace cg::search
