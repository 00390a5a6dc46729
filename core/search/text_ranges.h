#pragma once

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

// Where FTS5 highlight() marked matches (kMatchOpen ... kMatchClose) in `indexed`, the text
// the index holds for `original` (see indexText()), as ranges of `original`. Empty if
// `highlighted` is not `indexed` with marks (a database built with other Unicode tables): then
// nothing is marked rather than the wrong words.
QList<TextRange> rangesFromHighlight(QStringView highlighted, const FoldedText &indexed,
                                     QStringView original);

// Every place where one of `needles` occurs in `text`, both compared folded: case, accents and
// Arabic variants do not matter. Sorted, overlapping matches merged, at most `limit`.
QList<TextRange> findFolded(QStringView text, const QStringList &needles, qsizetype limit,
                            FoldOptions options = FoldOptions::Characters);

} // namespace cg::search
