// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/reading_page.h"

#include "widgets/rich_block.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QVBoxLayout>

namespace cg {

ReadingPage::ReadingPage(QWidget *parent) : QScrollArea(parent) {
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The page scrolls with the keyboard too, but it is not a stop of its own in the Tab order.
    setFocusPolicy(Qt::NoFocus);

    auto *host = new QWidget(this);
    host->setObjectName(QStringLiteral("readingPageHost"));
    auto *centring = new QHBoxLayout(host);
    centring->setContentsMargins(24, 20, 24, 32);
    m_columnWidget = new QWidget(host);
    m_columnWidget->setObjectName(QStringLiteral("readingColumn"));
    m_column = new QVBoxLayout(m_columnWidget);
    m_column->setContentsMargins(0, 0, 0, 0);
    m_column->setSpacing(14);
    centring->addStretch(1);
    centring->addWidget(m_columnWidget, 100);
    centring->addStretch(1);
    setWidget(host);
}

void ReadingPage::setColumnWidth(int maximumWidth) {
    m_columnWidget->setMaximumWidth(maximumWidth);
}

void ReadingPage::setPageColors(const QColor &background, const QColor &text, const QColor &link) {
    QPalette colors = palette();
    colors.setColor(QPalette::Window, background);
    colors.setColor(QPalette::WindowText, text);
    colors.setColor(QPalette::Text, text);
    colors.setColor(QPalette::Link, link);
    widget()->setPalette(colors);
    widget()->setAutoFillBackground(true);
    viewport()->setPalette(colors);
}

int ReadingPage::scrollValue() const {
    return verticalScrollBar()->value();
}

void ReadingPage::setScrollValue(int value) {
    verticalScrollBar()->setValue(value);
}

int ReadingPage::pageY(const QWidget *target, int y) const {
    return target->mapTo(widget(), QPoint(0, y)).y();
}

void ReadingPage::scrollToWidgetY(const QWidget *target, int y) {
    // A little air above the heading, as a browser leaves when it jumps to an anchor.
    setScrollValue(qMax(0, pageY(target, y) - 12));
}

bool ReadingPage::focusNextPrevChild(bool next) {
    // QScrollArea would show only the top of the newly focused widget; a block of text can be
    // taller than the window, and its chosen link is what must be seen. So QScrollArea's own
    // version is skipped on purpose.
    if (!QWidget::focusNextPrevChild(next)) { // NOLINT(bugprone-parent-virtual-call)
        return false;
    }
    ensureFocusVisible(QApplication::focusWidget());
    return true;
}

void ReadingPage::ensureFocusVisible(QWidget *focus) {
    if (focus == nullptr || !widget()->isAncestorOf(focus)) {
        return;
    }
    if (auto *block = qobject_cast<RichBlock *>(focus)) {
        if (!block->focusedLinkRect().isEmpty()) {
            block->keepFocusedLinkInView();
            return;
        }
    }
    ensureWidgetVisible(focus, 16, 24);
}

void ReadingPage::followCursor(RichBlock *block) {
    connect(block, &RichBlock::cursorRectChanged, this, [this, block](const QRect &rect) {
        if (!block->hasFocus() && !block->textCursor().hasSelection()) {
            return;
        }
        const QPoint topLeft = block->viewport()->mapTo(widget(), rect.topLeft());
        ensureVisible(topLeft.x(), topLeft.y() + rect.height() / 2, 0, rect.height() + 48);
    });
}

} // namespace cg
