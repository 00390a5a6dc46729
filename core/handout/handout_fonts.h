// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cg {

// Font families for a handout in these content locales, best first. Each script gets a Noto
// family that covers it (Arabic, Simplified Chinese), then Noto Sans and DejaVu Sans for Latin
// text and symbols such as the checklist's empty box. Qt falls back along the list glyph by
// glyph, and the PDF writer embeds the fonts it used, so no glyph prints as a box.
QStringList handoutFontFamilies(const QStringList &locales);

// The same list as a CSS font-family value, ending in the generic sans-serif.
QString handoutFontFamilyCss(const QStringList &families);

} // namespace cg
