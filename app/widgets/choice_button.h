// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

namespace cg {

// One option of a row of choices ("Physical exam", "Blood tests", ...): a rounded pill, filled
// in the accent colour with white words when chosen, so the current choice is plain to see.
// Behaves as a checkable push button for the keyboard and screen readers.
class ChoiceButton : public QPushButton {
    Q_OBJECT

public:
    explicit ChoiceButton(const QString &text, QWidget *parent = nullptr);

    void setColors(const QColor &accent, const QColor &accentText, const QColor &border);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_accent{0x00, 0x5e, 0xb8};
    QColor m_accentText{0xff, 0xff, 0xff};
    QColor m_border{0xb9, 0xc3, 0xc9};
};

} // namespace cg
