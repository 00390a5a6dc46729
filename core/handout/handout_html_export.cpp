// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout/handout_html_export.h"

#include "handout/handout_style.h"

#include <QBuffer>

namespace cg {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

QString dir(Qt::LayoutDirection direction) {
    return direction == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
}

} // namespace

namespace {

// The body with each named picture written into it as a PNG data URL: one file, no links.
QString bodyWithImages(const HandoutDocument &document) {
    QString body = document.bodyHtml;
    for (auto it = document.images.cbegin(); it != document.images.cend(); ++it) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        it.value().save(&buffer, "PNG");
        body.replace(QStringLiteral("src=\"%1\"").arg(it.key()),
                     QStringLiteral("src=\"data:image/png;base64,%1\"")
                         .arg(QString::fromLatin1(png.toBase64())));
    }
    return body;
}

} // namespace

QString handoutStandaloneHtml(const HandoutDocument &document) {
    const bool letter = document.pageSize.id() == QPageSize::Letter;
    // Browsers read the same rules Qt does; these add what only a browser needs: a centred
    // reading column on screen and the paper size and margins when printed.
    const QString browserCss =
        QStringLiteral(
            "html { background: #ffffff; }\n"
            "body { max-width: 46em; margin: 2em auto; padding: 0 1.5em; }\n"
            "table { border-collapse: collapse; }\n"
            "p, li { text-align: start; line-height: %2; }\n"
            "header.running, footer.running { color: #333333; font-size: 0.85em; }\n"
            "header.running { border-bottom: 1px solid #000000; padding-bottom: 0.3em; "
            "margin-bottom: 1.5em; display: flex; justify-content: space-between; gap: 1em; }\n"
            "footer.running { border-top: 1px solid #000000; margin-top: 2em; padding-top: 0.5em; "
            "}\n"
            "footer.running p { margin: 0.2em 0; }\n"
            "h1, h2, h3, h6 { break-after: avoid; page-break-after: avoid; }\n"
            "table { break-inside: avoid; page-break-inside: avoid; }\n"
            "@page { size: %1; margin: 20mm; }\n"
            "@media print { body { max-width: none; margin: 0; padding: 0; } }\n")
            .arg(letter ? QStringLiteral("letter") : QStringLiteral("A4"))
            .arg(handoutLineSpacingEms(document.options));
    QString footer;
    footer += QStringLiteral("<p>%1</p>").arg(esc(document.printedOn));
    footer += QStringLiteral("<p>%1</p>").arg(esc(document.reviewLine));
    for (int i = 0; i < document.footerNotes.size(); ++i) {
        const bool first = i == 0;
        footer += QStringLiteral("<p dir=\"%1\" lang=\"%2\">%3</p>")
                      .arg(dir(first ? document.direction : document.secondDirection),
                           esc(first ? document.language : document.secondLanguage),
                           esc(document.footerNotes.at(i)));
    }
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n"
                          "<meta charset=\"utf-8\">\n"
                          // Nothing in the file may run or load anything: no script, no
                          // request; only its own styles and the images it carries.
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                          "'none'; style-src 'unsafe-inline'; img-src data:\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, "
                          "initial-scale=1\">\n<title>%3</title>\n<style>\n%4%5</style>\n"
                          "</head>\n<body>\n<header class=\"running\"><strong>%3</strong>"
                          "<span>%6</span></header>\n<main>\n%7\n</main>\n"
                          "<footer class=\"running\">%8</footer>\n</body>\n</html>\n")
        .arg(esc(document.language), dir(document.direction), esc(document.title),
             document.styleSheet, browserCss, esc(document.clinicLine), bodyWithImages(document),
             footer);
}

} // namespace cg
