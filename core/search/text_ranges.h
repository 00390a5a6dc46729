// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/index_tokens.h"
#include "search/text_folding.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace cg::search {

// A stretch of original (unfolded) text: [start, end) in UTF-16 units.
struct TextRange {
    qsizetype start = 0;
    qsizetype end = 0;

    bool operator==(const TextRange &other) const {
        return start == other.start && end == other.end;
    }
};

// The stretch of `original` that the folded characters [start, end) came from. It never splits
// a character and takes in what folding dropped next to the match (accents, tatweel, an Arabic
// article), so the mark covers the whole word as the reader sees it. `folded` may be any text
// derived from `original` with origins (folded, or rewritten into bigrams).
TextRange originalRange(const FoldedText &folded, QStringView original, qsizetype start,
                        qsizetype end);

// A match as the search index reports it: `count` tokens from token number `first` of a text.
struct TokenRun {
    qsizetype first = 0;
    qsizetype count = 1;
};

// The stretches of `original` that token runs of `indexed` came from, sorted, overlapping ones
// merged. `indexed` is the text the index holds for `original` (see indexText()); its tokens are
// counted as the index counts them (see index_tokens.h). Runs past its last token are ignored.
QList<TextRange> rangesFromTokens(const QList<TokenRun> &runs, const FoldedText &indexed,
                                  QStringView original);
// The same with the tokens of `indexed` (indexTokenSpans()) already cut.
QList<TextRange> rangesFromTokens(const QList<TokenRun> &runs, const FoldedText &indexed,
                                  const QList<TokenSpan> &tokens, QStringView original);

// Every place where one of `needles` occurs in `text`, both compared folded: case, accents and
// Arabic variants do not matter. Sorted, overlapping matches merged, at most `limit`.
QList<TextRange> findFolded(QStringView text, const QStringList &needles, qsizetype limit,
                            FoldOptions options = FoldOptions::Characters);

} // namespace cg::search
