// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

class QVBoxLayout;

namespace cg {

class RichBlock;

// A page that scrolls as one, like a web page: a column of text and controls, centred in the
// window and never wider than a comfortable line of reading.
class ReadingPage : public QScrollArea {
    Q_OBJECT

public:
    explicit ReadingPage(QWidget *parent = nullptr);

    // Where views put their blocks, top to bottom.
    QVBoxLayout *column() const { return m_column; }
    QWidget *columnWidget() const { return m_columnWidget; }
    void setColumnWidth(int maximumWidth);

    // Page colours from the document palette, so text blocks and controls share one background.
    void setPageColors(const QColor &background, const QColor &text, const QColor &link);

    int scrollValue() const;
    void setScrollValue(int value);
    // Scrolls so that y (in the coordinates of `widget`) sits near the top of the view.
    void scrollToWidgetY(const QWidget *widget, int y);
    // The vertical position of a widget's point in page coordinates.
    int pageY(const QWidget *widget, int y) const;
    // Keeps the text cursor of a block in view (find in page, keyboard link focus).
    void followCursor(RichBlock *block);

    // Scrolls so the keyboard focus (a control, or the chosen link of a block) is in view.
    void ensureFocusVisible(QWidget *focus);

protected:
    bool focusNextPrevChild(bool next) override;

private:
    QWidget *m_columnWidget = nullptr;
    QVBoxLayout *m_column = nullptr;
};

} // namespace cg
