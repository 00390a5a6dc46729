// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/snippet.h"

#include <algorithm>

namespace cg::search {

namespace {

const QString kEllipsis = QStringLiteral("\u2026");
constexpr qsizetype kContextBefore = 50; // characters shown before the first match
constexpr qsizetype kMaxWordSearch = 20; // how far to look for a space (Chinese has none)

bool endsSentence(QChar c) {
    static const QString kEnds = QStringLiteral(".!?:;\u3002\uFF01\uFF1F\uFF1A\uFF1B\u061F\u06D4");
    return kEnds.contains(c);
}

// Escapes text[from, to) for HTML. A line break (headings, list items and paragraphs of the
// original Markdown) becomes a space after a sentence and " · " otherwise, so "Other names
// you may hear\nCalcinosis\nCalcium deposits" does not read as one sentence.
QString escaped(QStringView text, qsizetype from, qsizetype to) {
    QString html;
    qsizetype start = from;
    for (qsizetype i = from; i < to; ++i) {
        if (text.at(i) != QLatin1Char('\n')) {
            continue;
        }
        html += text.mid(start, i - start).toString().toHtmlEscaped();
        qsizetype before = i;
        while (before > 0 && text.at(before - 1).isSpace()) {
            --before;
        }
        while (i + 1 < to && text.at(i + 1).isSpace()) {
            ++i; // a run of breaks is one break
        }
        const bool sentence = before == 0 || endsSentence(text.at(before - 1));
        html += sentence ? QStringLiteral(" ") : QStringLiteral(" \u00B7 ");
        start = i + 1;
    }
    html += text.mid(start, to - start).toString().toHtmlEscaped();
    return html;
}

QString render(QStringView text, qsizetype from, qsizetype to, const QList<TextRange> &ranges) {
    QString html;
    qsizetype position = from;
    for (const TextRange &range : ranges) {
        const qsizetype start = std::max(range.start, from);
        const qsizetype end = std::min(range.end, to);
        if (end <= start || start < position) {
            continue;
        }
        html += escaped(text, position, start);
        html += QStringLiteral("<b>") + escaped(text, start, end) + QStringLiteral("</b>");
        position = end;
    }
    html += escaped(text, position, to);
    return html;
}

bool isBreak(QChar c) {
    return c.isSpace();
}

} // namespace

QString markedHtml(QStringView text, const QList<TextRange> &ranges) {
    return render(text, 0, text.size(), ranges);
}

QString snippetHtml(QStringView text, const QList<TextRange> &ranges, qsizetype length) {
    if (text.size() <= length) {
        return render(text, 0, text.size(), ranges);
    }
    qsizetype from =
        ranges.isEmpty() ? 0 : std::max<qsizetype>(0, ranges.first().start - kContextBefore);
    qsizetype to = std::min(text.size(), from + length);
    if (to == text.size()) {
        from = std::max<qsizetype>(0, to - length);
    }
    // Start and end on word boundaries; keep the first match inside.
    if (from > 0) {
        qsizetype start = from;
        while (start < text.size() && start - from < kMaxWordSearch &&
               !isBreak(text.at(start - 1))) {
            ++start;
        }
        if (isBreak(text.at(start - 1)) && (ranges.isEmpty() || start <= ranges.first().start)) {
            from = start;
        }
    }
    if (to < text.size()) {
        qsizetype end = to;
        while (end > from && to - end < kMaxWordSearch && !isBreak(text.at(end))) {
            --end;
        }
        if (isBreak(text.at(end)) && end > from &&
            (ranges.isEmpty() || end >= ranges.first().end)) {
            to = end;
        }
    }
    while (from < to && text.at(from).isSpace()) {
        ++from;
    }
    while (to > from && text.at(to - 1).isSpace()) {
        --to;
    }
    QString html = render(text, from, to, ranges);
    if (from > 0) {
        html.prepend(kEllipsis);
    }
    if (to < text.size()) {
        html.append(kEllipsis);
    }
    return html;
}

} // namespace cg::search
