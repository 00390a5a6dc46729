// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace cg {

// How a document is dressed. The same content HTML serves the window and paper; only these
// options differ (colours on screen, weight of borders on paper, type size for large print).
struct DocumentOptions {
    enum class Medium { Screen, Paper };
    enum class Palette { Light, Dark, HighContrast };

    Medium medium = Medium::Screen;
    Palette palette = Palette::Light;
    bool largePrint = false;
    double basePointSize = 11.0; // body text; large print raises it to at least 18 pt
    Qt::LayoutDirection direction = Qt::LeftToRight;
    bool compact = false; // paper: tighter spacing between blocks (the two-page handout)

    bool onPaper() const { return medium == Medium::Paper; }
    double bodyPointSize() const {
        return largePrint ? (basePointSize < 18.0 ? 18.0 : basePointSize) : basePointSize;
    }
};

} // namespace cg
