// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/spelling.h"

#include <algorithm>
#include <vector>

namespace cg::search {

int editDistance(QStringView a, QStringView b, int limit) {
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(int(n - m)) > limit) {
        return limit + 1;
    }
    // Three rows of the optimal-string-alignment table: the one before last for swaps.
    std::vector<int> before(size_t(m + 1)), previous(size_t(m + 1)), current(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j) {
        previous[size_t(j)] = int(j);
    }
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1,
                                  previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                value = std::min(value, before[size_t(j - 2)] + 1);
            }
            current[size_t(j)] = value;
            rowBest = std::min(rowBest, value);
        }
        if (rowBest > limit) {
            return limit + 1; // every path is already too long
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[size_t(m)], limit + 1);
}

int allowedSlips(qsizetype length) {
    if (length < 5) {
        return 0;
    }
    return length < 8 ? 1 : 2;
}

QString closestWord(const QString &word, const QSet<QString> &vocabulary) {
    const int allowed = allowedSlips(word.size());
    if (allowed == 0 || vocabulary.contains(word)) {
        return {};
    }
    QString best;
    int bestDistance = allowed + 1;
    bool tie = false;
    for (const QString &candidate : vocabulary) {
        if (candidate.isEmpty() || candidate.at(0) != word.at(0) ||
            allowedSlips(candidate.size()) == 0) {
            continue;
        }
        const int distance = editDistance(word, candidate, allowed);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
            tie = false;
        } else if (distance == bestDistance && distance <= allowed && candidate != best) {
            tie = true;
        }
    }
    return tie || bestDistance > allowed ? QString() : best;
}

} // namespace cg::search
