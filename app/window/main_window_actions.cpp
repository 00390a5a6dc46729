// SPDX-License-Identifier: GPL-3.0-or-later
// The window's actions, menus and toolbar, and the texts they show.
#include "language/language_manager.h"
#include "speech_ui/read_aloud.h"
#include "user/bookmark_store.h"
#include "views/view_context.h"
#include "widgets/icons.h"
#include "window/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>

namespace cg {

void MainWindow::createActions() {
    m_backAction = new QAction(this);
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);
    m_forwardAction = new QAction(this);
    m_forwardAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(m_forwardAction, &QAction::triggered, this, &MainWindow::goForward);

    m_handoutAction = new QAction(
        themedIcon(QStringLiteral("document-print"), QStringLiteral("handout")), QString(), this);
    m_handoutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_handoutAction, &QAction::triggered, this, [this] {
        if (m_handoutHandler) {
            m_handoutHandler();
        }
    });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_biggerAction =
        new QAction(themedIcon(QString(), QStringLiteral("text-bigger")), QString(), this);
    m_biggerAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_biggerAction, &QAction::triggered, this, [this] { changeTextScale(1); });
    m_smallerAction =
        new QAction(themedIcon(QString(), QStringLiteral("text-smaller")), QString(), this);
    m_smallerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(m_smallerAction, &QAction::triggered, this, [this] { changeTextScale(-1); });
    m_resetSizeAction = new QAction(this);
    m_resetSizeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_resetSizeAction, &QAction::triggered, this, [this] { setTextScale(100); });

    auto *paletteGroup = new QActionGroup(this);
    m_followSystemAction = new QAction(paletteGroup);
    m_followSystemAction->setCheckable(true);
    m_lightAction = new QAction(paletteGroup);
    m_darkAction = new QAction(paletteGroup);
    m_highContrastAction = new QAction(paletteGroup);
    for (const PaletteChoice choice : {PaletteChoice::FollowSystem, PaletteChoice::Light,
                                       PaletteChoice::Dark, PaletteChoice::HighContrast}) {
        QAction *action = paletteAction(choice);
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, choice] { setPaletteChoice(choice); });
    }
    m_followSystemAction->setChecked(true);

    m_bookmarkAction =
        new QAction(themedIcon(QString(), QStringLiteral("bookmark")), QString(), this);
    m_bookmarkAction->setCheckable(true);
    m_bookmarkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_bookmarkAction, &QAction::triggered, this, &MainWindow::toggleBookmark);
    m_manageBookmarksAction = new QAction(this);
    connect(m_manageBookmarksAction, &QAction::triggered, this, &MainWindow::openBookmarksDialog);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showKeyboardShortcuts);

    // Edit: the search wiring connects Find and Search; until then they do nothing.
    m_findAction = new QAction(this);
    m_findAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Find));
    m_searchAction = new QAction(this);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_copyAction = new QAction(this);
    m_copyAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Copy));
    // Only while the focus is in the window's menus: fields and text blocks copy by themselves.
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copySelection);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    int number = 0; // Ctrl+1 to Ctrl+7, in navigation order
    for (const Page page : kPages) {
        auto *action = new QAction(sectionIcon(page), QString(), this);
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + number++)));
        connect(action, &QAction::triggered, this, [this, page] { openPage(page); });
        m_pageActions.insert(page, action);
    }
    m_readAloud = new ReadAloud(*this);
    addActions(m_readAloud->actions());
    // Shortcuts work even when the menu bar is hidden or the toolbar is off.
    addActions({m_backAction, m_forwardAction, m_handoutAction, m_quitAction, m_biggerAction,
                m_smallerAction, m_resetSizeAction, m_bookmarkAction});
    updateDirectionalIcons();
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_handoutAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_copyAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_editMenu->addAction(m_searchAction);
    addAction(m_findAction); // shortcuts work wherever the focus is
    addAction(m_searchAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_textSizeMenu = m_viewMenu->addMenu(QString());
    m_textSizeMenu->addAction(m_biggerAction);
    m_textSizeMenu->addAction(m_smallerAction);
    m_textSizeMenu->addAction(m_resetSizeAction);
    m_paletteMenu = m_viewMenu->addMenu(QString());
    m_paletteMenu->addAction(m_followSystemAction);
    m_paletteMenu->addAction(m_lightAction);
    m_paletteMenu->addAction(m_darkAction);
    m_paletteMenu->addAction(m_highContrastAction);
    m_viewMenu->addMenu(m_readAloud->menu());

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addAction(m_backAction);
    m_goMenu->addAction(m_forwardAction);
    m_historyMenu = m_goMenu->addMenu(QString());
    connect(m_historyMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildHistoryMenu);
    m_goMenu->addSeparator();
    for (const Page page : kPages) {
        m_goMenu->addAction(m_pageActions.value(page));
    }
    m_goMenu->addSeparator();
    m_bookmarksMenu = m_goMenu->addMenu(QString());
    connect(m_bookmarksMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildBookmarksMenu);
    rebuildBookmarksMenu();

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this); // filled when the content (and its languages) come

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar() {
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    const int icon = qMax(22, qRound(scaledPointSize() * 1.8));
    m_toolBar->setIconSize(QSize(icon, icon));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_backAction);
    m_toolBar->addAction(m_forwardAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_bookmarkAction);
    m_toolBar->addAction(m_handoutAction);
    m_toolBar->addActions(m_readAloud->toolBarActions());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_smallerAction);
    m_toolBar->addAction(m_biggerAction);
    m_languageButton = new QToolButton(m_toolBar);
    m_languageButton->setIcon(themedIcon(QString(), QStringLiteral("language")));
    m_languageButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_languageButton->setPopupMode(QToolButton::InstantPopup);
    m_languageButton->setMenu(m_languageMenu);
    m_toolBar->addWidget(m_languageButton);
    updateLanguageMenu(); // names the current language on the button
    // The search field goes at the far end; this spacer marks its place.
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_searchSlot = m_toolBar->addSeparator();
    m_searchSlot->setVisible(false);
    // Icons only for the size buttons: "A-" and "A+" say enough and save room.
    for (QAction *action : {m_smallerAction, m_biggerAction}) {
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action))) {
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        }
    }
}

void MainWindow::updateDirectionalIcons() {
    // Arrows point the way the reading goes: mirrored for right-to-left languages.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    m_backAction->setIcon(
        rtl ? themedIcon(QStringLiteral("go-next"), QStringLiteral("go-forward"))
            : themedIcon(QStringLiteral("go-previous"), QStringLiteral("go-back")));
    m_forwardAction->setIcon(
        rtl ? themedIcon(QStringLiteral("go-previous"), QStringLiteral("go-back"))
            : themedIcon(QStringLiteral("go-next"), QStringLiteral("go-forward")));
}

void MainWindow::createLanguageMenu() {
    // Each language named in its own words, so a reader can find theirs in any interface language.
    const QList<LocaleInfo> languages = m_languages.languages();
    for (const LocaleInfo &info : languages) {
        auto *action = m_languageMenu->addAction(info.nativeName);
        action->setCheckable(true);
        action->setData(info.code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, code = info.code] { m_languages.setLanguage(code); });
    }
    updateLanguageMenu();
}

void MainWindow::updateLanguageMenu() {
    const QString current = m_context->locale();
    const QList<QAction *> actions = m_languageGroup->actions();
    for (QAction *action : actions) {
        action->setChecked(action->data().toString() == current);
        if (action->isChecked() && m_languageButton != nullptr) {
            m_languageButton->setText(action->text());
        }
    }
}

void MainWindow::rebuildBookmarksMenu() {
    m_bookmarksMenu->clear();
    m_bookmarksMenu->addAction(m_bookmarkAction);
    m_bookmarksMenu->addAction(m_manageBookmarksAction);
    if (!m_bookmarksTried) {
        return; // opened on first use, not at start-up
    }
    const QList<Bookmark> saved = bookmarks().bookmarks();
    if (!saved.isEmpty()) {
        m_bookmarksMenu->addSeparator();
    }
    for (const Bookmark &bookmark : saved) {
        const Location place = Location::fromKey(bookmark.location);
        const QString title = placeTitle(place);
        QAction *open = m_bookmarksMenu->addAction(title.isEmpty() ? bookmark.title : title);
        connect(open, &QAction::triggered, this, [this, place] { navigate(place, true); });
    }
}

void MainWindow::updateActionStates() {
    if (m_options.kiosk) {
        applyKioskRestrictions(); // nothing may bring a removed action back
    }
    m_backAction->setEnabled(m_history.canGoBack());
    m_forwardAction->setEnabled(m_history.canGoForward());
    m_handoutAction->setEnabled(static_cast<bool>(m_handoutHandler) &&
                                (!m_options.kiosk || m_options.kioskPrinting));
    const QList<int> steps = textScaleSteps();
    m_biggerAction->setEnabled(m_textScale < steps.constLast());
    m_smallerAction->setEnabled(m_textScale > steps.constFirst());
    const bool marked = isCurrentBookmarked();
    m_bookmarkAction->setChecked(marked);
    m_bookmarkAction->setIcon(themedIcon(QString(), marked ? QStringLiteral("bookmark-filled")
                                                           : QStringLiteral("bookmark")));
    m_bookmarkAction->setText(marked ? tr("Remove &Bookmark") : tr("&Bookmark This Page"));
    m_bookmarkAction->setIconText(marked ? tr("Bookmarked") : tr("Bookmark"));
    for (auto it = m_pageActions.cbegin(); it != m_pageActions.cend(); ++it) {
        it.value()->setCheckable(true);
        it.value()->setChecked(m_current.isValid() && it.key() == m_current.page);
    }
}

void MainWindow::applyKioskRestrictions() {
    if (!m_options.kiosk) {
        return;
    }
    // Gone, not greyed: a visitor should not meet controls that do nothing. Disabled as well,
    // so their shortcuts do nothing either.
    // About Qt links to web pages that would open a browser: a way out of the kiosk.
    QList<QAction *> removed = {m_quitAction, m_bookmarkAction, m_manageBookmarksAction,
                                m_bookmarksMenu->menuAction(), m_aboutQtAction};
    if (!m_options.kioskPrinting) {
        removed.append(m_handoutAction);
    }
    for (QAction *action : std::as_const(removed)) {
        action->setVisible(false);
        action->setEnabled(false);
    }
    m_fileMenu->menuAction()->setVisible(m_options.kioskPrinting);
}

void MainWindow::retranslate() {
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_textSizeMenu->setTitle(tr("&Text Size"));
    m_paletteMenu->setTitle(tr("&Colours"));
    m_goMenu->setTitle(tr("&Go"));
    m_bookmarksMenu->setTitle(tr("&Bookmarks"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));

    m_backAction->setText(tr("&Back"));
    m_backAction->setToolTip(tr("Go back (Alt+Left)"));
    m_forwardAction->setText(tr("&Forward"));
    m_forwardAction->setToolTip(tr("Go forward (Alt+Right)"));
    m_handoutAction->setText(tr("&Handout…"));
    m_handoutAction->setIconText(tr("Handout"));
    m_handoutAction->setToolTip(tr("Make a handout to print or save (Ctrl+P)"));
    m_quitAction->setText(tr("&Quit"));
    m_biggerAction->setText(tr("&Bigger Text"));
    m_biggerAction->setToolTip(tr("Bigger text (Ctrl+Plus)"));
    m_smallerAction->setText(tr("&Smaller Text"));
    m_smallerAction->setToolTip(tr("Smaller text (Ctrl+Minus)"));
    m_resetSizeAction->setText(tr("&Normal Size"));
    m_followSystemAction->setText(tr("Follow the &System"));
    m_lightAction->setText(tr("&Light"));
    m_darkAction->setText(tr("&Dark"));
    m_highContrastAction->setText(tr("&High Contrast"));
    m_manageBookmarksAction->setText(tr("&Manage Bookmarks…"));
    m_aboutAction->setText(tr("&About Calcinosis Guide"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_editMenu->setTitle(tr("&Edit"));
    m_copyAction->setText(tr("&Copy"));
    m_findAction->setText(tr("&Find in Page"));
    m_searchAction->setText(tr("&Search the Guide"));
    m_historyMenu->setTitle(tr("&History"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_languageButton->setToolTip(tr("Language"));
    m_languageButton->setAccessibleName(tr("Language"));
    for (const Page page : kPages) {
        m_pageActions.value(page)->setText(placeTitle({page}));
    }
    updateNavigationTitles();
    updateActionStates();
    updateWindowTitle();
}

} // namespace cg
