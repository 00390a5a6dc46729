// SPDX-License-Identifier: GPL-3.0-or-later
// The search field under offscreen Qt: typing shows results after the pause, keys move and
// open them, a click opens one, and texts follow a language change.
#include "content/content_database.h"
#include "fake_translator.h"
#include "search/search_engine.h"
#include "search_ui/search_field.h"
#include "search_ui/search_result_model.h"
#include "search_ui/search_results_popup.h"
#include "test_support.h"

#include <QAccessible>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <algorithm>
#include <gtest/gtest.h>

namespace cg {
namespace {

// The link a result row should open: its topic, item or glossary entry; a warning sign opens
// the page that holds the "Get medical help" cards.
Link expectedLink(const QModelIndex &row) {
    const QString kind = row.data(SearchResultModel::KindRole).toString();
    const QString id = row.data(SearchResultModel::IdRole).toString();
    if (kind == QStringLiteral("topic")) {
        return Link::topic(id);
    }
    if (kind == QStringLiteral("item")) {
        return Link::item(id);
    }
    if (kind == QStringLiteral("term")) {
        return Link::glossaryTerm(id);
    }
    EXPECT_EQ(kind, QStringLiteral("red-flag"));
    return Link::toPage(Page::Living);
}

// QTest::keyClicks() knows only ASCII: type other scripts as key events carrying their text,
// as an input method would.
void typeText(QWidget *widget, const QString &text) {
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

class SearchFieldTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_database.open(test::contentDatabasePath()));
        m_engine = std::make_unique<search::SearchEngine>(m_database.connection());
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_field = new SearchField(m_window.get());
        m_field->setEngine(m_engine.get());
        layout->addWidget(m_field);
        layout->addStretch(1);
        m_window->resize(800, 600);
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_field->setFocus();
        QTRY_VERIFY(m_field->hasFocus());
    }
    void TearDown() override {
        m_window.reset();
        m_engine.reset();
    }

    QStringList shownIds() const {
        QStringList ids;
        const SearchResultModel *model = m_field->resultModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            ids.append(model->index(row).data(SearchResultModel::IdRole).toString());
        }
        return ids;
    }

    ContentDatabase m_database;
    std::unique_ptr<search::SearchEngine> m_engine;
    std::unique_ptr<QWidget> m_window;
    SearchField *m_field = nullptr;
};

TEST_F(SearchFieldTest, TellsWhatItIs) {
    EXPECT_EQ(m_field->placeholderText(), QStringLiteral("Search the guide (Ctrl+K)"));
    EXPECT_TRUE(m_field->isClearButtonEnabled());
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(m_field);
    ASSERT_NE(accessible, nullptr);
    EXPECT_EQ(accessible->text(QAccessible::Name), QStringLiteral("Search the guide"));
    EXPECT_FALSE(m_field->toolTip().isEmpty());
}

TEST_F(SearchFieldTest, ResultsAppearAfterThePause) {
    QTest::keyClicks(m_field, QStringLiteral("chalky bumps"));
    // Typing is done well within the pause: nothing searched yet.
    EXPECT_FALSE(m_field->resultsVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_field->resultsVisible(), 3000);
    EXPECT_TRUE(shownIds().mid(0, 3).contains(QStringLiteral("what-it-is")));
    const QModelIndex first = m_field->resultModel()->index(0);
    EXPECT_FALSE(first.data(SearchResultModel::SectionLabelRole).toString().isEmpty());
    EXPECT_FALSE(first.data(SearchResultModel::TitleHtmlRole).toString().isEmpty());
    // The popup lies under the field, inside the window.
    const QRect popup = m_field->resultsPopup()->geometry();
    EXPECT_GE(popup.top(), m_field->mapTo(m_window.get(), QPoint(0, m_field->height())).y());
    EXPECT_LE(popup.right(), m_window->width());
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(m_field);
    EXPECT_FALSE(accessible->text(QAccessible::Description).isEmpty());
}

TEST_F(SearchFieldTest, EnterOpensTheSelectedResult) {
    QSignalSpy opened(m_field, &SearchField::resultActivated);
    QTest::keyClicks(m_field, QStringLiteral("warfarin"));
    QTRY_VERIFY_WITH_TIMEOUT(m_field->resultsVisible(), 3000);
    const QStringList ids = shownIds();
    ASSERT_GE(ids.size(), 3);
    QListView *list = m_field->resultsPopup()->view();
    EXPECT_EQ(list->currentIndex().row(), 0); // the best result is ready for Enter
    QTest::keyClick(m_field, Qt::Key_Down);
    EXPECT_EQ(list->currentIndex().row(), 1);
    QTest::keyClick(m_field, Qt::Key_Down);
    QTest::keyClick(m_field, Qt::Key_Up);
    EXPECT_EQ(list->currentIndex().row(), 1);
    const QModelIndex chosen = list->currentIndex();
    QTest::keyClick(m_field, Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    const QList<QVariant> arguments = opened.takeFirst();
    const Link link = arguments.at(0).value<Link>();
    EXPECT_TRUE(link == expectedLink(chosen)) << link.href().toStdString();
    EXPECT_EQ(link.id, ids.at(1));
    EXPECT_TRUE(arguments.at(1).toStringList().contains(QStringLiteral("warfarin")));
    EXPECT_FALSE(m_field->resultsVisible());
}

TEST_F(SearchFieldTest, EnterBeforeThePauseOpensTheBestResult) {
    QSignalSpy opened(m_field, &SearchField::resultActivated);
    QTest::keyClicks(m_field, QStringLiteral("calcium lumps"));
    QTest::keyClick(m_field, Qt::Key_Enter);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).value<Link>().id, shownIds().value(0));
}

TEST_F(SearchFieldTest, AClickOpensAResult) {
    QSignalSpy opened(m_field, &SearchField::resultActivated);
    QTest::keyClicks(m_field, QStringLiteral("school"));
    QTRY_VERIFY_WITH_TIMEOUT(m_field->resultsVisible(), 3000);
    QListView *list = m_field->resultsPopup()->view();
    const QModelIndex second = m_field->resultModel()->index(1);
    ASSERT_TRUE(second.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(second).center());
    ASSERT_EQ(opened.count(), 1);
    EXPECT_TRUE(opened.at(0).at(0).value<Link>() == expectedLink(second));
    EXPECT_TRUE(m_field->hasFocus()); // the list never took it
}

TEST_F(SearchFieldTest, EscapeClosesThenClears) {
    QTest::keyClicks(m_field, QStringLiteral("surgery"));
    QTRY_VERIFY_WITH_TIMEOUT(m_field->resultsVisible(), 3000);
    QTest::keyClick(m_field, Qt::Key_Escape);
    EXPECT_FALSE(m_field->resultsVisible());
    EXPECT_EQ(m_field->text(), QStringLiteral("surgery"));
    QTest::keyClick(m_field, Qt::Key_Down); // the list comes back
    EXPECT_TRUE(m_field->resultsVisible());
    QTest::keyClick(m_field, Qt::Key_Escape);
    QTest::keyClick(m_field, Qt::Key_Escape);
    EXPECT_TRUE(m_field->text().isEmpty());
    EXPECT_EQ(m_field->resultModel()->rowCount(), 0);
}

TEST_F(SearchFieldTest, HostileTextShowsResultsOrNothing) {
    for (const QString &text :
         {QStringLiteral("\"AND (NOT"), QStringLiteral("*:^-"), QStringLiteral("lump\" OR \"x")}) {
        m_field->clear();
        QTest::keyClicks(m_field, text);
        m_field->searchNow();
        EXPECT_TRUE(m_engine->lastError().isEmpty()) << m_engine->lastError().toStdString();
    }
    m_field->setText(QString(10000, QLatin1Char('a')));
    m_field->searchNow();
    EXPECT_TRUE(m_engine->lastError().isEmpty());
}

TEST_F(SearchFieldTest, ASearchThatFindsNothingSaysSoWithAHint) {
    QTest::keyClicks(m_field, QStringLiteral("zqxwv plonk"));
    m_field->searchNow();
    EXPECT_EQ(m_field->resultModel()->rowCount(), 0);
    ASSERT_TRUE(m_field->resultsVisible());
    const auto *message = m_field->window()->findChild<QLabel *>(QStringLiteral("noResults"));
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("zqxwv plonk")));
    EXPECT_TRUE(message->text().contains(QStringLiteral("spelling")));
    // A search that finds something shows the list again, not the message.
    m_field->clear();
    QTest::keyClicks(m_field, QStringLiteral("lumps"));
    m_field->searchNow();
    ASSERT_GT(m_field->resultModel()->rowCount(), 0);
    EXPECT_FALSE(message->isVisible());
}

TEST_F(SearchFieldTest, SearchesTheContentLanguage) {
    m_field->setContentLocale(QStringLiteral("ar"));
    typeText(m_field, QString::fromUtf8("كالسيوم"));
    QTRY_VERIFY_WITH_TIMEOUT(m_field->resultsVisible(), 3000);
    const QString title = m_field->resultModel()->index(0).data(Qt::DisplayRole).toString();
    EXPECT_TRUE(std::any_of(title.begin(), title.end(), [](QChar c) {
        return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF;
    })) << title.toStdString();
}

TEST_F(SearchFieldTest, TextsFollowTheLanguage) {
    test::BracketTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QCoreApplication::processEvents(); // LanguageChange is posted
    EXPECT_EQ(m_field->placeholderText(),
              test::bracketed(QStringLiteral("Search the guide (Ctrl+K)")));
    EXPECT_EQ(m_field->accessibleName(), test::bracketed(QStringLiteral("Search the guide")));
    EXPECT_EQ(m_field->resultsPopup()->view()->accessibleName(),
              test::bracketed(QStringLiteral("Search results")));
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::processEvents();
    EXPECT_EQ(m_field->placeholderText(), QStringLiteral("Search the guide (Ctrl+K)"));
}

} // namespace
} // namespace cg
