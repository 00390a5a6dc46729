// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace cg {

// Keeps the mouse wheel from changing combo boxes: a reader scrolling down a page with the
// pointer resting on a filter would otherwise change the filter without noticing (Treatment
// silently hid five treatments). The wheel scrolls the page under the box instead; an open
// list still scrolls, and the keyboard still changes the value.
//
// One filter on the application covers every combo box in every view and dialog, including
// ones made later.
class ComboWheelGuard : public QObject {
    Q_OBJECT

public:
    // Installs the guard on the application once; later calls do nothing.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ComboWheelGuard(QObject *parent);
};

} // namespace cg
