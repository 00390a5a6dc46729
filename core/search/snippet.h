// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/text_ranges.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace cg::search {

// Result text for display. Content text is never trusted as HTML: every piece is escaped, and
// only the <b> marks around matches are added here.

// The whole text, escaped, with the ranges in <b>.
QString markedHtml(QStringView text, const QList<TextRange> &ranges);

// About `length` characters of `text` around its first range (or its start when there is no
// range), cut at spaces, "…" where text was left out, line breaks turned into a space after a
// sentence and " · " between a heading or list item and what follows, escaped, with the
// ranges in <b>.
QString snippetHtml(QStringView text, const QList<TextRange> &ranges, qsizetype length = 180);

} // namespace cg::search
