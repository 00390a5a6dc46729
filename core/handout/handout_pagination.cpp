// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout/handout_pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <algorithm>
#include <limits>
#include <optional>

namespace cg {

namespace {

// A stretch of the document that no page may end inside: open at both ends, so a cut exactly
// at the top or the bottom is allowed.
struct Span {
    double top = 0;
    double bottom = 0;
};

// One element of the root frame: a paragraph or heading, or a table.
struct Unit {
    double top = 0;
    double bottom = 0;
    double firstLineBottom = 0; // where its first line of text ends
    bool heading = false;
    bool frame = false;
};

// Rich-text lengths (margins, line heights) are pixels at 96 dpi; the layout scales them to
// its paint device.
double deviceScale(const QAbstractTextDocumentLayout &layout) {
    const QPaintDevice *device = layout.paintDevice();
    return device != nullptr ? device->logicalDpiY() / 96.0 : 1.0;
}

// Lines of one block, in document coordinates.
void appendLines(const QAbstractTextDocumentLayout &layout, const QTextBlock &block,
                 QList<Span> &lines) {
    const QTextLayout *textLayout = block.layout();
    // An empty block (the one Qt puts between two tables, an anchor) has nothing to cut.
    if (textLayout == nullptr || block.text().isEmpty()) {
        return;
    }
    const double origin = layout.blockBoundingRect(block).top();
    // A fixed line height (Arabic, see handout_line_spacing.cpp) sets lines closer than the
    // font's own height: the line then ends where the next begins, not where its font says.
    double pitch = -1;
    const QTextBlockFormat format = block.blockFormat();
    if (format.lineHeightType() == QTextBlockFormat::FixedHeight) {
        pitch = format.lineHeight() * deviceScale(layout);
    }
    for (int i = 0; i < textLayout->lineCount(); ++i) {
        const QTextLine line = textLayout->lineAt(i);
        const double height = pitch > 0 ? std::min(line.height(), pitch) : line.height();
        lines.append({origin + line.y(), origin + line.y() + height});
    }
}

std::optional<double> firstLineBottom(const QAbstractTextDocumentLayout &layout,
                                      const QTextBlock &block) {
    const QTextLayout *textLayout = block.layout();
    if (textLayout == nullptr || textLayout->lineCount() == 0) {
        return std::nullopt;
    }
    const QTextLine line = textLayout->lineAt(0);
    return layout.blockBoundingRect(block).top() + line.y() + line.height();
}

struct Extent {
    double top = std::numeric_limits<double>::max();
    double bottom = std::numeric_limits<double>::lowest();
    bool valid() const { return top < bottom; }
    void include(double from, double to) {
        top = std::min(top, from);
        bottom = std::max(bottom, to);
    }
};

// The part of the page a frame draws on: its text blocks and inner frames, widened by its
// borders, spacing and padding at each level. (Its rectangle is no guide: for a table it
// starts at the first cell's text and ends below the table, in the next block.)
Extent drawnExtent(const QAbstractTextDocumentLayout &layout, QTextFrame *frame, double scale) {
    // Qt draws a table's border and then each cell's own border of the same width, with the
    // cell spacing between them, then the cell padding: the text starts that far inside.
    const QTextFrameFormat format = frame->frameFormat();
    double inset = format.border() + format.padding();
    if (auto *table = qobject_cast<QTextTable *>(frame)) {
        const QTextTableFormat tableFormat = table->format();
        inset = 2 * tableFormat.border() + tableFormat.cellSpacing() + tableFormat.cellPadding();
    }
    inset *= scale;
    Extent extent;
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *child = it.currentFrame()) {
            const Extent inner = drawnExtent(layout, child, scale);
            if (inner.valid()) {
                extent.include(inner.top - inset, inner.bottom + inset);
            }
        } else if (!it.currentBlock().text().isEmpty()) {
            // The block's lines, not its rectangle: that also holds its bottom margin and, with
            // a fixed line height, the font's taller line.
            QList<Span> lines;
            appendLines(layout, it.currentBlock(), lines);
            for (const Span &line : std::as_const(lines)) {
                extent.include(line.top - inset, line.bottom + inset);
            }
        }
    }
    return extent;
}

QList<Unit> rootUnits(QTextDocument &document) {
    const QAbstractTextDocumentLayout &layout = *document.documentLayout();
    const double scale = deviceScale(layout);
    QList<Unit> units;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        Unit unit;
        if (QTextFrame *frame = it.currentFrame()) {
            // What the table draws, from its content: its rectangle reaches into its neighbours
            // (margins, a table in a table), and a page cut there would show a sliver of one.
            const Extent extent = drawnExtent(layout, frame, scale);
            if (!extent.valid()) {
                continue;
            }
            unit.top = extent.top;
            unit.bottom = extent.bottom;
            unit.frame = true;
            unit.firstLineBottom = unit.bottom;
            // The first row ends its first line where the earliest of its cells does.
            if (auto *table = qobject_cast<QTextTable *>(frame)) {
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextBlock cellStart =
                        table->cellAt(0, column).firstCursorPosition().block();
                    if (const auto bottom = firstLineBottom(layout, cellStart)) {
                        unit.firstLineBottom = std::min(unit.firstLineBottom, *bottom);
                    }
                }
            }
        } else {
            const QTextBlock block = it.currentBlock();
            const auto bottom = firstLineBottom(layout, block);
            // Empty blocks (anchors, spacing) neither need nor break a keep-with-next chain.
            if (block.text().trimmed().isEmpty() || !bottom) {
                continue;
            }
            const QRectF rect = layout.blockBoundingRect(block);
            unit.top = rect.top();
            unit.bottom = rect.bottom();
            unit.firstLineBottom = *bottom;
            unit.heading = block.blockFormat().headingLevel() > 0;
        }
        units.append(unit);
    }
    // Elements follow one another: one that seems to reach below the start of the next (a
    // block's margin, a line's extra height) ends there.
    for (qsizetype i = 0; i + 1 < units.size(); ++i) {
        units[i].bottom = std::min(units[i].bottom, std::max(units[i].top, units[i + 1].top));
    }
    return units;
}

// Sorted, disjoint stretches that cover every given span; touching spans stay apart, so the
// point where one line ends and the next begins remains a cut. Layout positions are
// fixed-point, and a box's edge may overlap the next block by a hair: spans that overlap by
// less than `tolerance` count as touching.
QList<Span> merged(QList<Span> spans, double tolerance) {
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.top < b.top; });
    QList<Span> result;
    for (const Span &span : spans) {
        if (span.bottom <= span.top) {
            continue;
        }
        if (!result.isEmpty() && span.top < result.last().bottom - tolerance) {
            result.last().bottom = std::max(result.last().bottom, span.bottom);
        } else {
            result.append(span);
        }
    }
    return result;
}

// The lowest point at or above `limit` and above `floor` that no span covers, if any.
std::optional<double> lowestCut(const QList<Span> &spans, double floor, double limit) {
    // The last span starting below the limit is the only one that can cover it.
    auto it = std::upper_bound(spans.cbegin(), spans.cend(), limit,
                               [](double y, const Span &span) { return y <= span.top; });
    double cut = limit;
    if (it != spans.cbegin()) {
        const Span &span = *std::prev(it);
        if (span.top < limit && limit < span.bottom) {
            cut = span.top;
        }
    }
    if (cut <= floor) {
        return std::nullopt;
    }
    return cut;
}

} // namespace

double frameDrawnTop(QTextDocument &document, QTextFrame *frame) {
    const QAbstractTextDocumentLayout &layout = *document.documentLayout();
    const Extent extent = drawnExtent(layout, frame, deviceScale(layout));
    return extent.valid() ? extent.top : layout.frameBoundingRect(frame).top();
}

QList<PageSlice> paginate(QTextDocument &document, double pageHeight, double keepTogetherFraction) {
    const QAbstractTextDocumentLayout &layout = *document.documentLayout();
    const double end = layout.documentSize().height();
    if (pageHeight <= 0 || end <= 0) {
        return {};
    }
    const QList<Unit> units = rootUnits(document);

    QList<Span> lines;
    QList<Span> keep;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QList<Span> blockLines;
        appendLines(layout, block, blockLines);
        // No paragraph leaves a single line at the foot of a page or carries one over to the
        // next: its first two lines stay together, and so do its last two.
        if (blockLines.size() >= 2) {
            keep.append({blockLines.first().top, blockLines.at(1).bottom});
            keep.append({blockLines.at(blockLines.size() - 2).top, blockLines.last().bottom});
        }
        lines += blockLines;
    }
    keep += lines;
    for (qsizetype i = 0; i < units.size(); ++i) {
        const Unit &unit = units.at(i);
        if (unit.frame && unit.bottom - unit.top <= keepTogetherFraction * pageHeight) {
            keep.append({unit.top, unit.bottom});
        }
        // A heading stays with the first line of what it introduces; a run of headings chains.
        if (unit.heading && i + 1 < units.size()) {
            keep.append({unit.top, units.at(i + 1).firstLineBottom});
        }
    }
    const double tolerance = pageHeight * 1e-3;
    const QList<Span> lineSpans = merged(lines, tolerance);
    const QList<Span> keepSpans = merged(keep, tolerance);

    QList<PageSlice> pages;
    double top = 0;
    while (top < end) {
        const double limit = top + pageHeight;
        if (limit >= end) {
            pages.append({top, end});
            break;
        }
        // A box or a heading run taller than the space left cannot be kept whole: then cut
        // between lines, and only a line taller than a page is cut through.
        const double cut = lowestCut(keepSpans, top, limit)
                               .value_or(lowestCut(lineSpans, top, limit).value_or(limit));
        pages.append({top, cut});
        // The next page starts with the next element, not with the gap above it; a cut inside
        // a table (between its rows) starts the page right there.
        top = cut;
        for (const Unit &unit : units) {
            if (unit.top < cut && cut < unit.bottom) {
                break;
            }
            if (unit.top >= cut) {
                top = unit.top;
                break;
            }
        }
    }
    return pages;
}

} // namespace cg
