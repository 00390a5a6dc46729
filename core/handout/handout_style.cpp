// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout/handout_style.h"

#include "document/document_style.h"
#include "handout/handout_fonts.h"

namespace cg {

double handoutBodyPointSize(const QString &locale, bool largePrint) {
    // Large print is already large enough for Arabic; 10% more would make a care card taller
    // than a page, and then it could not stay whole.
    const double scale = locale == QStringLiteral("ar") && !largePrint ? 1.1 : 1.0;
    return (largePrint ? 18.0 : 12.0) * scale;
}

QString handoutStyleSheet(const DocumentOptions &options, const QStringList &fontFamilies) {
    const DocumentColors colors = documentColors(options);
    const double body = options.bodyPointSize();
    auto pt = [body](double factor) { return QString::number(body * factor, 'f', 1); };
    // Qt's rich text takes margins in px (at 96 dpi, scaled to the printer), not in pt.
    // Compact handouts keep the type and the line spacing but tighten the gaps between blocks.
    const double gap = options.compact ? 0.6 : 1.0;
    auto px = [body, gap](double factor) {
        return QString::number(body * factor * gap * 96.0 / 72.0, 'f', 1);
    };
    // Qt mirrors alignment inside right-to-left blocks: "text-align: left" already means the
    // reading side there, and "right" would push Arabic text to the left. So the style is always
    // written left to right; each block's own direction does the rest (the HTML export adds
    // "text-align: start" for browsers, which do not mirror).
    DocumentOptions leftToRight = options;
    leftToRight.direction = Qt::LeftToRight;
    QString css = documentStyleSheet(leftToRight);
    css += QStringLiteral("body { font-family: %1; }\n").arg(handoutFontFamilyCss(fontFamilies));
    css += QStringLiteral("p { margin-top: 0; margin-bottom: %1px; }\n").arg(px(0.55));
    css += QStringLiteral("li { margin-top: 0; margin-bottom: %1px; }\n").arg(px(0.2));
    css += QStringLiteral("ul, ol { margin-top: 0; margin-bottom: %1px; }\n").arg(px(0.55));
    css += QStringLiteral("h1 { margin-top: 0; margin-bottom: %1px; }\n").arg(px(0.4));
    css += QStringLiteral("p.title { margin-top: 0; margin-bottom: %1px; }\n").arg(px(0.3));
    css +=
        QStringLiteral("p.subtitle { font-size: %1pt; font-weight: 700; margin-bottom: %2px; }\n")
            .arg(pt(1.3), px(0.5));
    css +=
        QStringLiteral("h1.section { font-size: %1pt; margin-top: %2px; margin-bottom: %3px; }\n")
            .arg(pt(options.largePrint ? 1.5 : 1.7), px(1.8), px(0.4));
    css += QStringLiteral("h2 { margin-top: %1px; margin-bottom: %2px; }\n").arg(px(1.3), px(0.35));
    css += QStringLiteral("h3 { margin-top: %1px; margin-bottom: %2px; }\n").arg(px(0.9), px(0.2));
    css += QStringLiteral("h4 { font-size: %1pt; margin-top: %2px; margin-bottom: %3px; }\n")
               .arg(pt(1.0), px(0.7), px(0.15));
    css += QStringLiteral("h3.note { margin-top: 0; }\n");
    // The language label above each passage of a bilingual handout: a light grey band that
    // stays visible in black and white.
    css += QStringLiteral("h6.lang { font-size: %1pt; font-weight: 700; color: %2; "
                          "background-color: #e6e6e6; margin-top: %3px; margin-bottom: %4px; }\n")
               .arg(pt(0.95), colors.text, px(1.1), px(0.3));
    css += QStringLiteral("td.fieldname { font-weight: 700; padding-left: %1px; "
                          "padding-right: %1px; }\n")
               .arg(px(0.5));
    css += QStringLiteral("td.field { padding-left: %1px; padding-right: %1px; }\n").arg(px(0.5));
    css += QStringLiteral("table.titleblock { margin-top: %1px; margin-bottom: %1px; }\n")
               .arg(px(0.5));
    css += QStringLiteral("p.hint { color: %1; }\n").arg(colors.muted);
    // The numbered sources at the end: smaller, they are for checking, not for reading. Their
    // titles are English, so they are set in the Latin font: led by an Arabic font they would
    // take its tall line height (about 2 em) for text that has no Arabic marks.
    css += QStringLiteral("p.source { font-family: %3; font-size: %1pt; margin-bottom: %2px; }\n")
               .arg(pt(options.compact ? 0.72 : 0.8), px(0.25),
                    handoutFontFamilyCss(handoutFontFamilies({QStringLiteral("en")})));
    return css;
}

} // namespace cg
