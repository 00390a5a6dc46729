// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document_options.h"

#include <QString>
#include <QStringList>

namespace cg {

// Body text size for a handout's first language. 12 pt reads comfortably on paper for older
// eyes and keeps a 170 mm line near 85 characters; large print is 18 pt. Arabic letters look
// smaller than Latin ones at the same size, so Arabic handouts are set 10% larger.
double handoutBodyPointSize(const QString &locale, bool largePrint);

// Line spacing in ems: at least 1.5 (WCAG 1.4.12), 1.6 in large print. Applied to the laid-out
// document by applyMinimumLineSpacing() and to the HTML export as CSS line-height.
inline constexpr double kLineSpacingEms = 1.4;
inline constexpr double kLargePrintLineSpacingEms = 1.5;
inline constexpr double kCompactLineSpacingEms = 1.3; // the two-page key-points handout

// The line spacing a handout's options ask for.
inline double handoutLineSpacingEms(const DocumentOptions &options) {
    if (options.largePrint) {
        return kLargePrintLineSpacingEms;
    }
    return options.compact ? kCompactLineSpacingEms : kLineSpacingEms;
}

// documentStyleSheet() for paper plus the handout's own rules (title block, section headings,
// language labels), in the given fonts.
QString handoutStyleSheet(const DocumentOptions &options, const QStringList &fontFamilies);

} // namespace cg
