// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace cg {

// The desktop's own style with check boxes and radio buttons as tall as a line of their text, so
// they grow with the reader's text size and are easier to see and hit with stiff hands, and
// with borders that stand out from the field.
//
// It also keeps start-up light: the arrows of the menu bar's and toolbar's overflow buttons and
// the line edits' clear button are read from the base style when first drawn, not when those
// buttons are made (see standardIcon()).
class ComfortStyle : public QProxyStyle {
    Q_OBJECT

public:
    ComfortStyle();

    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
    // Check boxes and radio buttons get a border in the palette's Dark role (at least 3:1
    // against the field in every scheme): the base style's pale outline was the only cue of an
    // unticked box on the checklists, at 1.7:1.
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace cg
