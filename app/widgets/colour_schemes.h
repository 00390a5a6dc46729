// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document_options.h"

#include <QColor>
#include <QPalette>

namespace cg {

// The four colour schemes a reader can choose (View > Colours). Light, dark and high contrast
// are the program's own palettes, so placeholder text, labels, selections and control borders
// never depend on roles a desktop theme may leave black; following the system takes the
// desktop's palette and mends the pairs that fall short (see readableSystemPalette()).
//
// Every text pair is at least 4.5:1 and every control boundary (QPalette::Dark, which the
// style uses for check box borders) at least 3:1, in all four (tested).
enum class ColourScheme { FollowSystem, Light, Dark, HighContrast };

QPalette lightPalette();
QPalette darkPalette();
QPalette highContrastPalette();
// The desktop's palette with placeholder text, selection text, links and control borders
// moved just far enough from their backgrounds to meet the contrast above.
QPalette readableSystemPalette(const QPalette &system);
QPalette schemePalette(ColourScheme scheme, const QPalette &system);
// The document colours that go with a scheme (a dark desktop gets dark documents).
DocumentOptions::Palette documentPalette(ColourScheme scheme, const QPalette &system);

// WCAG 2.2 contrast ratio of two opaque colours, 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);
// `colour` moved towards `towards` by the least step that reaches `ratio` against
// `background`, or `towards` itself when nothing short of it does.
QColor withContrast(const QColor &colour, const QColor &background, double ratio,
                    const QColor &towards);

// Settings values ("system", "light", "dark", "high-contrast") and back.
QString schemeKey(ColourScheme scheme);
ColourScheme schemeFromKey(const QString &key);

} // namespace cg
