// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/content_repository.h"
#include "language/language_manager.h"
#include "session/content_session.h"
#include "test_support.h"
#include "window/main_window.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

namespace cg::test {

// A real main window over a session on the real content database, with settings wiped and the
// bookmarks file in a temporary folder, shown offscreen.
class WindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        ContentSession::Opened opened = ContentSession::open(contentDatabasePath());
        ASSERT_TRUE(opened.session) << opened.errorMessage.toStdString();
        m_session = std::move(opened.session);
        m_repository = &m_session->repository();
        ASSERT_TRUE(m_userDir.isValid());
        QSettings().clear();
        m_languages = std::make_unique<LanguageManager>(m_session->languages());
        m_languages->setLanguage(QStringLiteral("en"));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void TearDown() override {
        m_window.reset();
        m_languages.reset();
        m_repository = nullptr;
        m_session.reset();
        QSettings().clear();
    }

    MainWindow::Options options() const {
        MainWindow::Options result;
        result.bookmarksPath = m_userDir.filePath(QStringLiteral("bookmarks.sqlite"));
        return result;
    }

    MainWindow &openWindow() {
        m_window = std::make_unique<MainWindow>(*m_session, *m_languages, options());
        m_window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        QCoreApplication::processEvents();
        return *m_window;
    }

    void closeWindow() {
        m_window->close();
        m_window.reset();
    }

    ContentDatabase &database() const { return m_session->database(); }

    std::unique_ptr<ContentSession> m_session;
    const ContentRepository *m_repository = nullptr; // the session's
    QTemporaryDir m_userDir;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace cg::test
