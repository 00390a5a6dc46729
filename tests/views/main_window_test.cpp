// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a reader uses it: navigation, history, bookmarks, text size, language.
#include "user/bookmark_store.h"
#include "view_helpers.h"
#include "views/section_view.h"
#include "views/view_context.h"
#include "widgets/navigation_list.h"
#include "window/bookmarks_dialog.h"
#include "window_fixture.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTextBrowser>
#include <QToolTip>

namespace cg::test {
namespace {

void clickNavigation(MainWindow &window, Page page) {
    NavigationList *list = window.navigation();
    const int row = list->rowOf(page);
    ASSERT_GE(row, 0);
    const QRect rect = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QCoreApplication::processEvents();
}

QString firstTopic(const ContentRepository &repository, Page section) {
    return repository.topics(section, QStringLiteral("en")).constFirst().id;
}

TEST_F(WindowTest, StartsOnTheOverviewAndBuildsOtherViewsOnFirstVisit) {
    MainWindow &window = openWindow();
    EXPECT_EQ(window.currentPage(), Page::Overview);
    EXPECT_NE(window.view(Page::Overview), nullptr);
    for (const Page page : {Page::Causes, Page::Glossary, Page::Sources}) {
        EXPECT_EQ(window.view(page), nullptr) << pageKey(page).toStdString();
    }
    // 1200x800, or 90% of the screen's free area when that is smaller.
    const QSize room = window.screen()->availableGeometry().size() * 0.9;
    EXPECT_EQ(window.size(), QSize(1200, 800).boundedTo(room));
    EXPECT_NE(window.currentReader(), nullptr);
}

TEST_F(WindowTest, NavigationListAndBackForwardKeys) {
    MainWindow &window = openWindow();
    clickNavigation(window, Page::Treatment);
    EXPECT_EQ(window.currentPage(), Page::Treatment);
    clickNavigation(window, Page::Glossary);
    EXPECT_EQ(window.currentPage(), Page::Glossary);
    EXPECT_EQ(window.navigation()->currentPage(), Page::Glossary);

    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(window.currentPage(), Page::Treatment);
    EXPECT_EQ(window.navigation()->currentPage(), Page::Treatment);
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(window.currentPage(), Page::Overview);
    EXPECT_FALSE(window.canGoBack());
    QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
    QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(window.currentPage(), Page::Glossary);
    EXPECT_FALSE(window.canGoForward());

    // Ctrl+1..Ctrl+7 go straight to a place.
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), Page::Diagnosis);
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), Page::Sources);
}

TEST_F(WindowTest, HistoryReturnsToTheTopicYouWereReading) {
    MainWindow &window = openWindow();
    const QList<Topic> topics = m_repository->topics(Page::Treatment, QStringLiteral("en"));
    ASSERT_GE(topics.size(), 3);
    const QString topic = topics.at(2).id;
    window.openTopic(topic);
    EXPECT_EQ(window.currentPage(), Page::Treatment);
    EXPECT_EQ(window.currentTarget(), topic);
    const int scroll = window.currentView()->scrollPosition();
    EXPECT_GT(scroll, 0);

    window.openGlossaryTerm(QStringLiteral("calcium"));
    EXPECT_EQ(window.currentPage(), Page::Glossary);
    EXPECT_EQ(window.currentTarget(), QStringLiteral("calcium"));
    window.goBack();
    EXPECT_EQ(window.currentPage(), Page::Treatment);
    EXPECT_EQ(window.currentTarget(), topic);
    EXPECT_EQ(window.currentView()->scrollPosition(), scroll);
    window.goForward();
    EXPECT_EQ(window.currentTarget(), QStringLiteral("calcium"));
}

TEST_F(WindowTest, ClickingAGlossaryWordOpensItsEntry) {
    MainWindow &window = openWindow();
    window.openTopic(firstTopic(*m_repository, Page::Overview));
    SectionView *overview = window.currentView();
    QString href;
    for (const QString &link : viewLinks(overview)) {
        if (Link::parse(link).kind == Link::Kind::GlossaryTerm) {
            href = link;
            break;
        }
    }
    ASSERT_FALSE(href.isEmpty());
    RichBlock *block = blockWithLink(overview, href);
    ASSERT_NE(block, nullptr);
    const QPoint point = linkPosition(block, href);
    QTest::mouseMove(block->viewport(), point);
    QTest::mouseClick(block->viewport(), Qt::LeftButton, Qt::NoModifier, point);
    QCoreApplication::processEvents();
    EXPECT_EQ(window.currentPage(), Page::Glossary);
    EXPECT_EQ(window.currentTarget(), Link::parse(href).id);
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(window.currentPage(), Page::Overview);
}

// A card's "Sources" link opens the Sources page at the first source it cites, with every
// cited entry highlighted; the next visit by other means starts unmarked.
TEST_F(WindowTest, ACardsSourcesLinkShowsTheCitedEntries) {
    MainWindow &window = openWindow();
    QString href;
    RichBlock *block = nullptr;
    for (const Page page : {Page::Causes, Page::Treatment, Page::Diagnosis, Page::Living}) {
        window.openPage(page);
        for (const QString &link : viewLinks(window.currentView())) {
            if (link.startsWith(QStringLiteral("sources:"))) {
                href = link;
                block = blockWithLink(window.currentView(), href);
                break;
            }
        }
        if (block != nullptr) {
            break;
        }
    }
    ASSERT_NE(block, nullptr);
    const QStringList cited = href.mid(8).split(QLatin1Char(','));
    const QPoint point = linkPosition(block, href);
    QTest::mouseMove(block->viewport(), point);
    QTest::mouseClick(block->viewport(), Qt::LeftButton, Qt::NoModifier, point);
    QCoreApplication::processEvents();
    ASSERT_EQ(window.currentPage(), Page::Sources);
    SectionView *sources = window.currentView();
    // Each source's title in the list, and whether it is drawn on the highlight.
    const auto marked = [&](const QString &id) {
        QString title;
        for (const Source &source : m_repository->sources()) {
            if (source.id == id) {
                title = source.title;
            }
        }
        for (RichBlock *rich : sources->findChildren<RichBlock *>()) {
            QTextCursor found = rich->document()->find(title);
            if (!found.isNull()) {
                return found.charFormat().background().style() != Qt::NoBrush;
            }
        }
        ADD_FAILURE() << "no entry for " << id.toStdString();
        return false;
    };
    for (const QString &id : cited) {
        EXPECT_TRUE(marked(id)) << id.toStdString();
    }
    for (const Source &source : m_repository->sources()) {
        if (!cited.contains(source.id)) {
            EXPECT_FALSE(marked(source.id)) << source.id.toStdString();
        }
    }
    EXPECT_EQ(window.currentTarget(), QStringLiteral("source-") + cited.first());
}

TEST_F(WindowTest, ABookmarkSurvivesClosingTheWindow) {
    const QString topic = firstTopic(*m_repository, Page::Living);
    {
        MainWindow &window = openWindow();
        window.openTopic(topic);
        EXPECT_FALSE(window.isCurrentBookmarked());
        QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
        EXPECT_TRUE(window.isCurrentBookmarked());
        closeWindow();
    }
    MainWindow &window = openWindow();
    const QList<Bookmark> saved = window.bookmarks().bookmarks();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.constFirst().location, QStringLiteral("living/") + topic);
    // The Go > Bookmarks menu lists it by its title and opens it.
    QMenu *bookmarksMenu = nullptr;
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
        if (menu->title() == QStringLiteral("&Bookmarks")) {
            bookmarksMenu = menu;
        }
    }
    ASSERT_NE(bookmarksMenu, nullptr);
    Q_EMIT bookmarksMenu->aboutToShow();
    const QString title = m_repository->topic(topic, QStringLiteral("en"))->title;
    QAction *open = nullptr;
    for (QAction *action : bookmarksMenu->actions()) {
        if (action->text().contains(title)) {
            open = action;
        }
    }
    ASSERT_NE(open, nullptr);
    open->trigger();
    EXPECT_EQ(window.currentPage(), Page::Living);
    EXPECT_EQ(window.currentTarget(), topic);
    EXPECT_TRUE(window.isCurrentBookmarked());
    window.toggleBookmark();
    EXPECT_FALSE(window.isCurrentBookmarked());
    EXPECT_TRUE(window.bookmarks().bookmarks().isEmpty());
}

TEST_F(WindowTest, TheBookmarksDialogOpensAndRemoves) {
    MainWindow &window = openWindow();
    window.openGlossaryTerm(QStringLiteral("calcium"));
    window.toggleBookmark();
    window.openPage(Page::Treatment);
    window.toggleBookmark();
    BookmarksDialog dialog(window.bookmarks(), [&window](const QString &key) {
        return window.placeTitle(Location::fromKey(key));
    });
    ASSERT_EQ(dialog.list()->count(), 2);
    EXPECT_TRUE(dialog.list()->item(0)->text().contains(
        window.viewContext().term(QStringLiteral("calcium"))->term));
    dialog.list()->setCurrentRow(1);
    QPushButton *remove = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("&Remove")) {
            remove = button;
        }
    }
    ASSERT_NE(remove, nullptr);
    QTest::mouseClick(remove, Qt::LeftButton);
    EXPECT_EQ(dialog.list()->count(), 1);
    EXPECT_EQ(window.bookmarks().bookmarks().constFirst().location,
              QStringLiteral("glossary/calcium"));
    QTest::keyClick(dialog.list(), Qt::Key_Return);
    EXPECT_EQ(dialog.chosenLocation(), QStringLiteral("glossary/calcium"));
}

TEST_F(WindowTest, ADamagedBookmarksFileIsReportedInTheWindow) {
    {
        QFile file(options().bookmarksPath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(2048, '\x7f'));
    }
    MainWindow &window = openWindow();
    QCoreApplication::processEvents(); // the file is opened just after the window appears
    EXPECT_FALSE(window.noticeText().isEmpty());
    EXPECT_TRUE(window.bookmarks().isOpen());
}

TEST_F(WindowTest, TextSizeAndPlacePersistAcrossWindows) {
    int before = 0;
    double pointsBefore = 0;
    {
        MainWindow &window = openWindow();
        before = window.textScale();
        pointsBefore = window.viewContext().options().bodyPointSize();
        QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        EXPECT_GT(window.textScale(), before);
        EXPECT_GT(window.viewContext().options().bodyPointSize(), pointsBefore);
        window.openPage(Page::Diagnosis);
        window.resize(1000, 700);
        closeWindow();
    }
    MainWindow &window = openWindow();
    EXPECT_GT(window.textScale(), before);
    EXPECT_GT(window.viewContext().options().bodyPointSize(), pointsBefore);
    EXPECT_EQ(window.currentPage(), Page::Diagnosis);
    EXPECT_EQ(window.size(), QSize(1000, 700));
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    EXPECT_EQ(window.textScale(), 100);
    QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_LT(window.textScale(), 100);
}

TEST_F(WindowTest, HighContrastReachesTheDocuments) {
    MainWindow &window = openWindow();
    window.setPaletteChoice(MainWindow::PaletteChoice::HighContrast);
    EXPECT_EQ(window.viewContext().options().palette, DocumentOptions::Palette::HighContrast);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), QColor(Qt::white));
    window.setPaletteChoice(MainWindow::PaletteChoice::FollowSystem);
    EXPECT_NE(window.viewContext().options().palette, DocumentOptions::Palette::HighContrast);
}

TEST_F(WindowTest, ArabicMirrorsTheWindowAndKeepsThePlace) {
    MainWindow &window = openWindow();
    const QList<Topic> topics = m_repository->topics(Page::Causes, QStringLiteral("en"));
    const QString topic = topics.at(1).id;
    window.openTopic(topic);
    ASSERT_TRUE(m_languages->setLanguage(QStringLiteral("ar")));
    QCoreApplication::processEvents();
    EXPECT_EQ(window.layoutDirection(), Qt::RightToLeft);
    EXPECT_EQ(window.viewContext().locale(), QStringLiteral("ar"));
    EXPECT_EQ(window.currentPage(), Page::Causes);
    EXPECT_EQ(window.currentTarget(), topic);
    const auto arabic = m_repository->topic(topic, QStringLiteral("ar"));
    ASSERT_TRUE(arabic.has_value());
    EXPECT_TRUE(viewText(window.currentView()).contains(arabic->title));
    // The status line says quietly that the translation awaits clinical review.
    const QString note =
        m_repository->string(QStringLiteral("translation_note"), QStringLiteral("ar")).text;
    bool found = false;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        found = found || label->text().contains(note);
    }
    EXPECT_TRUE(found);
    ASSERT_TRUE(m_languages->setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    EXPECT_EQ(window.layoutDirection(), Qt::LeftToRight);
}

// Every view of a translated language says on the page itself that the translation awaits
// clinical review, and every section topic says it is a draft no clinician has reviewed yet.
TEST_F(WindowTest, EveryTranslatedViewCarriesTheTranslationAndReviewMarks) {
    MainWindow &window = openWindow();
    ASSERT_TRUE(m_languages->setLanguage(QStringLiteral("es")));
    QCoreApplication::processEvents();
    const QString note =
        m_repository->string(QStringLiteral("translation_note"), QStringLiteral("es")).text;
    const QString draft =
        m_repository->string(QStringLiteral("labels.written_not_reviewed"), QStringLiteral("es"))
            .text.section(QStringLiteral("%1"), 1);
    ASSERT_FALSE(draft.trimmed().isEmpty());
    for (const Page page : kPages) {
        window.openPage(page);
        QCoreApplication::processEvents();
        const QString text = viewText(window.currentView());
        EXPECT_TRUE(text.contains(note)) << pageKey(page).toStdString();
        if (isSectionPage(page)) {
            EXPECT_TRUE(text.contains(draft)) << pageKey(page).toStdString();
        }
    }
    ASSERT_TRUE(m_languages->setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    // English is the source: nothing there claims to be a translation.
    EXPECT_FALSE(
        viewText(window.currentView())
            .contains(m_repository->string(QStringLiteral("translation_note"), QStringLiteral("en"))
                          .text));
}

TEST_F(WindowTest, LanguageMenuNamesLanguagesInTheirOwnWords) {
    MainWindow &window = openWindow();
    QMenu *languageMenu = nullptr;
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
        if (menu->title() == QStringLiteral("&Language")) {
            languageMenu = menu;
        }
    }
    ASSERT_NE(languageMenu, nullptr);
    QStringList names;
    for (QAction *action : languageMenu->actions()) {
        names.append(action->text());
    }
    for (const LocaleInfo &info : m_languages->languages()) {
        EXPECT_TRUE(names.contains(info.nativeName)) << info.code.toStdString();
    }
    for (QAction *action : languageMenu->actions()) {
        if (action->data().toString() == QStringLiteral("es")) {
            action->trigger();
            break;
        }
    }
    EXPECT_EQ(m_languages->current(), QStringLiteral("es"));
    EXPECT_EQ(window.viewContext().locale(), QStringLiteral("es"));
    m_languages->setLanguage(QStringLiteral("en"));
}

TEST_F(WindowTest, SearchWordsAreHighlightedInTheOpenedTopic) {
    MainWindow &window = openWindow();
    const QString topic = firstTopic(*m_repository, Page::Diagnosis);
    window.openTopic(topic, {QStringLiteral("biopsy")});
    QTextBrowser *reader = window.currentReader();
    ASSERT_NE(reader, nullptr);
    const QList<QTextEdit::ExtraSelection> marks = reader->extraSelections();
    ASSERT_FALSE(marks.isEmpty());
    for (const QTextEdit::ExtraSelection &mark : marks) {
        EXPECT_EQ(mark.cursor.selectedText().toLower(), QStringLiteral("biopsy"));
    }
    // The next place starts clean.
    window.openPage(Page::Overview);
    window.openPage(Page::Diagnosis);
    EXPECT_TRUE(window.currentReader()->extraSelections().isEmpty());
}

TEST_F(WindowTest, FollowsADarkDesktopPalette) {
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    {
        MainWindow &window = openWindow();
        EXPECT_EQ(window.viewContext().options().palette, DocumentOptions::Palette::Dark);
        closeWindow();
    }
    QApplication::setPalette(light);
}

TEST_F(WindowTest, HandoutActionCallsTheHandler) {
    MainWindow &window = openWindow();
    int calls = 0;
    window.setHandoutHandler([&calls] { ++calls; });
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
    EXPECT_EQ(calls, 1);
}

} // namespace
} // namespace cg::test
