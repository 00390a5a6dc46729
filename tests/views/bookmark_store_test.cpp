// SPDX-License-Identifier: GPL-3.0-or-later
// The bookmarks database: kept apart from the content, survives reopening, recovers from damage.
#include "test_support.h"
#include "user/bookmark_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace cg {
namespace {

class Bookmarks : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path() const { return m_dir.filePath(QStringLiteral("user/bookmarks.sqlite")); }
    QTemporaryDir m_dir;
};

TEST_F(Bookmarks, StartsEmptyAndKeepsWhatIsAdded) {
    {
        BookmarkStore store;
        ASSERT_EQ(store.open(path()), BookmarkStore::OpenResult::Created);
        EXPECT_TRUE(store.bookmarks().isEmpty());
        EXPECT_TRUE(store.add({QStringLiteral("treatment/medicines-for-calcinosis"),
                               QStringLiteral("Medicines"),
                               {}}));
        EXPECT_TRUE(store.add({QStringLiteral("glossary/calcium"), QStringLiteral("Calcium"), {}}));
        EXPECT_TRUE(store.contains(QStringLiteral("glossary/calcium")));
    }
    BookmarkStore reopened;
    ASSERT_EQ(reopened.open(path()), BookmarkStore::OpenResult::Opened);
    const QList<Bookmark> saved = reopened.bookmarks();
    ASSERT_EQ(saved.size(), 2);
    EXPECT_EQ(saved.at(0).location, QStringLiteral("treatment/medicines-for-calcinosis"));
    EXPECT_EQ(saved.at(1).title, QStringLiteral("Calcium"));
    EXPECT_TRUE(saved.at(0).created.isValid());
}

TEST_F(Bookmarks, AddingTheSamePlaceTwiceRenamesIt) {
    BookmarkStore store;
    store.open(path());
    store.add({QStringLiteral("overview"), QStringLiteral("Old"), {}});
    store.add({QStringLiteral("overview"), QStringLiteral("New"), {}});
    ASSERT_EQ(store.bookmarks().size(), 1);
    EXPECT_EQ(store.bookmarks().constFirst().title, QStringLiteral("New"));
}

TEST_F(Bookmarks, RemovesOnlyWhatIsThere) {
    BookmarkStore store;
    store.open(path());
    store.add({QStringLiteral("overview"), QStringLiteral("Overview"), {}});
    EXPECT_TRUE(store.remove(QStringLiteral("overview")));
    EXPECT_FALSE(store.remove(QStringLiteral("overview")));
    EXPECT_FALSE(store.contains(QStringLiteral("overview")));
}

TEST_F(Bookmarks, RecordsTheSchemaVersion) {
    {
        BookmarkStore store;
        store.open(path());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("bookmark-version-check"));
        db.setDatabaseName(path());
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        EXPECT_EQ(query.value(0).toInt(), BookmarkStore::kSchemaVersion);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bookmark-version-check"));
}

TEST_F(Bookmarks, ADamagedFileIsMovedAsideAndAFreshOneStarted) {
    QDir().mkpath(QFileInfo(path()).absolutePath());
    {
        QFile file(path());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    BookmarkStore store;
    EXPECT_EQ(store.open(path()), BookmarkStore::OpenResult::RecoveredFromDamage);
    EXPECT_FALSE(store.errorMessage().isEmpty());
    ASSERT_TRUE(QFileInfo::exists(store.damagedCopyPath()));
    QFile kept(store.damagedCopyPath());
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray(4096, 'x'));
    EXPECT_TRUE(store.bookmarks().isEmpty());
    EXPECT_TRUE(store.add({QStringLiteral("living"), QStringLiteral("Living"), {}}));
    EXPECT_TRUE(store.contains(QStringLiteral("living")));
}

TEST_F(Bookmarks, AFileFromANewerVersionIsLeftAlone) {
    QDir().mkpath(QFileInfo(path()).absolutePath());
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bookmark-future"));
        db.setDatabaseName(path());
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE bookmarks (location TEXT, title TEXT, "
                                              "created TEXT, position INTEGER, extra TEXT)")));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bookmark-future"));
    const QByteArray before = [&] {
        QFile file(path());
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }();
    BookmarkStore store;
    EXPECT_EQ(store.open(path()), BookmarkStore::OpenResult::Failed);
    EXPECT_FALSE(store.errorMessage().isEmpty());
    EXPECT_FALSE(store.add({QStringLiteral("overview"), QStringLiteral("Overview"), {}}));
    QFile after(path());
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), before);
}

} // namespace
} // namespace cg
