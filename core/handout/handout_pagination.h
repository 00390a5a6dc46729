// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTextDocument;

namespace cg {

// Keeps a paginated document readable on paper: no heading (or run of headings) is left alone
// at the foot of a page, and a box that fits on one page (summary, care card, note, checklist
// line) is not cut in two. Both
// are fixed by a page break before the heading or box, one at a time, because each break moves
// everything after it. The document's page size must be set. Returns how many breaks it added.
int keepHeadingsWithNext(QTextDocument &document, double keepTogetherFraction = 1.0);

} // namespace cg
