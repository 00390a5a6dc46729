// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace cg::compiler {

// What a Markdown field (a topic's body, an item's detail) may not hold, each with the line of
// the field's text it is on (0 for the first): raw HTML (a tag, a comment; Qt's Markdown reader
// lets it swallow the text after it, and it would reach the HTML handout as written), and links
// or images that are not http:, https: or mailto: (javascript:, data:, file:, a bare path).
struct MarkdownProblem {
    int line = 0;
    QString message;
};
QList<MarkdownProblem> markdownProblems(const QString &markdown);

} // namespace cg::compiler
