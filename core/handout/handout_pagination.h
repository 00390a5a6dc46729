// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QTextDocument;
class QTextFrame;

namespace cg {

// The part of a continuously laid-out document that one page shows, in document coordinates.
struct PageSlice {
    double top = 0;
    double bottom = 0;
};

// Splits a document laid out as one long page (QTextDocument::setTextWidth, no page height)
// into pages of at most `pageHeight`, cutting only between lines of text, never after the first
// or before the last line of a paragraph, never between a heading (or a run of headings) and
// the first line after it, and never through a box that fits
// on one page (care card, summary, note, checklist line: every table of the root frame no taller
// than `keepTogetherFraction` of a page). Each page ends at the lowest such cut that fits.
//
// The document is laid out once: Qt's own pagination needed a page break per kept box and
// heading, and each break laid out everything after it again.
QList<PageSlice> paginate(QTextDocument &document, double pageHeight,
                          double keepTogetherFraction = 1.0);

// Where a frame of a laid-out document starts to draw (its first text or inner frame, less its
// border and padding): its rectangle can reach up into the element above it.
double frameDrawnTop(QTextDocument &document, QTextFrame *frame);

} // namespace cg
