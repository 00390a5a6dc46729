// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout/handout_pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <algorithm>
#include <cmath>

namespace cg {

namespace {

// One element of the root frame, with where it sits in document coordinates.
struct Unit {
    QTextBlock block;            // valid for a paragraph or heading
    QTextFrame *frame = nullptr; // set for a table
    bool heading = false;
    double top = 0;          // top of the element
    double firstLineTop = 0; // top of its first line of text (where it really starts)
    double lastLineTop = 0;  // top of its last line of text
    double bottom = 0;
};

// Document position of a block's first and last lines. Lines that did not fit were pushed to
// the next page by the layout, so the lines, not the block's own rectangle, tell the page.
bool lineSpan(const QAbstractTextDocumentLayout &layout, const QTextBlock &block, double &first,
              double &last) {
    const QTextLayout *textLayout = block.layout();
    if (textLayout == nullptr || textLayout->lineCount() == 0) {
        return false;
    }
    // The block's rectangle starts at its layout position; line positions are relative to it.
    const double origin = layout.blockBoundingRect(block).top();
    first = origin + textLayout->lineAt(0).y();
    last = origin + textLayout->lineAt(textLayout->lineCount() - 1).y();
    return true;
}

QList<Unit> collectUnits(QTextDocument &document) {
    const QAbstractTextDocumentLayout &layout = *document.documentLayout();
    QList<Unit> units;
    QTextFrame *root = document.rootFrame();
    for (auto it = root->begin(); !it.atEnd(); ++it) {
        Unit unit;
        if (QTextFrame *frame = it.currentFrame()) {
            const QRectF rect = layout.frameBoundingRect(frame);
            unit.frame = frame;
            unit.top = rect.top();
            unit.bottom = rect.bottom();
            // A table starts where the first line of its earliest cell is: Qt may push one cell
            // of a row to the next page and leave the others.
            unit.firstLineTop = unit.bottom;
            if (auto *table = qobject_cast<QTextTable *>(frame)) {
                for (int column = 0; column < table->columns(); ++column) {
                    double first = 0;
                    double last = 0;
                    const QTextBlock cellStart =
                        table->cellAt(0, column).firstCursorPosition().block();
                    if (lineSpan(layout, cellStart, first, last)) {
                        unit.firstLineTop = std::min(unit.firstLineTop, first);
                    }
                }
            }
            if (unit.firstLineTop >= unit.bottom) {
                unit.firstLineTop = unit.top;
            }
            unit.lastLineTop = unit.bottom;
        } else {
            const QTextBlock block = it.currentBlock();
            // Empty blocks (anchors, spacing) neither need nor break a keep-with-next chain.
            if (block.text().trimmed().isEmpty() ||
                !lineSpan(layout, block, unit.firstLineTop, unit.lastLineTop)) {
                continue;
            }
            unit.block = block;
            unit.heading = block.blockFormat().headingLevel() > 0;
            const QRectF rect = layout.blockBoundingRect(block);
            unit.top = rect.top();
            unit.bottom = rect.bottom();
        }
        units.append(unit);
    }
    return units;
}

void breakBefore(Unit &unit) {
    if (unit.frame != nullptr) {
        QTextFrameFormat format = unit.frame->frameFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        unit.frame->setFrameFormat(format);
        return;
    }
    QTextBlockFormat format = unit.block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(unit.block).setBlockFormat(format);
}

} // namespace

int keepHeadingsWithNext(QTextDocument &document, double keepTogetherFraction) {
    const double pageHeight = document.pageSize().height();
    if (pageHeight <= 0) {
        return 0;
    }
    // Layout positions are fixed-point: a line pushed to the top of a page can sit a hair
    // above the boundary, so round towards the next page by a small tolerance.
    const double tolerance = pageHeight * 1e-4;
    auto pageOf = [pageHeight, tolerance](double y) {
        return static_cast<int>(std::floor((y + tolerance) / pageHeight));
    };
    int breaks = 0;
    int from = 0; // everything before the last break is final
    // Each break only pushes content down, so a bounded number of passes settles it.
    for (int pass = 0; pass < 500; ++pass) {
        QList<Unit> units = collectUnits(document);
        int culprit = -1;
        for (int i = from; i < units.size() && culprit < 0; ++i) {
            const Unit &unit = units.at(i);
            const bool cutBox = unit.frame != nullptr && pageOf(unit.top) != pageOf(unit.bottom) &&
                                unit.bottom - unit.top <= keepTogetherFraction * pageHeight;
            const bool strandedHeading =
                unit.heading && i + 1 < units.size() &&
                pageOf(units.at(i + 1).firstLineTop) > pageOf(unit.lastLineTop);
            // A long heading that wraps (large print, long languages) must not start on one
            // page and end on the next.
            const bool splitHeading =
                unit.heading && pageOf(unit.firstLineTop) != pageOf(unit.lastLineTop);
            if (cutBox || strandedHeading || splitHeading) {
                culprit = i;
            }
        }
        if (culprit < 0) {
            break;
        }
        // Take the headings just above along, so they stay with what they introduce.
        int first = culprit;
        while (first > 0 && units.at(first - 1).heading &&
               pageOf(units.at(first - 1).lastLineTop) == pageOf(units.at(culprit).top)) {
            --first;
        }
        // Already at the top of its page: a break would only leave an empty page.
        const bool atPageTop =
            first == 0 || pageOf(units.at(first - 1).bottom) < pageOf(units.at(first).firstLineTop);
        if (!atPageTop) {
            breakBefore(units[first]);
            ++breaks;
        }
        from = culprit + 1;
    }
    return breaks;
}

} // namespace cg
