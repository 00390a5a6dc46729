// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout/handout_line_spacing.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>

namespace cg {

namespace {

constexpr double kArabicExtraEms = 0.1;
constexpr double kArabicHeadingEms = 1.4;

// The largest font size on the block, in points (the default font's when none is set).
double blockPointSize(const QTextBlock &block, double fallback) {
    double size = 0;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.isValid()) {
            size = std::max(size, fragment.charFormat().fontPointSize());
        }
    }
    return size > 0 ? size : fallback;
}

// Arabic fonts declare line heights of 1.7 to 2.1 em to leave room for stacked marks that
// ordinary text never uses; a fixed height keeps Arabic at the spacing asked for (a little more,
// for the marks above and below), so an Arabic handout has about as many pages as an English one.
bool isArabic(const QTextBlock &block) {
    const QString text = block.text();
    for (const QChar c : text) {
        if (c.isLetter()) {
            return c.script() == QChar::Script_Arabic;
        }
    }
    return false;
}

} // namespace

void applyMinimumLineSpacing(QTextDocument &document, double ems) {
    const double defaultSize = document.defaultFont().pointSizeF();
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        const bool arabic = isArabic(block);
        const bool heading = format.headingLevel() > 0;
        // Latin and Chinese headings keep their font's own spacing; Arabic headings would take
        // about 2.1 em, so they get a fixed height too, a little tighter than body text.
        if ((heading && !arabic) || block.text().isEmpty()) {
            continue;
        }
        // Line heights are in pixels at 96 dpi; the layout scales them to the device.
        const double lineEms = heading ? kArabicHeadingEms : ems + kArabicExtraEms;
        const double pixels =
            blockPointSize(block, defaultSize) * (arabic ? lineEms : ems) * 96.0 / 72.0;
        format.setLineHeight(pixels, arabic ? QTextBlockFormat::FixedHeight
                                            : QTextBlockFormat::MinimumHeight);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
    cursor.endEditBlock();
}

} // namespace cg
