// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/group_scorer.h"

#include "search/index_tokens.h"

#include <algorithm>
#include <cmath>

namespace cg::search {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr double kIdfFloor = 1e-6; // FTS5's weight for a word in more than half the passages

double columnWeight(SearchColumn column) {
    switch (column) {
    case TitleColumn:
        return kTitleWeight;
    case KeywordsColumn:
        return kKeywordsWeight;
    default:
        return kBodyWeight;
    }
}

} // namespace

QStringList phraseTokens(const Alternative &alternative) {
    return indexTokens(alternative.words.join(QLatin1Char(' ')));
}

GroupScorer::GroupScorer(const TermIndex &terms)
    : m_terms(terms), m_frequency(terms.passageCount(), 0.0), m_bm25(terms.passageCount(), 0.0) {}

std::vector<GroupScorer::Match> GroupScorer::score(const QueryGroup &group) {
    const double rows = double(m_terms.passageCount());
    const double averageLength = std::max(m_terms.averageLength(), 1.0);
    std::vector<Match> matches;
    std::vector<quint32> inPhrase;
    for (const Alternative &alternative : group.alternatives) {
        const std::vector<TokenKey> keys =
            m_terms.find(phraseTokens(alternative), alternative.prefix, group.columns);
        inPhrase.clear();
        for (const TokenKey key : keys) {
            double &frequency = m_frequency[keyPassage(key)];
            if (frequency == 0) {
                inPhrase.push_back(keyPassage(key));
            }
            frequency += columnWeight(keyColumn(key));
        }
        const double hits = double(inPhrase.size());
        const double idf = std::max(std::log((rows - hits + 0.5) / (hits + 0.5)), kIdfFloor);
        for (const quint32 passage : inPhrase) {
            double &frequency = m_frequency[passage];
            const double length = double(m_terms.passageLength(passage));
            const double norm = kK1 * (1 - kB + kB * length / averageLength);
            double &bm25 = m_bm25[passage];
            if (bm25 == 0) {
                matches.push_back({passage, 0});
            }
            bm25 += idf * frequency * (kK1 + 1.0) / (frequency + norm);
            frequency = 0;
        }
    }
    for (Match &match : matches) {
        match.bm25 = m_bm25[match.passage];
        m_bm25[match.passage] = 0;
    }
    return matches;
}

qsizetype GroupScorer::count(const QueryGroup &group, ColumnSet columns) {
    std::vector<quint32> matching;
    for (const Alternative &alternative : group.alternatives) {
        const std::vector<TokenKey> keys =
            m_terms.find(phraseTokens(alternative), alternative.prefix, group.columns & columns);
        for (const TokenKey key : keys) {
            double &seen = m_frequency[keyPassage(key)];
            if (seen == 0) {
                seen = 1;
                matching.push_back(keyPassage(key));
            }
        }
    }
    for (const quint32 passage : matching) {
        m_frequency[passage] = 0;
    }
    return qsizetype(matching.size());
}

} // namespace cg::search
