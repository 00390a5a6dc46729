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

// Where the sentence holding `at` starts: after a line break, or after a sentence's end and the
// spaces that follow it (Chinese puts none); at most `reach` characters before `at`, else -1.
qsizetype sentenceStart(QStringView text, qsizetype at, qsizetype reach) {
    for (qsizetype i = at; i > 0 && at - i <= reach; --i) {
        const QChar before = text.at(i - 1);
        if (before == QLatin1Char('\n')) {
            return i;
        }
        if (endsSentence(before) &&
            (i == at || text.at(i).isSpace() || before.unicode() >= 0x3000)) {
            while (i < at && text.at(i).isSpace()) {
                ++i;
            }
            return i;
        }
    }
    return at <= reach ? 0 : -1;
}

// The first sentence start in [from, to], or -1.
qsizetype nextSentenceStart(QStringView text, qsizetype from, qsizetype to) {
    for (qsizetype i = std::max<qsizetype>(from, 1); i <= to && i < text.size(); ++i) {
        const QChar before = text.at(i - 1);
        if (before == QLatin1Char('\n') ||
            (endsSentence(before) && (text.at(i).isSpace() || before.unicode() >= 0x3000))) {
            while (i < to && text.at(i).isSpace()) {
                ++i;
            }
            return i;
        }
    }
    return from == 0 ? 0 : -1;
}

} // namespace

QString markedHtml(QStringView text, const QList<TextRange> &ranges) {
    return render(text, 0, text.size(), ranges);
}

QString snippetHtml(QStringView text, const QList<TextRange> &ranges, qsizetype length,
                    std::optional<TextRange> focus) {
    if (text.size() <= length) {
        return render(text, 0, text.size(), ranges);
    }
    if (!focus.has_value() && !ranges.isEmpty()) {
        focus = ranges.first();
    }
    qsizetype from = 0;
    bool atSentence = true;
    if (focus.has_value()) {
        const qsizetype sentence = sentenceStart(text, focus->start, length / 2);
        atSentence = sentence >= 0;
        from = atSentence ? sentence : std::max<qsizetype>(0, focus->start - kContextBefore);
    }
    qsizetype to = std::min(text.size(), from + length);
    if (to == text.size()) {
        // Near the end: the window reaches back for more text, from a sentence if it can.
        const qsizetype earlier = std::max<qsizetype>(0, to - length);
        const qsizetype sentence = nextSentenceStart(text, earlier, from);
        atSentence = sentence >= 0;
        from = atSentence ? sentence : earlier;
    }
    // Start and end on word boundaries; keep the focus inside.
    if (from > 0 && !atSentence) {
        qsizetype start = from;
        while (start < text.size() && start - from < kMaxWordSearch &&
               !isBreak(text.at(start - 1))) {
            ++start;
        }
        if (isBreak(text.at(start - 1)) && (!focus.has_value() || start <= focus->start)) {
            from = start;
        }
    }
    if (to < text.size()) {
        qsizetype end = to;
        while (end > from && to - end < kMaxWordSearch && !isBreak(text.at(end))) {
            --end;
        }
        if (isBreak(text.at(end)) && end > from && (!focus.has_value() || end >= focus->end)) {
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
