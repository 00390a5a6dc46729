// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTextDocument;

namespace cg {

// Sets every paragraph's lines at least `ems` times its font size apart (1.5 for standard
// print, 1.6 for large print). Qt's CSS line-height is a percentage of the font's own line
// height, which differs by script (Noto Sans 1.36 em, Noto Sans CJK 1.45 em, Arabic fonts 1.7
// to 2.1 em): a minimum height gives Latin and Chinese text the spacing asked for while Arabic
// keeps the room its marks need, without stretching it further. Headings keep their own.
void applyMinimumLineSpacing(QTextDocument &document, double ems);

} // namespace cg
