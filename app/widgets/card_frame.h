// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

namespace cg {

// A box with a thin rounded border around a group of controls (a checklist, the body map). Drawn
// by hand rather than with a style sheet, so fonts and palettes still reach the controls inside.
class CardFrame : public QFrame {
    Q_OBJECT

public:
    explicit CardFrame(QWidget *parent = nullptr);

    void setBorderColor(const QColor &color);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_border;
};

} // namespace cg
