// SPDX-License-Identifier: GPL-3.0-or-later
// Bookmarks under faults: a writer killed with SIGKILL mid-transaction, another program
// holding the file, a newer or a foreign file, a full disk, a read-only file and a folder that
// cannot be made. Nothing committed is ever lost, nothing that is not ours or not damaged is
// renamed or stamped, and every failure says so (in the window, a notice; it keeps running).
#include "small_disk.h"
#include "test_support.h"
#include "user/bookmark_store.h"
#include "window_fixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>
#include <memory>
#include <sys/stat.h>

namespace cg {
namespace {

QString writerPath() {
    return QStringLiteral(CG_TEST_BOOKMARK_WRITER);
}

// The writer helper in one of its modes, started and waited for until it says "ready".
class Writer {
public:
    Writer(const QString &mode, const QString &path) {
        m_process.setProgram(writerPath());
        m_process.setArguments({mode, path});
        m_process.start();
        m_started = m_process.waitForStarted(10000);
    }
    ~Writer() { kill(); }
    bool waitUntil(const QString &line, int timeoutMs = 20000) {
        QElapsedTimer timer;
        timer.start();
        while (m_started && timer.elapsed() < timeoutMs) {
            read();
            if (m_lines.contains(line)) {
                return true;
            }
            if (m_process.state() == QProcess::NotRunning) {
                read();
                return m_lines.contains(line);
            }
            m_process.waitForReadyRead(100);
        }
        return false;
    }
    // SIGKILL: no chance to finish the transaction or close the file.
    void kill() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
        read();
    }
    // Every location it said was committed.
    QStringList saved() const {
        QStringList result;
        for (const QString &line : m_lines) {
            if (line.startsWith(QStringLiteral("saved "))) {
                result.append(line.mid(6));
            }
        }
        return result;
    }
    QStringList lines() const { return m_lines; }
    void waitForOutput(int ms) { m_process.waitForReadyRead(ms); }
    int savedCount() {
        read();
        return int(saved().size());
    }

private:
    void read() {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype end = 0;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            m_lines.append(QString::fromUtf8(m_buffer.left(end)));
            m_buffer.remove(0, end + 1);
        }
    }
    QProcess m_process;
    bool m_started = false;
    QByteArray m_buffer;
    QStringList m_lines;
};

QByteArray contents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// SQLite's full integrity check and the locations in the file, through a plain connection.
struct FileState {
    QString integrity;
    QSet<QString> locations;
    qint32 applicationId = 0;
};
FileState inspect(const QString &path) {
    FileState state;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()) {
                state.integrity = query.value(0).toString();
            }
            if (query.exec(QStringLiteral("PRAGMA application_id")) && query.next()) {
                state.applicationId = query.value(0).toInt();
            }
            if (query.exec(QStringLiteral("SELECT location FROM bookmarks"))) {
                while (query.next()) {
                    state.locations.insert(query.value(0).toString());
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return state;
}

QStringList damagedCopies(const QString &folder) {
    return QDir(folder).entryList({QStringLiteral("*.damaged-*")}, QDir::Files | QDir::Hidden);
}

class BookmarkFaults : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path() const { return m_dir.filePath(QStringLiteral("bookmarks.sqlite")); }
    QTemporaryDir m_dir;
};

TEST_F(BookmarkFaults, AWriterKilledWithSigkillLosesNoCommittedBookmark) {
    QStringList committed;
    for (int round = 0; round < 20; ++round) {
        Writer writer(QStringLiteral("write"), path());
        ASSERT_TRUE(writer.waitUntil(QStringLiteral("ready")))
            << writer.lines().join(QLatin1Char('\n')).toStdString();
        // Let it commit a few, then kill it at a moment of the scheduler's choosing: most
        // kills land inside a transaction (writing, syncing or committing the WAL).
        const int wanted = QRandomGenerator::global()->bounded(1, 25);
        QElapsedTimer timer;
        timer.start();
        while (writer.savedCount() < wanted && timer.elapsed() < 20000) {
            writer.waitForOutput(20);
        }
        QThread::usleep(static_cast<unsigned long>(QRandomGenerator::global()->bounded(0, 3000)));
        writer.kill();
        committed += writer.saved();

        const FileState state = inspect(path());
        EXPECT_EQ(state.integrity, QStringLiteral("ok")) << "round " << round;
        for (const QString &location : std::as_const(committed)) {
            EXPECT_TRUE(state.locations.contains(location))
                << "round " << round << ": lost " << location.toStdString();
        }
        BookmarkStore store;
        EXPECT_EQ(store.open(path()), BookmarkStore::OpenResult::Opened)
            << "round " << round << ": " << store.errorMessage().toStdString();
        EXPECT_TRUE(damagedCopies(m_dir.path()).isEmpty());
    }
    EXPECT_GE(committed.size(), 20);
}

TEST_F(BookmarkFaults, AKillInsideAnOpenTransactionKeepsWhatWasCommittedAndNothingElse) {
    for (int round = 0; round < 5; ++round) {
        Writer writer(QStringLiteral("hold"), path());
        ASSERT_TRUE(writer.waitUntil(QStringLiteral("ready")))
            << writer.lines().join(QLatin1Char('\n')).toStdString();
        const QStringList saved = writer.saved();
        ASSERT_EQ(saved.size(), 1);
        writer.kill(); // 200 rows written, never committed
        BookmarkStore store;
        ASSERT_EQ(store.open(path()), BookmarkStore::OpenResult::Opened)
            << store.errorMessage().toStdString();
        EXPECT_TRUE(store.contains(saved.first()));
        for (const Bookmark &bookmark : store.bookmarks()) {
            EXPECT_FALSE(bookmark.location.startsWith(QStringLiteral("uncommitted/")));
        }
        EXPECT_TRUE(
            store.add({QStringLiteral("after/%1").arg(round), QStringLiteral("After"), {}}));
    }
    EXPECT_EQ(inspect(path()).integrity, QStringLiteral("ok"));
}

TEST_F(BookmarkFaults, AFileAnotherProgramHoldsIsNeverRenamed) {
    {
        BookmarkStore store;
        ASSERT_EQ(store.open(path()), BookmarkStore::OpenResult::Created);
        ASSERT_TRUE(store.add({QStringLiteral("overview"), QStringLiteral("Overview"), {}}));
    }
    {
        // An exclusive lock with a write pending, in a rollback journal: nobody may even read.
        Writer holder(QStringLiteral("exclusive"), path());
        ASSERT_TRUE(holder.waitUntil(QStringLiteral("ready")))
            << holder.lines().join(QLatin1Char('\n')).toStdString();
        const QByteArray journal = contents(path() + QStringLiteral("-journal"));
        BookmarkStore store;
        EXPECT_EQ(store.open(path()), BookmarkStore::OpenResult::Failed);
        EXPECT_TRUE(store.errorMessage().contains(QStringLiteral("in use by another program")))
            << store.errorMessage().toStdString();
        EXPECT_TRUE(store.errorMessage().contains(path()));
        EXPECT_TRUE(damagedCopies(m_dir.path()).isEmpty());
        EXPECT_EQ(contents(path() + QStringLiteral("-journal")), journal); // theirs, untouched
        EXPECT_FALSE(store.add({QStringLiteral("x"), QStringLiteral("X"), {}}));
        EXPECT_FALSE(store.lastSaveError().isEmpty());
    }
    // Killed with its write pending: the next open rolls it back and finds the bookmark.
    BookmarkStore store;
    EXPECT_EQ(store.open(path()), BookmarkStore::OpenResult::Opened)
        << store.errorMessage().toStdString();
    EXPECT_TRUE(store.contains(QStringLiteral("overview")));
    EXPECT_FALSE(store.contains(QStringLiteral("held")));
}

TEST_F(BookmarkFaults, ASaveThatWaitsForAnotherWriterTooLongSaysSo) {
    BookmarkStore store;
    ASSERT_EQ(store.open(path()), BookmarkStore::OpenResult::Created);
    ASSERT_TRUE(store.add({QStringLiteral("overview"), QStringLiteral("Overview"), {}}));
    Writer holder(QStringLiteral("hold"), path()); // a write transaction left open
    ASSERT_TRUE(holder.waitUntil(QStringLiteral("ready")));
    EXPECT_TRUE(store.contains(QStringLiteral("overview"))); // WAL: reading never waits
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(store.add({QStringLiteral("living"), QStringLiteral("Living"), {}}));
    EXPECT_GE(timer.elapsed(), BookmarkStore::kBusyTimeoutMs - 100); // it waited, then gave up
    EXPECT_TRUE(store.lastSaveError().contains(QStringLiteral("another program is writing")))
        << store.lastSaveError().toStdString();
    holder.kill();
    EXPECT_TRUE(store.add({QStringLiteral("living"), QStringLiteral("Living"), {}}));
    EXPECT_TRUE(store.lastSaveError().isEmpty());
}

TEST_F(BookmarkFaults, ADamagedFileThatAnotherProcessHasOpenIsNotMoved) {
    {
        QFile file(path());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    Writer holder(QStringLiteral("lockbytes"), path());
    ASSERT_TRUE(holder.waitUntil(QStringLiteral("ready")));
    BookmarkStore store;
    EXPECT_EQ(store.open(path()), BookmarkStore::OpenResult::Failed);
    EXPECT_TRUE(store.errorMessage().contains(QStringLiteral("in use")))
        << store.errorMessage().toStdString();
    EXPECT_TRUE(damagedCopies(m_dir.path()).isEmpty());
    EXPECT_EQ(contents(path()), QByteArray(4096, 'x'));
    holder.kill();
    // Once nobody holds it, it is damaged and moved aside.
    EXPECT_EQ(store.open(path()), BookmarkStore::OpenResult::RecoveredFromDamage);
    EXPECT_EQ(damagedCopies(m_dir.path()).size(), 1);
}

TEST_F(BookmarkFaults, ANewerFileIsNeverRenamedWhateverItHolds) {
    // A later version may keep its bookmarks under another name, or in no table yet: with our
    // mark and a higher version it is that version's file, never "damaged".
    const QList<QStringList> newer = {
        {QStringLiteral("CREATE TABLE bookmarks (place TEXT, folder TEXT)"),
         QStringLiteral("CREATE TABLE folders (name TEXT)")},
        {QStringLiteral("CREATE TABLE saved_places (place TEXT, folder TEXT)")},
        {QStringLiteral("CREATE VIEW later AS SELECT 1 AS value")},
        {},
    };
    for (const QStringList &statements : newer) {
        QFile::remove(path());
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path());
            ASSERT_TRUE(db.open());
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
            }
            ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = 2")));
            ASSERT_TRUE(query.exec(
                QStringLiteral("PRAGMA application_id = %1").arg(BookmarkStore::kApplicationId)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const QByteArray before = contents(path());
        BookmarkStore store;
        const std::string what = statements.join(QLatin1Char(';')).toStdString();
        EXPECT_EQ(store.open(path()), BookmarkStore::OpenResult::Failed) << what;
        EXPECT_TRUE(store.errorMessage().contains(QStringLiteral("newer version")))
            << what << ": " << store.errorMessage().toStdString();
        EXPECT_EQ(contents(path()), before) << what;
        EXPECT_TRUE(damagedCopies(m_dir.path()).isEmpty()) << what;
    }
}

TEST_F(BookmarkFaults, AnotherProgramsSqliteFileIsNotStampedAsOurs) {
    const QList<QStringList> foreign = {
        {QStringLiteral("CREATE TABLE recipes (name TEXT)")},
        {QStringLiteral("CREATE TABLE bookmarks (url TEXT, added INTEGER)")}, // a browser's
        {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("PRAGMA application_id = 1234")},
        // No table at all, but not empty: these used to be taken for a new file and stamped.
        {QStringLiteral("CREATE VIEW answer AS SELECT 42 AS value")},
        {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("CREATE VIEW v AS SELECT x FROM t"),
         QStringLiteral("DROP TABLE t")},
    };
    for (const QStringList &statements : foreign) {
        QFile::remove(path());
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path());
            ASSERT_TRUE(db.open());
            for (const QString &statement : statements) {
                ASSERT_TRUE(QSqlQuery(db).exec(statement));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray before = contents(path());
        BookmarkStore store;
        EXPECT_EQ(store.open(path()), BookmarkStore::OpenResult::Failed)
            << statements.join(QLatin1Char(';')).toStdString();
        EXPECT_TRUE(
            store.errorMessage().contains(QStringLiteral("not a Calcinosis Guide bookmarks file")))
            << store.errorMessage().toStdString();
        EXPECT_EQ(contents(path()), before);
        EXPECT_NE(inspect(path()).applicationId, BookmarkStore::kApplicationId);
        EXPECT_TRUE(damagedCopies(m_dir.path()).isEmpty());
    }
}

TEST_F(BookmarkFaults, AFileFromBeforeTheMarkIsOpenedAndClaimed) {
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy"));
        db.setDatabaseName(path());
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral(
            "CREATE TABLE bookmarks ( location TEXT PRIMARY KEY, title TEXT NOT NULL, created "
            "TEXT NOT NULL, position INTEGER NOT NULL)")));
        ASSERT_TRUE(query.exec(QStringLiteral(
            "INSERT INTO bookmarks VALUES ('overview', 'Overview', '2026-01-01T00:00:00', 1)")));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("legacy"));
    BookmarkStore store;
    ASSERT_EQ(store.open(path()), BookmarkStore::OpenResult::Opened)
        << store.errorMessage().toStdString();
    EXPECT_TRUE(store.contains(QStringLiteral("overview")));
    store.close();
    EXPECT_EQ(inspect(path()).applicationId, BookmarkStore::kApplicationId);
}

TEST_F(BookmarkFaults, AFullDiskSaysTheBookmarkWasNotSavedAndKeepsTheOthers) {
    test::SmallDisk disk(512 * 1024); // the file, its WAL and its 32 KB index fit at first
    ASSERT_TRUE(disk.isValid());
    const QString file = disk.filePath(QStringLiteral("bookmarks.sqlite"));
    QStringList saved;
    QString failure;
    {
        BookmarkStore store;
        ASSERT_NE(store.open(file), BookmarkStore::OpenResult::Failed)
            << store.errorMessage().toStdString();
        const test::SmallDisk::Limit limit(disk);
        for (int i = 0; i < 500 && failure.isEmpty(); ++i) {
            const QString location = QStringLiteral("place/%1").arg(i);
            if (store.add({location, QStringLiteral("A long title ").repeated(40), {}})) {
                saved.append(location);
            } else {
                failure = store.lastSaveError();
            }
        }
    }
    ASSERT_FALSE(failure.isEmpty()) << "the disk never filled";
    EXPECT_GT(saved.size(), 5) << failure.toStdString(); // it failed when full, not at once
    EXPECT_TRUE(failure.contains(QStringLiteral("could not be saved"))) << failure.toStdString();
    EXPECT_TRUE(failure.contains(file)) << failure.toStdString();
    if (disk.isMounted()) {
        EXPECT_TRUE(failure.contains(QStringLiteral("the disk is full"))) << failure.toStdString();
    }
    BookmarkStore reopened;
    ASSERT_NE(reopened.open(file), BookmarkStore::OpenResult::Failed)
        << reopened.errorMessage().toStdString();
    for (const QString &location : std::as_const(saved)) {
        EXPECT_TRUE(reopened.contains(location)) << location.toStdString();
    }
}

TEST_F(BookmarkFaults, AReadOnlyFileIsReadAndSavesSaySo) {
    test::ReadOnlyFolder folder;
    ASSERT_TRUE(folder.isValid());
    const QString file = folder.filePath(QStringLiteral("bookmarks.sqlite"));
    {
        BookmarkStore store;
        ASSERT_EQ(store.open(file), BookmarkStore::OpenResult::Created);
        ASSERT_TRUE(store.add({QStringLiteral("overview"), QStringLiteral("Overview"), {}}));
    }
    if (!folder.makeReadOnly()) {
        GTEST_SKIP() << "running as root without the right to mount: nothing is read-only";
    }
    const QByteArray before = contents(file);
    BookmarkStore store;
    ASSERT_EQ(store.open(file), BookmarkStore::OpenResult::Opened)
        << store.errorMessage().toStdString();
    EXPECT_TRUE(store.isReadOnly());
    EXPECT_TRUE(store.contains(QStringLiteral("overview")));
    EXPECT_FALSE(store.add({QStringLiteral("living"), QStringLiteral("Living"), {}}));
    EXPECT_TRUE(store.lastSaveError().contains(QStringLiteral("may not be written")))
        << store.lastSaveError().toStdString();
    EXPECT_FALSE(store.remove(QStringLiteral("overview")));
    EXPECT_FALSE(store.lastSaveError().isEmpty());
    EXPECT_EQ(contents(file), before);
    EXPECT_TRUE(damagedCopies(folder.path()).isEmpty());
}

TEST_F(BookmarkFaults, AFolderThatCannotBeMadeSaysWhy) {
    const QString blocker = m_dir.filePath(QStringLiteral("data"));
    {
        QFile file(blocker);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    BookmarkStore store;
    EXPECT_EQ(store.open(blocker + QStringLiteral("/guide/bookmarks.sqlite")),
              BookmarkStore::OpenResult::Failed);
    EXPECT_TRUE(store.errorMessage().contains(QStringLiteral("cannot be created")))
        << store.errorMessage().toStdString();
    EXPECT_TRUE(store.errorMessage().contains(QStringLiteral("is a file, not a folder")))
        << store.errorMessage().toStdString();
    EXPECT_FALSE(store.add({QStringLiteral("x"), QStringLiteral("X"), {}}));
    EXPECT_EQ(store.lastSaveError(), store.errorMessage());
}

TEST_F(BookmarkFaults, AFifoInItsPlaceIsRefusedWithoutWaiting) {
    ASSERT_EQ(::mkfifo(QFile::encodeName(path()).constData(), 0600), 0);
    BookmarkStore store;
    EXPECT_EQ(store.open(path()), BookmarkStore::OpenResult::Failed);
    EXPECT_TRUE(store.errorMessage().contains(QStringLiteral("not a file")));
}

// The window with bookmarks it cannot keep: it runs on, and says so when a bookmark is made.
class WindowWithoutBookmarks : public test::WindowTest {};

TEST_F(WindowWithoutBookmarks, AnUnwritableDataFolderLeavesTheWindowRunningWithANotice) {
    const QString blocker = m_userDir.filePath(QStringLiteral("not-a-folder"));
    {
        QFile file(blocker);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    MainWindow::Options options = this->options();
    options.bookmarksPath = blocker + QStringLiteral("/bookmarks.sqlite");
    m_window = std::make_unique<MainWindow>(*m_session, *m_languages, options);
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->currentPage().has_value(); }, 10000));
    m_window->openPage(Page::Causes);
    m_window->toggleBookmark();
    EXPECT_TRUE(m_window->noticeText().contains(QStringLiteral("cannot be created")))
        << m_window->noticeText().toStdString();
    EXPECT_FALSE(m_window->isCurrentBookmarked());
    m_window->openPage(Page::Treatment); // still working
    EXPECT_EQ(m_window->currentPage(), Page::Treatment);
}

TEST_F(WindowWithoutBookmarks, AFullDiskShowsANoticeWhenABookmarkIsMade) {
    test::SmallDisk disk(512 * 1024); // room for the file, its WAL and its 32 KB index
    ASSERT_TRUE(disk.isValid());
    MainWindow::Options options = this->options();
    options.bookmarksPath = disk.filePath(QStringLiteral("bookmarks.sqlite"));
    m_window = std::make_unique<MainWindow>(*m_session, *m_languages, options);
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->currentPage().has_value(); }, 10000));
    m_window->openPage(Page::Causes);
    m_window->toggleBookmark(); // creates the file while there is room
    ASSERT_TRUE(m_window->isCurrentBookmarked()) << m_window->noticeText().toStdString();
    // Fill the rest of the disk (or, under the fallback, let no file grow any more).
    if (disk.isMounted()) {
        QFile filler(disk.filePath(QStringLiteral("filler")));
        ASSERT_TRUE(filler.open(QIODevice::WriteOnly));
        while (filler.write(QByteArray(1024, 'f')) == 1024 && filler.flush()) {
        }
    }
    const test::SmallDisk::Limit limit(
        disk, QFileInfo(disk.filePath(QStringLiteral("bookmarks.sqlite-wal"))).size());
    bool noticed = false;
    for (const Page page : {Page::Treatment, Page::Diagnosis, Page::Living, Page::Overview}) {
        m_window->openPage(page);
        m_window->toggleBookmark();
        if (m_window->noticeText().contains(QStringLiteral("could not be saved"))) {
            noticed = true;
            EXPECT_FALSE(m_window->isCurrentBookmarked());
            break;
        }
    }
    EXPECT_TRUE(noticed) << m_window->noticeText().toStdString();
}

} // namespace
} // namespace cg
