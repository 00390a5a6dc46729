// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown_checks.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QUrl>

namespace cg::compiler {

namespace {

// The line (from 0) of `offset` in `text`.
int lineAt(const QString &text, qsizetype offset) {
    return int(QStringView(text).left(offset).count(QLatin1Char('\n')));
}

// Where a link's target is written in the Markdown, for its line; the start when not found.
qsizetype findTarget(const QString &markdown, const QString &target) {
    const qsizetype at = markdown.indexOf(target);
    return at < 0 ? 0 : at;
}

bool isAllowedTarget(const QString &target) {
    const QString scheme = QUrl(target.trimmed()).scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
           scheme == QLatin1String("mailto");
}

} // namespace

QList<MarkdownProblem> markdownProblems(const QString &markdown) {
    QList<MarkdownProblem> problems;
    // Raw HTML, outside code spans (there `<b>` is text): a tag's name is followed by a space,
    // a slash or '>', which autolinks (<https://...>, <name@example.org>) never are.
    QString text = markdown; // the Markdown with code spans, then HTML, blanked out
    static const QRegularExpression codeSpan(QStringLiteral("`+[^`]*`+"));
    for (QRegularExpressionMatchIterator it = codeSpan.globalMatch(markdown); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        for (qsizetype i = match.capturedStart(); i < match.capturedEnd(); ++i) {
            if (text.at(i) != QLatin1Char('\n')) {
                text[i] = QLatin1Char(' ');
            }
        }
    }
    static const QRegularExpression html(
        QStringLiteral("<(/?[A-Za-z][A-Za-z0-9-]*(?=[\\s/>])|!--|![A-Za-z]|\\?)"));
    QList<std::pair<qsizetype, qsizetype>> tags;
    for (QRegularExpressionMatchIterator it = html.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype start = match.capturedStart();
        const qsizetype close = text.indexOf(QLatin1Char('>'), start);
        const qsizetype end = close < 0 ? match.capturedEnd() : close + 1;
        tags.append({start, end});
        problems.append({lineAt(markdown, start),
                         QStringLiteral("raw HTML '%1' is not allowed in Markdown: write it as "
                                        "Markdown (**bold**, *italic*, lists, [text](https://...))")
                             .arg(markdown.mid(start, std::min<qsizetype>(end - start, 40)))});
    }
    // Links and images, as Qt's Markdown reader sees them (inline, reference and autolinks),
    // with the HTML blanked out: an HTML block would hide the Markdown after it.
    for (const auto &[start, end] : std::as_const(tags)) {
        for (qsizetype i = start; i < end; ++i) {
            if (text.at(i) != QLatin1Char('\n')) {
                text[i] = QLatin1Char(' ');
            }
        }
    }
    QTextDocument document;
    document.setMarkdown(text, QTextDocument::MarkdownDialectGitHub);
    QStringList reported;
    const auto check = [&](const QString &target, const char *kind) {
        if (target.isEmpty() || isAllowedTarget(target) || reported.contains(target)) {
            return;
        }
        reported.append(target);
        problems.append({lineAt(markdown, findTarget(markdown, target)),
                         QStringLiteral("%1 '%2' is not allowed: only http:, https: and mailto: "
                                        "links may be used")
                             .arg(QLatin1String(kind), target.left(60))});
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isAnchor()) {
                check(format.anchorHref(), "link");
            }
            if (format.isImageFormat()) {
                check(format.toImageFormat().name(), "image");
            }
        }
    }
    std::sort(problems.begin(), problems.end(),
              [](const MarkdownProblem &a, const MarkdownProblem &b) { return a.line < b.line; });
    return problems;
}

} // namespace cg::compiler
