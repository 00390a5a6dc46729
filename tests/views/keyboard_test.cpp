// SPDX-License-Identifier: GPL-3.0-or-later
// A keyboard-only reader: Tab walks each view in the order it reads, top to bottom, stops only
// where something visible takes the focus, and the page scrolls to wherever the focus goes.
#include "views/section_view.h"
#include "widgets/navigation_list.h"
#include "widgets/reading_page.h"
#include "widgets/rich_block.h"
#include "window_fixture.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QImage>
#include <QScrollArea>
#include <QScrollBar>

namespace cg::test {
namespace {

QScrollArea *scrollerOf(const QWidget *widget) {
    for (QWidget *up = widget->parentWidget(); up != nullptr; up = up->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(up)) {
            return area;
        }
    }
    return nullptr;
}

// Where the focus is drawn: the chosen link of a text block, else the widget itself, in the
// coordinates of `into`.
QRect focusRect(const QWidget *focus, const QWidget *into) {
    if (const auto *block = qobject_cast<const RichBlock *>(focus)) {
        const QTextCursor cursor = block->textCursor();
        if (cursor.hasSelection()) {
            QTextCursor start = cursor;
            start.setPosition(cursor.selectionStart());
            const QRect rect = block->cursorRect(start);
            return QRect(block->viewport()->mapTo(into, rect.topLeft()), rect.size());
        }
    }
    return QRect(focus->mapTo(into, QPoint(0, 0)), focus->size());
}

struct Stop {
    const QWidget *widget;
    QString what;
    int pane;   // scroll area's x in the view: the leading pane first
    QRect rect; // in its pane's content
    bool shown; // a text block has a link chosen
};

// Tabs from the first focusable control of the view until the focus leaves it.
QList<Stop> tabThrough(MainWindow &window, SectionView *view) {
    QList<Stop> stops;
    // Enter as Tab from the navigation does.
    window.navigation()->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    QTest::keyClick(window.navigation(), Qt::Key_Tab);
    QCoreApplication::processEvents();
    for (int guard = 0; guard < 400; ++guard) {
        QWidget *focus = QApplication::focusWidget();
        if (focus == nullptr || !view->isAncestorOf(focus)) {
            break;
        }
        QScrollArea *area = scrollerOf(focus);
        const QWidget *content = area != nullptr ? area->widget() : view;
        const int pane = area != nullptr ? area->mapTo(view, QPoint(0, 0)).x() : 0;
        QString what = QString::fromLatin1(focus->metaObject()->className());
        if (const auto *block = qobject_cast<const RichBlock *>(focus)) {
            what += QStringLiteral(" '") + block->textCursor().selectedText() + QLatin1Char('\'');
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(focus)) {
            what += QStringLiteral(" '") + button->text() + QLatin1Char('\'');
        }
        what += QStringLiteral(" [") + focus->accessibleName() + QLatin1Char(']');
        const auto *block = qobject_cast<const RichBlock *>(focus);
        const bool shown = block == nullptr || block->textCursor().hasSelection();
        stops.append({focus, what, pane, focusRect(focus, content), shown});
        QTest::keyClick(focus, Qt::Key_Tab);
        QCoreApplication::processEvents();
    }
    return stops;
}

class KeyboardTest : public WindowTest {};

TEST_F(KeyboardTest, TabFollowsTheVisualOrderOfEveryView) {
    MainWindow &window = openWindow();
    window.resize(1024, 700);
    window.activateWindow();
    for (const Page page : kPages) {
        window.openPage(page);
        QCoreApplication::processEvents();
        SectionView *view = window.currentView();
        const QList<Stop> stops = tabThrough(window, view);
        EXPECT_GE(stops.size(), 1) << pageKey(page).toStdString();
        for (qsizetype i = 1; i < stops.size(); ++i) {
            const Stop &before = stops.at(i - 1);
            const Stop &after = stops.at(i);
            const bool samePane = before.pane == after.pane;
            const bool onwards = samePane ? (after.rect.top() > before.rect.top() - 4 ||
                                             // side by side on one line: reading direction
                                             (after.rect.top() < before.rect.bottom() &&
                                              after.rect.left() >= before.rect.left()))
                                          : after.pane > before.pane;
            EXPECT_TRUE(onwards) << pageKey(page).toStdString() << ": stop " << i << " "
                                 << before.what.toStdString() << " at " << before.rect.top()
                                 << " then " << after.what.toStdString() << " at "
                                 << after.rect.top();
        }
    }
}

TEST_F(KeyboardTest, EveryStopShowsFocusOnSomethingVisible) {
    MainWindow &window = openWindow();
    window.resize(1024, 700);
    window.activateWindow();
    for (const Page page : kPages) {
        window.openPage(page);
        QCoreApplication::processEvents();
        const QList<Stop> stops = tabThrough(window, window.currentView());
        for (const Stop &stop : stops) {
            // A text block holds the focus only on one of its links.
            EXPECT_TRUE(stop.shown)
                << pageKey(page).toStdString() << ": " << stop.what.toStdString();
            EXPECT_TRUE(stop.widget->isVisible()) << pageKey(page).toStdString();
        }
    }
}

TEST_F(KeyboardTest, ThePageScrollsToTheFocus) {
    MainWindow &window = openWindow();
    window.resize(1024, 600);
    window.activateWindow();
    for (const Page page : kPages) {
        window.openPage(page);
        QCoreApplication::processEvents();
        SectionView *view = window.currentView();
        window.navigation()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(window.navigation(), Qt::Key_Tab);
        QCoreApplication::processEvents();
        for (int guard = 0; guard < 400; ++guard) {
            QWidget *focus = QApplication::focusWidget();
            if (focus == nullptr || !view->isAncestorOf(focus)) {
                break;
            }
            if (QScrollArea *area = scrollerOf(focus)) {
                const QRect rect = focusRect(focus, area->viewport());
                EXPECT_GE(rect.bottom(), 0) << pageKey(page).toStdString() << " " << guard;
                EXPECT_LE(rect.top(), area->viewport()->height())
                    << pageKey(page).toStdString() << " " << guard << " scroll "
                    << area->verticalScrollBar()->value() << "/"
                    << area->verticalScrollBar()->maximum() << " "
                    << focus->metaObject()->className() << " " << focus->hasFocus();
            }
            QTest::keyClick(focus, Qt::Key_Tab);
            QCoreApplication::processEvents();
        }
    }
}

// Pixels of `image` mostly of `colour` (an antialiased edge pixel three quarters covered counts).
int pixelsNear(const QImage &image, const QColor &colour) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (qAbs(pixel.red() - colour.red()) + qAbs(pixel.green() - colour.green()) +
                    qAbs(pixel.blue() - colour.blue()) <
                120) {
                ++count;
            }
        }
    }
    return count;
}

TEST_F(KeyboardTest, FocusedLinksAndCheckBoxesGetARingInTheAccentColour) {
    MainWindow &window = openWindow();
    window.activateWindow();
    window.openPage(Page::Living);
    QCoreApplication::processEvents();
    SectionView *view = window.currentView();

    auto *box = view->findChild<QCheckBox *>();
    ASSERT_NE(box, nullptr);
    QWidget *row = box->parentWidget();
    const QColor accent = row->palette().color(QPalette::Link);
    const int before = pixelsNear(row->grab().toImage(), accent);
    box->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    ASSERT_TRUE(box->hasFocus());
    const int ringed = pixelsNear(row->grab().toImage(), accent);
    // At least two pixels deep around the row's sides.
    EXPECT_GE(ringed - before, 2 * (row->width() + row->height()) * 2 * 8 / 10);

    RichBlock *block = nullptr;
    for (RichBlock *candidate : view->findChildren<RichBlock *>()) {
        if (candidate->hasLinks()) {
            block = candidate;
            break;
        }
    }
    ASSERT_NE(block, nullptr);
    const QColor link = block->palette().color(QPalette::Link);
    block->setFocus(Qt::TabFocusReason); // lands on its first link
    QCoreApplication::processEvents();
    const QRect chosen = block->focusedLinkRect();
    ASSERT_FALSE(chosen.isEmpty());
    const QRect around = chosen.adjusted(-6, -4, 6, 4).intersected(block->viewport()->rect());
    const QImage focused = block->viewport()->grab(around).toImage();
    block->clearFocus();
    QCoreApplication::processEvents();
    const QImage unfocused = block->viewport()->grab(around).toImage();
    EXPECT_GE(pixelsNear(focused, link) - pixelsNear(unfocused, link),
              2 * (chosen.width() + chosen.height()) * 2 * 6 / 10);
}

} // namespace
} // namespace cg::test
