// SPDX-License-Identifier: GPL-3.0-or-later
// Text size (90-200%) reaches every part of the window, and the layout holds at 200% on a
// 1024x600 window: nothing runs off the right edge, the care cards move above the page, and
// lines are 1.4 font sizes apart on screen.
#include "handout_ui/open_handout_composer.h"
#include "search_ui/search_field.h"
#include "views/checklist_box.h"
#include "views/living_view.h"
#include "views/section_view.h"
#include "widgets/navigation_list.h"
#include "widgets/rich_block.h"
#include "window/bookmarks_dialog.h"
#include "window_fixture.h"

#include <QAbstractButton>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolBar>
#include <QToolTip>

namespace cg::test {
namespace {

class TextSizeTest : public WindowTest {
protected:
    void TearDown() override {
        if (m_window) {
            m_window->setTextScale(100);
        }
        WindowTest::TearDown();
    }
};

TEST_F(TextSizeTest, ReachesMenusToolbarStatusLineTooltipsAndDialogs) {
    MainWindow &window = openWindow();
    window.setTextScale(100);
    const double normal = QApplication::font().pointSizeF();
    window.setTextScale(200);
    QCoreApplication::processEvents();
    const double big = QApplication::font().pointSizeF();
    EXPECT_NEAR(big, normal * 2, 0.2);
    const auto expectBig = [big](const QWidget *widget, const char *what) {
        ASSERT_NE(widget, nullptr) << what;
        EXPECT_NEAR(widget->font().pointSizeF(), big, 0.2) << what;
    };
    expectBig(window.menuBar(), "menu bar");
    const QList<QMenu *> menus = window.menuBar()->findChildren<QMenu *>();
    ASSERT_FALSE(menus.isEmpty());
    for (const QMenu *menu : menus) {
        expectBig(menu, "menu");
    }
    expectBig(window.findChild<QToolBar *>(), "toolbar");
    // The status line grows up to 130%, so it never takes the page's height on a small screen.
    EXPECT_NEAR(window.statusBar()->font().pointSizeF(), normal * 1.3, 0.2);
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        EXPECT_NEAR(label->font().pointSizeF(), normal * 1.3, 0.2);
    }
    // Glossary pop-ups are tooltips.
    EXPECT_NEAR(QToolTip::font().pointSizeF(), big, 0.2);
    // Search results are a list view in a pop-up.
    EXPECT_NEAR(QApplication::font("QListView").pointSizeF(), big, 0.2);
    // Dialogs, made after the change and before it.
    auto *bookmarks = new BookmarksDialog(
        window.bookmarks(), [](const QString &key) { return key; }, &window);
    bookmarks->show();
    QCoreApplication::processEvents();
    openHandoutComposer(&window, *m_repository, *m_languages);
    QCoreApplication::processEvents();
    const QList<QDialog *> dialogs = window.findChildren<QDialog *>();
    ASSERT_GE(dialogs.size(), 2);
    for (QDialog *dialog : dialogs) {
        expectBig(dialog, "dialog");
        for (const QWidget *child : dialog->findChildren<QWidget *>()) {
            if (child->isVisible() && qobject_cast<const QAbstractButton *>(child) != nullptr) {
                expectBig(child, "dialog button");
            }
        }
        dialog->close();
    }
}

TEST_F(TextSizeTest, NothingRunsOffA1024PixelWindowAt200Percent) {
    MainWindow &window = openWindow();
    window.setTextScale(200);
    window.resize(1024, 600);
    QCoreApplication::processEvents();
    for (const Page page : kPages) {
        window.openPage(page);
        QTest::qWait(100); // layouts run, blocks learn their heights
        EXPECT_LE(window.width(), 1024) << pageKey(page).toStdString();
        EXPECT_LE(window.minimumSizeHint().width(), 1024) << pageKey(page).toStdString();
        SectionView *view = window.currentView();
        const int right = view->mapToGlobal(QPoint(view->width(), 0)).x();
        for (const QWidget *child : view->findChildren<QWidget *>()) {
            if (!child->isVisible() || child->isWindow() || child->width() <= 0) {
                continue;
            }
            // A page's own content widget is sized by its scroll area, a scroll bar's width
            // late at times; what it holds is what must fit.
            if (const auto *area = qobject_cast<const QScrollArea *>(
                    child->parentWidget() ? child->parentWidget()->parentWidget() : nullptr);
                area != nullptr && area->widget() == child) {
                continue;
            }
            const int edge = child->mapToGlobal(QPoint(child->width(), 0)).x();
            // Inside a page, the page's visible part is the limit (a horizontal scroll bar is
            // never shown): its scroll bar takes room too.
            int limit = right;
            for (const QWidget *up = child->parentWidget(); up != nullptr && up != view;
                 up = up->parentWidget()) {
                const auto *area = qobject_cast<const QScrollArea *>(up);
                if (area != nullptr && area->viewport()->isAncestorOf(child)) {
                    limit = area->viewport()->mapToGlobal(QPoint(area->viewport()->width(), 0)).x();
                    break;
                }
            }
            EXPECT_LE(edge, limit + 1)
                << pageKey(page).toStdString() << ": " << child->metaObject()->className() << " "
                << child->objectName().toStdString() << " " << child->accessibleName().toStdString()
                << " ends at " << edge;
            // Text laid out wider than its block would be cut at the right.
            if (const auto *block = qobject_cast<const RichBlock *>(child)) {
                EXPECT_LE(block->document()->size().width(), block->viewport()->width() + 1)
                    << pageKey(page).toStdString() << ": " << block->accessibleName().toStdString();
            }
        }
    }
}

// The search field's placeholder names its shortcut: at 200% the long one would be cut at the
// right edge, shortcut first, so the field takes the short one.
TEST_F(TextSizeTest, TheSearchPlaceholderKeepsItsShortcutAt200Percent) {
    MainWindow &window = openWindow();
    // Where the program puts it (attachSearch); the placeholder needs no search engine.
    auto *field = new SearchField(&window);
    window.addSearchWidget(field);
    window.resize(1024, 600);
    window.show();
    for (const int scale : {100, 200}) {
        SCOPED_TRACE(scale);
        window.setTextScale(scale);
        QCoreApplication::processEvents();
        const QString placeholder = field->placeholderText();
        EXPECT_TRUE(placeholder.contains(QStringLiteral("Ctrl+K"))) << placeholder.toStdString();
        QStyleOptionFrame option;
        option.initFrom(field);
        const QRect room =
            field->style()->subElementRect(QStyle::SE_LineEditContents, &option, field);
        EXPECT_LE(field->fontMetrics().horizontalAdvance(placeholder), room.width())
            << placeholder.toStdString();
        if (scale == 100) {
            EXPECT_EQ(placeholder, QStringLiteral("Search the guide (Ctrl+K)"));
        }
    }
}

TEST_F(TextSizeTest, CareCardsMoveAboveThePageWhenTheColumnGetsNarrow) {
    MainWindow &window = openWindow();
    window.resize(1200, 800);
    window.setTextScale(100);
    window.openPage(Page::Living);
    QCoreApplication::processEvents();
    auto *living = qobject_cast<LivingView *>(window.currentView());
    ASSERT_NE(living, nullptr);
    EXPECT_FALSE(living->careCardsInColumn());
    auto *cards = living->careCards();
    EXPECT_TRUE(cards->isVisible());

    window.setTextScale(200);
    window.resize(1024, 600);
    QTest::qWait(30);
    EXPECT_TRUE(living->careCardsInColumn());
    EXPECT_TRUE(cards->isVisible());
    // Full width of the reading column, at the top, under the summary.
    const QWidget *column = living->findChild<QWidget *>(QStringLiteral("readingColumn"));
    ASSERT_NE(column, nullptr);
    EXPECT_TRUE(column->isAncestorOf(cards));
    EXPECT_GE(cards->width(), column->width() - 2);
    EXPECT_LT(cards->mapTo(column, QPoint(0, 0)).y(),
              living->selfCare()->mapTo(column, QPoint(0, 0)).y());

    window.setTextScale(100);
    window.resize(1200, 800);
    QTest::qWait(30);
    EXPECT_FALSE(living->careCardsInColumn());
    EXPECT_FALSE(column->isAncestorOf(cards));
}

TEST_F(TextSizeTest, LinesAreAboutOnePointFourFontSizesApart) {
    MainWindow &window = openWindow();
    window.openPage(Page::Treatment);
    QCoreApplication::processEvents();
    int measured = 0;
    for (const RichBlock *block : window.currentView()->findChildren<RichBlock *>()) {
        for (QTextBlock b = block->document()->begin(); b.isValid(); b = b.next()) {
            const QTextLayout *layout = b.layout();
            if (b.blockFormat().headingLevel() > 0 || layout == nullptr ||
                layout->lineCount() < 3) {
                continue;
            }
            double pointSize = b.begin().fragment().charFormat().fontPointSize();
            if (pointSize <= 0) {
                pointSize = block->document()->defaultFont().pointSizeF(); // as the text is set
            }
            const double pixels = pointSize * block->logicalDpiY() / 72.0;
            const double spacing = layout->lineAt(2).y() - layout->lineAt(1).y();
            EXPECT_NEAR(spacing / pixels, 1.4, 0.08) << b.text().left(40).toStdString();
            ++measured;
        }
    }
    EXPECT_GE(measured, 3);
}

} // namespace
} // namespace cg::test
