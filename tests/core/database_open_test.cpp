// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the content database: the real one opens; missing, damaged, foreign and too-new
// files each give their own specific message instead of a crash.
#include "content/content_database.h"
#include "content/schema.h"
#include "test_support.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace cg {
namespace {

TEST(DatabaseOpen, RealDatabaseOpens) {
    ContentDatabase db;
    ASSERT_TRUE(db.open(test::contentDatabasePath())) << db.errorMessage().toStdString();
    EXPECT_EQ(db.error(), OpenError::None);
    EXPECT_TRUE(db.isOpen());
}

TEST(DatabaseOpen, MissingFileIsNamed) {
    ContentDatabase db;
    EXPECT_FALSE(db.open(QStringLiteral("/nonexistent/content.db")));
    EXPECT_EQ(db.error(), OpenError::NotFound);
    EXPECT_TRUE(db.errorMessage().contains(QStringLiteral("/nonexistent/content.db")));
    EXPECT_TRUE(db.errorMessage().contains(QStringLiteral("--content")));
}

TEST(DatabaseOpen, RandomBytesAreDamaged) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("random.db"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray bytes(8192, '\0');
    for (char &byte : bytes) {
        byte = char(QRandomGenerator::global()->bounded(256));
    }
    file.write(bytes);
    file.close();
    ContentDatabase db;
    EXPECT_FALSE(db.open(path));
    EXPECT_EQ(db.error(), OpenError::Damaged);
    EXPECT_TRUE(db.errorMessage().contains(path));
    EXPECT_TRUE(db.errorMessage().contains(QStringLiteral("damaged")));
}

TEST(DatabaseOpen, TruncatedDatabaseIsDamaged) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("truncated.db"));
    ASSERT_TRUE(QFile::copy(test::contentDatabasePath(), path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.resize(file.size() / 2));
    file.close();
    ContentDatabase db;
    EXPECT_FALSE(db.open(path));
    EXPECT_EQ(db.error(), OpenError::Damaged) << db.errorMessage().toStdString();
}

TEST(DatabaseOpen, StructureCheckOpensTheRealDatabaseAndFindsTruncation) {
    ContentDatabase real;
    EXPECT_TRUE(real.open(test::contentDatabasePath(), ContentDatabase::Verification::Structure))
        << real.errorMessage().toStdString();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.db"));
    ASSERT_TRUE(QFile::copy(test::contentDatabasePath(), path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.resize(file.size() - 1000)); // a copy cut off part-way through a page
    file.close();
    ContentDatabase cut;
    EXPECT_FALSE(cut.open(path, ContentDatabase::Verification::Structure));
    EXPECT_EQ(cut.error(), OpenError::Damaged);
    EXPECT_TRUE(cut.errorMessage().contains(path));
}

// Copies the real database and stamps another schema version on it.
QString copyWithVersion(const QTemporaryDir &dir, int version) {
    const QString path = dir.filePath(QStringLiteral("v%1.db").arg(version));
    QFile::copy(test::contentDatabasePath(), path);
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stamp"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stamp"));
    return path;
}

TEST(DatabaseOpen, NewerSchemaIsRefused) {
    QTemporaryDir dir;
    ContentDatabase db;
    EXPECT_FALSE(db.open(copyWithVersion(dir, kSchemaVersion + 1)));
    EXPECT_EQ(db.error(), OpenError::TooNew);
    EXPECT_TRUE(db.errorMessage().contains(QStringLiteral("Install a newer")));
}

TEST(DatabaseOpen, OlderSchemaIsRefused) {
    QTemporaryDir dir;
    ContentDatabase db;
    EXPECT_FALSE(db.open(copyWithVersion(dir, 0)));
    EXPECT_EQ(db.error(), OpenError::TooOld);
}

TEST(DatabaseOpen, ForeignSqliteDatabaseIsDamaged) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.db"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(QStringLiteral("CREATE TABLE other (x)"));
        query.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    ContentDatabase db;
    EXPECT_FALSE(db.open(path));
    EXPECT_EQ(db.error(), OpenError::Damaged);
}

} // namespace
} // namespace cg
