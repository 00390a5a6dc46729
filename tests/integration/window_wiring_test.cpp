// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces meet in the real window: typing a patient's question in the search field and
// pressing Enter opens the right topic; Ctrl+F opens find in page on it; Ctrl+P opens the
// handout composer.
#include "gui_wiring.h"
#include "search/search_engine.h"
#include "search_ui/find_bar.h"
#include "search_ui/search_field.h"
#include "view_helpers.h"
#include "views/section_view.h"
#include "widgets/reading_page.h"
#include "window_fixture.h"

#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>

namespace cg {
namespace {

class WindowWiring : public test::WindowTest {
protected:
    void TearDown() override {
        m_window.reset(); // widgets first: they use the engine
        m_engine.reset();
        WindowTest::TearDown();
    }
    std::unique_ptr<search::SearchEngine> m_engine;
};

TEST_F(WindowWiring, SearchOpensTheTopicAndFindHighlightsIt) {
    MainWindow &window = openWindow();
    window.resize(1200, 800); // the window opens at 90% of the test screen, which is smaller
    m_engine = std::make_unique<search::SearchEngine>(database().connection());
    attachSearch(window, *m_engine, *m_languages);
    window.activateWindow();

    auto *field = window.findChild<SearchField *>();
    ASSERT_NE(field, nullptr);
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QCoreApplication::processEvents();
    EXPECT_TRUE(field->hasFocus());

    QTest::keyClicks(field, QStringLiteral("which blood tests"));
    field->searchNow();
    ASSERT_TRUE(field->resultsVisible());
    QTest::keyClick(field, Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(window.currentPage(), Page::Diagnosis);
    EXPECT_EQ(window.currentTarget(), QStringLiteral("how-it-is-diagnosed"));

    // The words stay marked in the topic, but the find bar is not filled with words the
    // reader never typed there (the engine's stems and synonyms).
    auto *find = window.findChild<FindBar *>();
    ASSERT_NE(find, nullptr);
    EXPECT_FALSE(find->isVisible());
    EXPECT_TRUE(find->findText().isEmpty());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCoreApplication::processEvents();
    EXPECT_TRUE(find->isVisible());
    EXPECT_TRUE(find->findText().isEmpty());
}

TEST_F(WindowWiring, FindInPageSearchesEveryBlockAndScrollsToEachMatch) {
    MainWindow &window = openWindow();
    window.resize(1024, 600);
    m_engine = std::make_unique<search::SearchEngine>(database().connection());
    attachSearch(window, *m_engine, *m_languages);
    window.activateWindow();
    window.openPage(Page::Treatment);
    QCoreApplication::processEvents();

    // Every "Small studies" badge on the cards counts, not only the topics' prose.
    const QString cards = test::viewText(window.currentView());
    const qsizetype expected = cards.count(QStringLiteral("small studies"), Qt::CaseInsensitive);
    ASSERT_GE(expected, 5);

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCoreApplication::processEvents();
    auto *find = window.findChild<FindBar *>();
    ASSERT_NE(find, nullptr);
    auto *field = find->findChild<QLineEdit *>(QStringLiteral("findField"));
    ASSERT_NE(field, nullptr);
    QTest::keyClicks(field, QStringLiteral("small studies"));
    EXPECT_EQ(find->matchCount(), expected);
    EXPECT_EQ(find->statusText(), QStringLiteral("1 of %1").arg(expected));

    auto *page = window.currentView()->findChild<ReadingPage *>();
    ASSERT_NE(page, nullptr);
    int lastScroll = page->scrollValue();
    bool scrolled = false;
    for (qsizetype step = 1; step < expected; ++step) {
        QTest::keyClick(field, Qt::Key_Return);
        EXPECT_EQ(find->currentMatch(), step + 1);
        // The current match is inside the visible part of the page.
        const QWidget *holder = find->currentMatchWidget();
        ASSERT_NE(holder, nullptr);
        const QRect rect = find->currentMatchRect();
        const QPoint top = holder->mapTo(page->viewport(), rect.topLeft());
        const QPoint bottom = holder->mapTo(page->viewport(), rect.bottomLeft());
        EXPECT_GE(top.y(), 0) << "match " << step + 1;
        EXPECT_LE(bottom.y(), page->viewport()->height()) << "match " << step + 1;
        scrolled = scrolled || page->scrollValue() != lastScroll;
        lastScroll = page->scrollValue();
    }
    EXPECT_TRUE(scrolled);
    // F3 and Shift+F3 step too, from anywhere in the window.
    QTest::keyClick(field, Qt::Key_F3);
    EXPECT_EQ(find->currentMatch(), 1);
    QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
    EXPECT_EQ(find->currentMatch(), expected);
}

TEST_F(WindowWiring, FindInPageReachesChecklistsAndCareCards) {
    MainWindow &window = openWindow();
    m_engine = std::make_unique<search::SearchEngine>(database().connection());
    attachSearch(window, *m_engine, *m_languages);
    window.activateWindow();
    window.openPage(Page::Living);
    QCoreApplication::processEvents();
    auto *find = window.findChild<FindBar *>();
    ASSERT_NE(find, nullptr);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCoreApplication::processEvents();
    auto *field = find->findChild<QLineEdit *>(QStringLiteral("findField"));
    ASSERT_NE(field, nullptr);

    // A checklist row is a label beside a check box: it is found and marked.
    const auto *box = window.currentView()->findChild<QCheckBox *>();
    ASSERT_NE(box, nullptr);
    const QString row = box->accessibleName();
    ASSERT_FALSE(row.isEmpty());
    QTest::keyClicks(field, row);
    ASSERT_GE(find->matchCount(), 1);
    bool marked = false;
    const QList<QLabel *> labels = window.currentView()->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        marked = marked || label->text().contains(QStringLiteral("background-color"));
    }
    EXPECT_TRUE(marked);
    // Esc puts the label back as it was.
    QTest::keyClick(field, Qt::Key_Escape);
    for (const QLabel *label : labels) {
        EXPECT_FALSE(label->text().contains(QStringLiteral("background-color")));
    }

    // The care cards' pane is searched too (emergency card: "Get emergency help now").
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCoreApplication::processEvents();
    field->clear();
    QTest::keyClicks(field, QStringLiteral("emergency help"));
    ASSERT_GE(find->matchCount(), 1);
    bool inCards = false;
    for (int i = 0; i < find->matchCount(); ++i) {
        const QWidget *holder = find->currentMatchWidget();
        for (const QWidget *up = holder; up != nullptr; up = up->parentWidget()) {
            inCards = inCards || up->objectName() == QStringLiteral("careCardPanel");
        }
        find->findNext();
    }
    EXPECT_TRUE(inCards);
}

TEST_F(WindowWiring, SearchFollowsTheLanguage) {
    MainWindow &window = openWindow();
    m_engine = std::make_unique<search::SearchEngine>(database().connection());
    attachSearch(window, *m_engine, *m_languages);
    auto *field = window.findChild<SearchField *>();
    ASSERT_NE(field, nullptr);
    ASSERT_TRUE(m_languages->setLanguage(QStringLiteral("es")));
    QCoreApplication::processEvents();
    EXPECT_EQ(field->contentLocale(), QStringLiteral("es"));
}

TEST_F(WindowWiring, HandoutShortcutOpensTheComposer) {
    MainWindow &window = openWindow();
    attachHandouts(window, *m_repository, *m_languages);
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
    QCoreApplication::processEvents();
    auto *composer = window.findChild<QDialog *>(QStringLiteral("HandoutComposerDialog"));
    ASSERT_NE(composer, nullptr);
    EXPECT_TRUE(composer->isVisible());
    composer->close();
}

} // namespace
} // namespace cg
