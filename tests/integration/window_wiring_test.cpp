// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces meet in the real window: typing a patient's question in the search field and
// pressing Enter opens the right topic; Ctrl+F opens find in page on it; Ctrl+P opens the
// handout composer.
#include "gui_wiring.h"
#include "search/find_bar.h"
#include "search/search_engine.h"
#include "search/search_field.h"
#include "window_fixture.h"

#include <QDialog>

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
    m_engine = std::make_unique<search::SearchEngine>(m_database.connection());
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
    EXPECT_EQ(window.currentPage(), QStringLiteral("diagnosis"));
    EXPECT_EQ(window.currentTarget(), QStringLiteral("how-it-is-diagnosed"));

    auto *find = window.findChild<FindBar *>();
    ASSERT_NE(find, nullptr);
    EXPECT_TRUE(find->isVisible());
    EXPECT_GT(find->matchCount(), 0);
}

TEST_F(WindowWiring, SearchFollowsTheLanguage) {
    MainWindow &window = openWindow();
    m_engine = std::make_unique<search::SearchEngine>(m_database.connection());
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
