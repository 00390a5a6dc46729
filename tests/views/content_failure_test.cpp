// SPDX-License-Identifier: GPL-3.0-or-later
// Content that cannot be read after start-up (the file cut short or replaced while the window
// is open) is said in a notice naming the file, in the views and in search: never an empty view
// without a word.
#include "content/content_repository.h"
#include "gui_wiring.h"
#include "handout_ui/handout_composer_dialog.h"
#include "language/language_manager.h"
#include "search/search_engine.h"
#include "search_ui/search_field.h"
#include "search_ui/search_results_popup.h"
#include "session/content_session.h"
#include "test_support.h"
#include "views/section_view.h"
#include "window/main_window.h"

#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace cg {
namespace {

class ContentFailure : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("content.db"));
        ASSERT_TRUE(test::writableContentCopy(m_path));
        ContentSession::Opened opened = ContentSession::open(m_path);
        ASSERT_TRUE(opened.session) << opened.errorMessage.toStdString();
        m_session = std::move(opened.session);
        m_repository = &m_session->repository();
        QSettings().clear();
        m_languages = std::make_unique<LanguageManager>(m_session->languages());
        m_languages->setLanguage(QStringLiteral("en"));
        MainWindow::Options options;
        options.bookmarksPath = m_dir.filePath(QStringLiteral("bookmarks.sqlite"));
        options.restoreLastPlace = false;
        m_window = std::make_unique<MainWindow>(*m_session, *m_languages, options);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->currentPage().has_value(); }, 10000));
        EXPECT_TRUE(m_window->noticeText().isEmpty());
    }
    void TearDown() override {
        m_window.reset();
        m_languages.reset();
        m_repository = nullptr;
        m_session.reset();
        QSettings().clear();
    }

    // The file is cut short under the open window, as an update replacing it in place would.
    void cutTheFileShort() {
        QSqlQuery(m_session->database().connection()).exec(QStringLiteral("PRAGMA shrink_memory"));
        QFile file(m_path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.resize(8192));
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ContentSession> m_session;
    const ContentRepository *m_repository = nullptr; // the session's
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(ContentFailure, AViewWhoseContentCannotBeReadShowsANotice) {
    ASSERT_NE(m_window->currentView(), nullptr);
    EXPECT_FALSE(m_window->currentView()->isUnreadable());
    cutTheFileShort();
    for (const Page page : {Page::Treatment, Page::Glossary, Page::Diagnosis, Page::Sources}) {
        m_window->openPage(page);
        // The view says why it is empty, over its empty lists.
        SectionView *view = m_window->currentView();
        ASSERT_NE(view, nullptr);
        EXPECT_TRUE(view->isUnreadable()) << static_cast<int>(page);
        auto *notice = view->findChild<QLabel *>(QStringLiteral("unreadableNotice"));
        ASSERT_NE(notice, nullptr);
        EXPECT_TRUE(notice->isVisible());
        EXPECT_TRUE(notice->text().contains(QStringLiteral("This page could not be read")));
        EXPECT_EQ(notice->geometry(), view->rect());
    }
    EXPECT_TRUE(QTest::qWaitFor([&] { return !m_window->noticeText().isEmpty(); }, 5000));
    EXPECT_GT(m_session->database().queryFailureCount(), 0);
    EXPECT_TRUE(m_window->noticeText().contains(m_path)) << m_window->noticeText().toStdString();
    EXPECT_TRUE(m_window->noticeText().contains(QStringLiteral("could not be read")));
}

TEST_F(ContentFailure, ASearchThatCannotRunShowsANotice) {
    attachSearch(*m_window, m_session->searchEngine(), *m_languages);
    auto *field = m_window->findChild<SearchField *>();
    ASSERT_NE(field, nullptr);
    cutTheFileShort();
    m_window->activateWindow();
    field->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return field->hasFocus(); }, 5000));
    field->setText(QStringLiteral("calcium"));
    field->searchNow();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !m_window->noticeText().isEmpty(); }, 5000));
    EXPECT_TRUE(m_window->noticeText().contains(QStringLiteral("Search does not work")))
        << m_window->noticeText().toStdString();
    // The results list does not blame the reader's words.
    auto *popup = m_window->findChild<SearchResultsPopup *>();
    ASSERT_NE(popup, nullptr);
    EXPECT_FALSE(popup->noResultsText().contains(QStringLiteral("Nothing found")))
        << popup->noResultsText().toStdString();
    EXPECT_TRUE(popup->noResultsText().contains(QStringLiteral("Search cannot run")));
}

TEST_F(ContentFailure, TheComposerDoesNotSaveAHandoutWithPartsMissing) {
    HandoutComposerDialog dialog(*m_repository, *m_languages);
    cutTheFileShort();
    QTemporaryDir out;
    const QString target = out.filePath(QStringLiteral("handout.html"));
    const HandoutExportResult result = dialog.exportTo(target);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.contains(m_path)) << result.error.toStdString();
    EXPECT_FALSE(QFile::exists(target));
}

} // namespace
} // namespace cg
