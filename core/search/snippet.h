// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/text_ranges.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace cg::search {

// Result text for display. Content text is never trusted as HTML: every piece is escaped, and
// only the <b> marks around matches are added here.

// The whole text, escaped, with the ranges in <b>.
QString markedHtml(QStringView text, const QList<TextRange> &ranges);

// About `length` characters of `text` around `focus` (by default its first range; its start
// when there is no range), cut at spaces, "…" where text was left out, line breaks turned into
// a space after a sentence and " · " between a heading or list item and what follows, escaped,
// with the ranges in <b>. The snippet starts where the sentence holding the focus starts when
// that is near enough (half the length) before it, else a little before the focus.
QString snippetHtml(QStringView text, const QList<TextRange> &ranges, qsizetype length = 180,
                    std::optional<TextRange> focus = std::nullopt);

} // namespace cg::search
