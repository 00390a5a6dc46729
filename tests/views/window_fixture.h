// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/content_database.h"
#include "content/content_repository.h"
#include "language/language_manager.h"
#include "test_support.h"
#include "window/main_window.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

namespace cg::test {

// A real main window over the real content database, with settings wiped and the bookmarks
// file in a temporary folder, shown offscreen.
class WindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_database.open(contentDatabasePath()))
            << m_database.errorMessage().toStdString();
        ASSERT_TRUE(m_userDir.isValid());
        QSettings().clear();
        m_repository = std::make_unique<ContentRepository>(m_database);
        m_languages = std::make_unique<LanguageManager>(*m_repository);
        m_languages->setLanguage(QStringLiteral("en"));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void TearDown() override {
        m_window.reset();
        m_languages.reset();
        m_repository.reset();
        QSettings().clear();
    }

    MainWindow::Options options() const {
        MainWindow::Options result;
        result.bookmarksPath = m_userDir.filePath(QStringLiteral("bookmarks.sqlite"));
        return result;
    }

    MainWindow &openWindow() {
        m_window = std::make_unique<MainWindow>(*m_repository, *m_languages, options());
        m_window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        QCoreApplication::processEvents();
        return *m_window;
    }

    void closeWindow() {
        m_window->close();
        m_window.reset();
    }

    ContentDatabase m_database;
    QTemporaryDir m_userDir;
    std::unique_ptr<ContentRepository> m_repository;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace cg::test
