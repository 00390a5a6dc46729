// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/markdown.h"

#include <QRegularExpression>
#include <QTextDocument>

namespace cg {

namespace {

// Qt writes emphasis as styled spans; turn them into tags before the styles are dropped.
QString spansToTags(QString html) {
    static const QRegularExpression boldItalic(
        QStringLiteral("<span style=\"[^\"]*font-weight:[67]00;[^\"]*font-style:italic;[^\"]*\">"
                       "(.*?)</span>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression bold(
        QStringLiteral("<span style=\"[^\"]*font-weight:[67]00;[^\"]*\">(.*?)</span>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression italic(
        QStringLiteral("<span style=\"[^\"]*font-style:italic;[^\"]*\">(.*?)</span>"),
        QRegularExpression::DotMatchesEverythingOption);
    html.replace(boldItalic, QStringLiteral("<b><i>\\1</i></b>"));
    html.replace(bold, QStringLiteral("<b>\\1</b>"));
    html.replace(italic, QStringLiteral("<i>\\1</i>"));
    return html;
}

} // namespace

QString markdownToHtml(const QString &markdown) {
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    QString html = document.toHtml();

    // Keep only what is inside <body>.
    const qsizetype bodyTag = html.indexOf(QStringLiteral("<body"));
    const qsizetype bodyStart = html.indexOf(QLatin1Char('>'), bodyTag) + 1;
    const qsizetype bodyEnd = html.lastIndexOf(QStringLiteral("</body>"));
    if (bodyTag >= 0 && bodyEnd > bodyStart) {
        html = html.mid(bodyStart, bodyEnd - bodyStart);
    }
    html = spansToTags(html);

    static const QRegularExpression styles(QStringLiteral(" style=\"[^\"]*\""));
    static const QRegularExpression emptySpans(QStringLiteral("<span>(.*?)</span>"),
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression blankLines(QStringLiteral("\\n+"));
    html.remove(styles);
    html.replace(emptySpans, QStringLiteral("\\1"));
    html.replace(blankLines, QStringLiteral("\n"));
    return html.trimmed();
}

QString markdownToPlainText(const QString &markdown) {
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    return document.toPlainText().trimmed();
}

} // namespace cg
