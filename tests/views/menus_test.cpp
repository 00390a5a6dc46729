// SPDX-License-Identifier: GPL-3.0-or-later
// The menus and buttons people expect: Edit (Copy, Find in Page, Search), Go > History, the
// mouse's back and forward buttons, Help > Keyboard Shortcuts and an About box; arrow keys in
// the navigation make one history step, not one per place passed.
#include "views/section_view.h"
#include "widgets/navigation_list.h"
#include "window_fixture.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace cg::test {
namespace {

QMenu *menuTitled(MainWindow &window, const QString &title) {
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text().remove(QLatin1Char('&')) == title) {
            return action->menu();
        }
    }
    return nullptr;
}

QStringList actionTexts(const QMenu *menu) {
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator()) {
            texts.append(action->text().remove(QLatin1Char('&')));
        }
    }
    return texts;
}

TEST_F(WindowTest, EditMenuHasCopyFindAndSearchWithTheirKeys) {
    MainWindow &window = openWindow();
    QMenu *edit = menuTitled(window, QStringLiteral("Edit"));
    ASSERT_NE(edit, nullptr);
    EXPECT_EQ(actionTexts(edit),
              (QStringList{QStringLiteral("Copy"), QStringLiteral("Find in Page"),
                           QStringLiteral("Search the Guide")}));
    EXPECT_EQ(window.findInPageAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
    EXPECT_EQ(window.searchAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
}

TEST_F(WindowTest, GoHistoryListsRecentPlacesAndJumpsToThem) {
    MainWindow &window = openWindow();
    window.openPage(Page::Causes);
    window.openPage(Page::Treatment);
    window.openPage(Page::Glossary);
    QMenu *go = menuTitled(window, QStringLiteral("Go"));
    ASSERT_NE(go, nullptr);
    QMenu *history = nullptr;
    for (QAction *action : go->actions()) {
        if (action->menu() != nullptr &&
            action->text().remove(QLatin1Char('&')) == QStringLiteral("History")) {
            history = action->menu();
        }
    }
    ASSERT_NE(history, nullptr);
    Q_EMIT history->aboutToShow();
    const QList<QAction *> places = history->actions();
    ASSERT_EQ(places.size(), 4); // overview, causes, treatment, glossary: newest first
    EXPECT_TRUE(places.at(0)->isChecked());
    places.at(2)->trigger(); // causes
    EXPECT_EQ(window.currentPage(), Page::Causes);
    EXPECT_TRUE(window.canGoForward());
    window.goForward();
    EXPECT_EQ(window.currentPage(), Page::Treatment);
}

TEST_F(WindowTest, MouseBackAndForwardButtonsMoveThroughHistory) {
    MainWindow &window = openWindow();
    window.openPage(Page::Treatment);
    QCoreApplication::processEvents();
    QWidget *page = window.currentView();
    QTest::mouseClick(page, Qt::BackButton, Qt::NoModifier, page->rect().center());
    EXPECT_EQ(window.currentPage(), Page::Overview);
    QWidget *overview = window.currentView();
    QTest::mouseClick(overview, Qt::ForwardButton, Qt::NoModifier, overview->rect().center());
    EXPECT_EQ(window.currentPage(), Page::Treatment);
}

TEST_F(WindowTest, ArrowKeysInTheNavigationMakeOneHistoryStep) {
    MainWindow &window = openWindow();
    window.activateWindow();
    NavigationList *nav = window.navigation();
    nav->setFocus();
    QTRY_VERIFY(nav->hasFocus());
    QTest::keyClick(nav, Qt::Key_Down);
    QTest::keyClick(nav, Qt::Key_Down);
    QTest::keyClick(nav, Qt::Key_Down);
    EXPECT_EQ(window.currentPage(), Page::Treatment);
    window.goBack();
    EXPECT_EQ(window.currentPage(), Page::Overview);
    EXPECT_FALSE(window.canGoBack());
}

TEST_F(WindowTest, HelpShowsKeyboardShortcutsAndAnAboutBox) {
    MainWindow &window = openWindow();
    QMenu *help = menuTitled(window, QStringLiteral("Help"));
    ASSERT_NE(help, nullptr);
    EXPECT_TRUE(actionTexts(help).contains(QStringLiteral("Keyboard Shortcuts")));

    window.showKeyboardShortcuts();
    auto *shortcuts = window.findChild<QMessageBox *>(QStringLiteral("shortcutsBox"));
    ASSERT_NE(shortcuts, nullptr);
    for (const QString &keys : {QStringLiteral("Ctrl+F"), QStringLiteral("Ctrl+K"),
                                QStringLiteral("Alt+Left"), QStringLiteral("Ctrl+D")}) {
        EXPECT_TRUE(shortcuts->text().contains(keys)) << keys.toStdString();
    }
    shortcuts->close();

    window.showAbout();
    auto *about = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
    ASSERT_NE(about, nullptr);
    EXPECT_TRUE(about->isVisible());
    EXPECT_TRUE(about->text().contains(QStringLiteral(CG_VERSION)));
    EXPECT_TRUE(about->text().contains(QStringLiteral("Content version")));
    EXPECT_TRUE(about->text().contains(QStringLiteral("General Public License")));
    EXPECT_EQ(window.currentPage(), Page::Overview); // About no longer jumps away
    about->close();
}

} // namespace
} // namespace cg::test
