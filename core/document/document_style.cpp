// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document_style.h"

namespace cg {

DocumentColors documentColors(const DocumentOptions &options) {
    if (options.onPaper()) {
        // Paper is read in black and white: borders and heading text carry the meaning.
        return {QStringLiteral("#000000"), QStringLiteral("#ffffff"), QStringLiteral("#333333"),
                QStringLiteral("#000000"), QStringLiteral("#000000"), QStringLiteral("#f2f2f2"),
                QStringLiteral("#000000"), QStringLiteral("#ffffff"), QStringLiteral("#ffffff"),
                QStringLiteral("#000000"), QStringLiteral("#ffffff"), QStringLiteral("#000000"),
                QStringLiteral("#000000"), QStringLiteral("#ffffff"), QStringLiteral("#000000"),
                QStringLiteral("#f2f2f2")};
    }
    switch (options.palette) {
    case DocumentOptions::Palette::Dark:
        return {QStringLiteral("#e8edee"), QStringLiteral("#1e2428"), QStringLiteral("#b8c2c7"),
                QStringLiteral("#7cb9f2"), QStringLiteral("#8cc4f7"), QStringLiteral("#25323b"),
                // Bands light enough to stand out from the page at 3:1, dark enough for white
                // headings at 5:1.
                QStringLiteral("#4c8dcc"), QStringLiteral("#3070b5"), QStringLiteral("#cc3a2e"),
                QStringLiteral("#000000"), QStringLiteral("#8f1d16"), QStringLiteral("#ffffff"),
                QStringLiteral("#ffffff"), QStringLiteral("#33424c"), QStringLiteral("#e8edee"),
                QStringLiteral("#3b3320")};
    case DocumentOptions::Palette::HighContrast:
        return {QStringLiteral("#000000"), QStringLiteral("#ffffff"), QStringLiteral("#000000"),
                QStringLiteral("#00307a"), QStringLiteral("#00307a"), QStringLiteral("#ffffff"),
                QStringLiteral("#000000"), QStringLiteral("#00307a"), QStringLiteral("#9b0000"),
                QStringLiteral("#000000"), QStringLiteral("#9b0000"), QStringLiteral("#ffffff"),
                QStringLiteral("#ffffff"), QStringLiteral("#000000"), QStringLiteral("#ffffff"),
                QStringLiteral("#fff4c2")};
    case DocumentOptions::Palette::Light:
        break;
    }
    // NHS-like light palette: #212b32 on white is 14.7:1; #005eb8 links 6.6:1.
    return {QStringLiteral("#212b32"), QStringLiteral("#ffffff"), QStringLiteral("#4c6272"),
            QStringLiteral("#005eb8"), QStringLiteral("#005eb8"), QStringLiteral("#eef4fa"),
            QStringLiteral("#005eb8"), QStringLiteral("#005eb8"), QStringLiteral("#c0261a"),
            QStringLiteral("#212b32"), QStringLiteral("#b3241a"), QStringLiteral("#ffffff"),
            QStringLiteral("#ffffff"), QStringLiteral("#e8edee"), QStringLiteral("#212b32"),
            QStringLiteral("#fff4d6")};
}

QString documentStyleSheet(const DocumentOptions &options) {
    const DocumentColors c = documentColors(options);
    const double body = options.bodyPointSize();
    // Large print asks for 1.5 line spacing or more; the screen reads best at about 1.4.
    const int lineHeight = options.largePrint ? 155 : 140;
    const QString align =
        options.direction == Qt::RightToLeft ? QStringLiteral("right") : QStringLiteral("left");
    return QStringLiteral(
               "body { color: %1; background-color: %2; font-size: %3pt; }\n"
               "p, li { line-height: %4%; margin-top: 0; margin-bottom: %5pt; "
               "text-align: %6; }\n"
               "h1 { font-size: %7pt; font-weight: 700; margin-top: 0; margin-bottom: %5pt; }\n"
               "h2 { font-size: %8pt; font-weight: 700; margin-top: %9pt; margin-bottom: 4pt; }\n"
               "h3 { font-size: %10pt; font-weight: 700; margin-top: %5pt; margin-bottom: 2pt; }\n"
               "a { color: %11; }\n"
               ".muted { color: %12; }\n"
               ".summary { background-color: %13; }\n"
               ".badge { background-color: %14; color: %15; font-weight: 600; }\n"
               ".notice { background-color: %16; }\n"
               ".term { text-decoration: none; color: %1; border-bottom: 1px dotted %12; }\n")
        .arg(c.text, c.background)
        .arg(body, 0, 'f', 1)
        .arg(lineHeight)
        .arg(body * 0.6, 0, 'f', 1)
        .arg(align)
        .arg(body * 1.9, 0, 'f', 1)
        .arg(body * 1.4, 0, 'f', 1)
        .arg(body * 1.3, 0, 'f', 1)
        .arg(body * 1.15, 0, 'f', 1)
        .arg(c.link, c.muted, c.summaryBackground, c.badgeBackground, c.badgeText,
             c.warningBackground);
}

} // namespace cg
