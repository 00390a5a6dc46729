// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cg {

// Content bodies are written in Markdown and stored as clean HTML (for views and handouts) and
// plain text (for search and readability). Qt's own CommonMark reader does the parsing; these
// functions only reduce Qt's styled HTML to semantic tags our style sheets can dress.
QString markdownToHtml(const QString &markdown);
QString markdownToPlainText(const QString &markdown);

} // namespace cg
