// SPDX-License-Identifier: GPL-3.0-or-later
// Find in page over a QTextBrowser: counting and stepping through matches across paragraphs,
// lists and tables, keys, closing, following page changes and language changes.
#include "fake_translator.h"
#include "search_ui/find_bar.h"
#include "test_support.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <gtest/gtest.h>
#include <utility>

namespace cg {
namespace {

const QString kPage = QStringLiteral(
    "<h2>Calcium lumps</h2><p>Some calcium here, and CALCIUM there.</p>"
    "<ul><li>calcïum in a list</li></ul>"
    "<table><tr><td>cell</td><td>Calcium in a table</td></tr></table><p>lumps end</p>");

class FindBarTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_browser = new QTextBrowser(m_window.get());
        m_browser->setHtml(kPage);
        m_bar = new FindBar(m_window.get());
        layout->addWidget(m_browser);
        layout->addWidget(m_bar);
        m_bar->setTextEdit(m_browser);
        m_window->resize(700, 500);
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_field = m_bar->findChild<QLineEdit *>();
        ASSERT_NE(m_field, nullptr);
    }
    void TearDown() override { m_window.reset(); }

    int ownSelections() const {
        int count = 0;
        for (const QTextEdit::ExtraSelection &extra : m_browser->extraSelections()) {
            count += extra.format.background().style() != Qt::NoBrush ? 1 : 0;
        }
        return count;
    }

    std::unique_ptr<QWidget> m_window;
    QTextBrowser *m_browser = nullptr;
    FindBar *m_bar = nullptr;
    QLineEdit *m_field = nullptr;
};

TEST_F(FindBarTest, StartsHiddenAndOpensWithTheFocusInItsField) {
    EXPECT_FALSE(m_bar->isVisible());
    m_bar->openBar();
    EXPECT_TRUE(m_bar->isVisible());
    QTRY_VERIFY(m_field->hasFocus());
    EXPECT_EQ(m_field->placeholderText(), QStringLiteral("Find in page"));
}

TEST_F(FindBarTest, CountsEveryMatchWhateverItsCaseOrAccent) {
    m_bar->openBar();
    QTest::keyClicks(m_field, QStringLiteral("calcium"));
    EXPECT_EQ(m_bar->matchCount(), 5);
    EXPECT_EQ(m_bar->currentMatch(), 1);
    EXPECT_EQ(m_bar->statusText(), QStringLiteral("1 of 5"));
    EXPECT_EQ(ownSelections(), 5);
    // Every highlight covers the word itself, in headings, lists and tables alike.
    for (const QTextEdit::ExtraSelection &extra : m_browser->extraSelections()) {
        EXPECT_EQ(
            extra.cursor.selectedText().toLower().replace(QStringLiteral("ï"), QStringLiteral("i")),
            QStringLiteral("calcium"));
    }
    const QLabel *status = m_bar->findChild<QLabel *>();
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->text(), QStringLiteral("1 of 5"));
}

TEST_F(FindBarTest, EnterAndF3StepForwardShiftStepsBack) {
    m_bar->openBar();
    QTest::keyClicks(m_field, QStringLiteral("calcium"));
    QTest::keyClick(m_field, Qt::Key_Return);
    EXPECT_EQ(m_bar->statusText(), QStringLiteral("2 of 5"));
    QTest::keyClick(m_field, Qt::Key_Return, Qt::ShiftModifier);
    EXPECT_EQ(m_bar->statusText(), QStringLiteral("1 of 5"));
    QTest::keyClick(m_field, Qt::Key_Return, Qt::ShiftModifier); // wraps round
    EXPECT_EQ(m_bar->statusText(), QStringLiteral("5 of 5"));
    // F3 works from the page too, not only in the field.
    m_browser->setFocus();
    QTRY_VERIFY(m_browser->hasFocus());
    QTest::keyClick(m_browser, Qt::Key_F3);
    EXPECT_EQ(m_bar->statusText(), QStringLiteral("1 of 5"));
    QTest::keyClick(m_browser, Qt::Key_F3, Qt::ShiftModifier);
    EXPECT_EQ(m_bar->statusText(), QStringLiteral("5 of 5"));
    // The page scrolled to the current match.
    EXPECT_EQ(m_browser->textCursor().position(),
              m_browser->toPlainText().lastIndexOf(QStringLiteral("Calcium in a table")));
}

TEST_F(FindBarTest, EscapeClosesAndClearsTheHighlights) {
    QSignalSpy closed(m_bar, &FindBar::closed);
    m_bar->openBar();
    QTest::keyClicks(m_field, QStringLiteral("lumps"));
    EXPECT_EQ(m_bar->matchCount(), 2);
    QTest::keyClick(m_field, Qt::Key_Escape);
    EXPECT_FALSE(m_bar->isVisible());
    EXPECT_EQ(ownSelections(), 0);
    EXPECT_EQ(closed.count(), 1);
}

TEST_F(FindBarTest, SaysWhenNothingMatches) {
    m_bar->openBar();
    QTest::keyClicks(m_field, QStringLiteral("zebra"));
    EXPECT_EQ(m_bar->matchCount(), 0);
    EXPECT_EQ(m_bar->currentMatch(), 0);
    EXPECT_EQ(m_bar->statusText(), QStringLiteral("No matches"));
    QTest::keyClick(m_field, Qt::Key_Return); // nothing to step to, nothing breaks
    EXPECT_EQ(m_bar->statusText(), QStringLiteral("No matches"));
}

TEST_F(FindBarTest, ShowsTheTermsOfASearchResult) {
    m_bar->showTerms({QStringLiteral("calcium"), QStringLiteral("lumps")});
    EXPECT_TRUE(m_bar->isVisible());
    EXPECT_EQ(m_bar->matchCount(), 7);
    EXPECT_EQ(m_bar->findText(), QStringLiteral("calcium lumps"));
    // Overlapping terms make one highlight: "Calcium lumps" in the heading.
    m_bar->showTerms({QStringLiteral("calcium lumps"), QStringLiteral("calcium")});
    EXPECT_EQ(m_bar->matchCount(), 5);
}

TEST_F(FindBarTest, FollowsThePageAndKeepsOtherHighlights) {
    QTextEdit::ExtraSelection other;
    other.cursor = QTextCursor(m_browser->document());
    other.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    other.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    m_browser->setExtraSelections({other});
    m_bar->openBar();
    QTest::keyClicks(m_field, QStringLiteral("calcium"));
    EXPECT_EQ(m_browser->extraSelections().size(), 6);
    m_browser->setHtml(QStringLiteral("<p>one calcium only</p>"));
    QTRY_COMPARE(m_bar->matchCount(), 1);
    EXPECT_EQ(m_bar->statusText(), QStringLiteral("1 of 1"));
    // Another page: the old one keeps no marks.
    QTextBrowser second;
    second.setHtml(kPage);
    m_bar->setTextEdit(&second);
    EXPECT_EQ(m_bar->matchCount(), 5);
    EXPECT_EQ(ownSelections(), 0);
    m_bar->setTextEdit(nullptr);
}

TEST_F(FindBarTest, ButtonsAreNamedAndTextsFollowTheLanguage) {
    const std::pair<const char *, const char *> buttons[] = {{"findNext", "Next match"},
                                                             {"findPrevious", "Previous match"},
                                                             {"findClose", "Close find"}};
    for (const auto &[name, accessible] : buttons) {
        const auto *button = m_bar->findChild<QToolButton *>(QLatin1String(name));
        ASSERT_NE(button, nullptr) << name;
        EXPECT_EQ(button->accessibleName(), QLatin1String(accessible));
        EXPECT_FALSE(button->toolTip().isEmpty());
    }
    m_bar->openBar();
    QTest::keyClicks(m_field, QStringLiteral("zebra"));
    test::BracketTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QCoreApplication::processEvents();
    EXPECT_EQ(m_field->placeholderText(), test::bracketed(QStringLiteral("Find in page")));
    EXPECT_EQ(m_bar->statusText(), test::bracketed(QStringLiteral("No matches")));
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::processEvents();
    EXPECT_EQ(m_field->placeholderText(), QStringLiteral("Find in page"));
}

} // namespace
} // namespace cg
