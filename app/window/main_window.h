// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/colour_schemes.h"
#include "window/location.h"
#include "window/navigation_history.h"

#include <QFont>
#include <QMainWindow>
#include <QMap>
#include <QPalette>
#include <functional>
#include <memory>
#include <optional>

class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QTextBrowser;
class QToolBar;
class QToolButton;
class QVBoxLayout;

namespace cg {

class BookmarkStore;
class ContentRepository;
class ContentSession;
class LanguageManager;
class NavigationList;
class NoticeBar;
class ReadAloud;
class SectionView;
class ViewContext;

// The main window: the navigation list down the side, one view per place (built on first
// visit), back and forward like a browser, bookmarks, text size, palette, language, and a
// status line with the disclaimer and content version.
//
// A window is made over an open content session (see ContentSession): there is no window
// without content. Views are built on first visit; the first one once the window is on screen
// (see firstExposed()), so the frame is painted before any view is filled. A window hidden
// before then (its owner found the content damaged) opens none.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    struct Options {
        QString bookmarksPath; // empty: BookmarkStore::defaultPath()
        bool restoreLastPlace = true;
        // Kiosk: a shared screen. Nothing is read from or written to settings or bookmarks,
        // there is no Quit and no bookmarks, and the handout action shows only if printing is
        // allowed (see KioskController for full screen, the exit keys and the idle reset).
        bool kiosk = false;
        bool kioskPrinting = true;
    };
    using PaletteChoice = ColourScheme; // View > Colours

    // The session and the language manager must outlive the window.
    MainWindow(ContentSession &session, LanguageManager &languages, QWidget *parent = nullptr);
    MainWindow(ContentSession &session, LanguageManager &languages, const Options &options,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Places, for search results, links and the handout composer.
    void openPage(Page page);
    void openTopic(const QString &topicId, const QStringList &highlightTerms = {});
    void openItem(const QString &itemId);
    void openGlossaryTerm(const QString &termId);
    // Follows a link of a view or a search result; links that are not ours are never followed
    // (the guide never goes online). Highlight terms apply to topics.
    void openLink(const Link &link, const QStringList &highlightTerms = {});
    // The reading pane of the current view, for find-in-page.
    QTextBrowser *currentReader() const;
    // What find in page searches in the current view (see SectionView::findTargets()).
    QList<QWidget *> currentFindTargets() const;

    // Slots for colleagues' widgets: the search field sits at the end of the toolbar, the find
    // bar under the views.
    void addSearchWidget(QWidget *widget);
    void addFindBar(QWidget *bar);
    // What "Handout..." (Ctrl+P) does; the action stays disabled until a handler is set.
    void setHandoutHandler(std::function<void()> handler);

    std::optional<Page> currentPage() const {
        return m_current.isValid() ? std::optional<Page>(m_current.page) : std::nullopt;
    }
    QString currentTarget() const;
    Location currentLocation() const;
    SectionView *currentView() const;
    SectionView *view(Page page) const { return m_views.value(page); }
    ViewContext &viewContext() const { return *m_context; }
    ContentSession &session() const { return m_session; }
    NavigationList *navigation() const { return m_navigation; }
    BookmarkStore &bookmarks();
    QString noticeText() const;
    // Read aloud: its actions, menu and reader (app/speech_ui).
    ReadAloud *readAloud() const { return m_readAloud; }
    // A quiet message across the top that stays until closed (no pop-ups).
    void showNotice(const QString &text);
    // A place's title in the reading language ("Treatment: Diltiazem").
    QString placeTitle(const Location &location) const;

    // Edit > Find in Page (Ctrl+F) and Edit > Search (Ctrl+K): the search wiring connects them.
    QAction *findInPageAction() const { return m_findAction; }
    QAction *searchAction() const { return m_searchAction; }
    // Help > About and Help > Keyboard Shortcuts, shown without blocking (tests read them).
    void showAbout();
    void showKeyboardShortcuts();
    bool isKiosk() const { return m_options.kiosk; }
    const Options &options() const { return m_options; }
    // For the next visitor at a kiosk: open dialogs and menus closed, the overview at the top
    // with no history, normal text size and the system's colours.
    void resetForNextVisitor();

    void goBack();
    void goForward();
    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }

    bool isCurrentBookmarked();
    void toggleBookmark();
    void openBookmarksDialog();

    static QList<int> textScaleSteps();
    int textScale() const { return m_textScale; }
    void setTextScale(int percent);
    void changeTextScale(int steps);
    PaletteChoice paletteChoice() const { return m_paletteChoice; }
    void setPaletteChoice(PaletteChoice choice);

Q_SIGNALS:
    void locationChanged(const QString &locationKey);
    // The window is on screen for the first time (and painted): the first view is filled next.
    void firstExposed();
    // The first view is open: start-up is over.
    void firstPlaceOpened();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // main_window_actions.cpp: actions, menus, toolbar and their texts.
    void createActions();
    void createMenus();
    void createToolBar();
    void retranslate();
    void updateDirectionalIcons();
    void createLanguageMenu();
    void updateLanguageMenu();
    void rebuildBookmarksMenu();
    void rebuildHistoryMenu();
    void copySelection();
    void onNavigationChosen(Page page);
    void updateActionStates();
    void applyKioskRestrictions();

    // main_window.cpp: the frame, places and history.
    void buildCentralArea();
    // main_window_startup.cpp: the language menu, document options, status line and titles
    // from the content; the first view once the window is on screen.
    void attachContent();
    SectionView *ensureView(Page page);
    void navigate(const Location &location, bool record);
    void rememberCurrentPlace();
    void updateNavigationTitles();
    QString navigationTitle(Page page) const;
    void updateStatusLine();
    void updateWindowTitle();
    void openFirstPlace();

    // main_window_state.cpp: settings, text size, palette, language.
    // Text size and palette, read before any widget is made.
    void restoreDisplaySettings();
    // Geometry, toolbar state and the first place, once the frame is built.
    void restoreFrameSettings();
    // Where the first view opens: the last place, or the overview.
    Location startPlace() const;
    void saveSettings();
    // Fonts and icon sizes only; the navigation's width follows its titles' (see
    // updateNavigationTitles()), so the frame measures them once, when they are set.
    void applyTextScaleToWidgets();
    // Navigation and toolbar down to icons when the window is narrow for the text size.
    void fitFrameToWidth();
    // `wanted`, but no more than 90% of the screen's free area.
    QSize fitToScreen(const QSize &wanted) const;
    static QFont desktopFont();
    double scaledPointSize() const;
    void applyDocumentOptions();
    void applyNavigationColors();
    DocumentOptions::Palette documentPaletteNow() const;
    QAction *paletteAction(PaletteChoice choice) const;
    void onLanguageChanged(const QString &code);

    // main_window_bookmarks.cpp
    QString bookmarksPath() const;
    void ensureBookmarksOpen();

    ContentSession &m_session;
    const ContentRepository &m_repository;
    LanguageManager &m_languages;
    int m_queryFailureToken = 0;
    Options m_options;
    std::unique_ptr<ViewContext> m_context;
    std::unique_ptr<BookmarkStore> m_bookmarks;
    bool m_bookmarksTried = false;

    NavigationList *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QVBoxLayout *m_findBarSlot = nullptr;
    NoticeBar *m_notice = nullptr; // made when first needed
    QVBoxLayout *m_centralLayout = nullptr;
    QLabel *m_disclaimer = nullptr;
    QLabel *m_versionLine = nullptr;
    QMap<Page, SectionView *> m_views;
    NavigationHistory m_history;
    Location m_current;
    Location m_firstPlace; // where to open once the window is on screen
    bool m_exposed = false;
    QStringList m_highlight;

    QToolBar *m_toolBar = nullptr;
    QAction *m_searchSlot = nullptr;
    QToolButton *m_languageButton = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_textSizeMenu = nullptr;
    QMenu *m_paletteMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_bookmarksMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_handoutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_biggerAction = nullptr;
    QAction *m_smallerAction = nullptr;
    QAction *m_resetSizeAction = nullptr;
    QAction *m_followSystemAction = nullptr;
    QAction *m_lightAction = nullptr;
    QAction *m_darkAction = nullptr;
    QAction *m_highContrastAction = nullptr;
    QAction *m_bookmarkAction = nullptr;
    QAction *m_manageBookmarksAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_copyAction = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_historyMenu = nullptr;
    bool m_arrowStep = false; // the last place came from an arrow key in the navigation
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QMap<Page, QAction *> m_pageActions;

    ReadAloud *m_readAloud = nullptr;
    std::function<void()> m_handoutHandler;
    int m_textScale = 100;
    PaletteChoice m_paletteChoice = PaletteChoice::FollowSystem;
    QPalette m_systemPalette;
};

} // namespace cg
