// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/text_ranges.h"

#include "search/index_tokens.h"

#include <algorithm>

namespace cg::search {

namespace {

// Index just past the original character that starts at `index`.
qsizetype characterEnd(QStringView original, qsizetype index) {
    if (index + 1 < original.size() && original.at(index).isHighSurrogate() &&
        original.at(index + 1).isLowSurrogate()) {
        return index + 2;
    }
    return index + 1;
}

QList<TextRange> merged(QList<TextRange> ranges) {
    std::sort(ranges.begin(), ranges.end(),
              [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    QList<TextRange> result;
    for (const TextRange &range : std::as_const(ranges)) {
        if (!result.isEmpty() && range.start <= result.constLast().end) {
            result.last().end = std::max(result.constLast().end, range.end);
        } else {
            result.append(range);
        }
    }
    return result;
}

} // namespace

TextRange originalRange(const FoldedText &folded, QStringView original, qsizetype start,
                        qsizetype end) {
    const QList<qsizetype> &origins = folded.origins;
    TextRange range;
    if (start <= 0) {
        range.start = 0;
    } else if (origins.at(start - 1) == origins.at(start)) {
        range.start = origins.at(start); // inside one original character: cannot split it
    } else {
        range.start = characterEnd(original, origins.at(start - 1));
    }
    if (end >= origins.size()) {
        range.end = original.size();
    } else if (origins.at(end) == origins.at(end - 1)) {
        range.end = characterEnd(original, origins.at(end - 1));
    } else {
        range.end = origins.at(end);
    }
    // Bigram text repeats characters, so origins are not always increasing: never start after
    // the first character of the match or end before its last.
    range.start = std::min(range.start, origins.at(start));
    range.end = std::max(range.end, characterEnd(original, origins.at(end - 1)));
    // Leading and trailing white space is never part of a mark.
    while (range.start < range.end && original.at(range.start).isSpace()) {
        ++range.start;
    }
    while (range.end > range.start && original.at(range.end - 1).isSpace()) {
        --range.end;
    }
    return range;
}

QList<TextRange> rangesFromTokens(const QList<TokenRun> &runs, const FoldedText &indexed,
                                  QStringView original) {
    if (runs.isEmpty()) {
        return {};
    }
    return rangesFromTokens(runs, indexed, indexTokenSpans(indexed.text), original);
}

QList<TextRange> rangesFromTokens(const QList<TokenRun> &runs, const FoldedText &indexed,
                                  const QList<TokenSpan> &tokens, QStringView original) {
    QList<TextRange> ranges;
    for (const TokenRun &run : runs) {
        const qsizetype last = run.first + run.count - 1;
        if (run.first < 0 || run.count <= 0 || last >= tokens.size()) {
            continue;
        }
        const TextRange range =
            originalRange(indexed, original, tokens.at(run.first).start, tokens.at(last).end);
        if (range.end > range.start) {
            ranges.append(range);
        }
    }
    return merged(ranges);
}

QList<TextRange> findFolded(QStringView text, const QStringList &needles, qsizetype limit,
                            FoldOptions options) {
    QList<TextRange> ranges;
    if (limit <= 0) {
        return ranges;
    }
    const FoldedText folded = foldTextWithOrigins(text, options);
    for (const QString &needle : needles) {
        const QString key = foldText(needle, options).trimmed();
        if (key.isEmpty()) {
            continue;
        }
        qsizetype from = 0;
        while (ranges.size() < limit) {
            const qsizetype at = folded.text.indexOf(key, from);
            if (at < 0) {
                break;
            }
            const TextRange range = originalRange(folded, text, at, at + key.size());
            if (range.end > range.start) {
                ranges.append(range);
            }
            from = at + key.size();
        }
    }
    return merged(ranges);
}

} // namespace cg::search
