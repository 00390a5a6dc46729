// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the content database: the real one opens, immutable and read-only, creating nothing
// beside it; missing, empty, damaged, cut-off, foreign, too old, too new, tampered and crafted
// files each give their own one-line message naming the file, quickly, instead of a crash, a
// hang or wrong content. Failures of later queries are reported, never silent.
#include "content/content_database.h"
#include "content/content_integrity.h"
#include "content/content_repository.h"
#include "content/schema.h"
#include "search/search_engine.h"
#include "session/content_session.h"
#include "test_support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace cg {
namespace {

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

// Every refusal: false, the kind expected, one line that names the file.
void expectRefused(ContentDatabase &db, const QString &path, OpenError expected) {
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(db.open(path));
    EXPECT_LT(timer.elapsed(), 5000) << "opening took too long";
    EXPECT_EQ(db.error(), expected) << db.errorMessage().toStdString();
    EXPECT_TRUE(db.errorMessage().contains(path)) << db.errorMessage().toStdString();
    EXPECT_FALSE(db.errorMessage().contains(QLatin1Char('\n'))) << db.errorMessage().toStdString();
    EXPECT_LT(db.errorMessage().size(), 500) << db.errorMessage().toStdString();
    EXPECT_FALSE(db.isOpen());
}

class DatabaseOpen : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    // A writable copy of the real database.
    QString copy(const QString &name = QStringLiteral("content.db")) {
        const QString path = m_dir.filePath(name);
        EXPECT_TRUE(test::writableContentCopy(path));
        return path;
    }

    // Runs statements on a file with an ordinary writable connection, as a tamperer would.
    static void alter(const QString &path, const QStringList &statements) {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("alter"));
            db.setDatabaseName(path);
            ASSERT_TRUE(db.open());
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("alter"));
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

TEST_F(DatabaseOpen, RealDatabaseOpens) {
    ContentDatabase db;
    ASSERT_TRUE(db.open(test::contentDatabasePath())) << db.errorMessage().toStdString();
    EXPECT_EQ(db.error(), OpenError::None);
    EXPECT_TRUE(db.isOpen());
}

TEST_F(DatabaseOpen, ImmutableAndReadOnlyNothingIsCreatedBesideIt) {
    const QString file = copy();
    {
        ContentDatabase db;
        ASSERT_TRUE(db.open(file)) << db.errorMessage().toStdString();
        const ContentRepository repository(db);
        EXPECT_FALSE(repository.topics(Page::Causes, QStringLiteral("en")).isEmpty());
        EXPECT_FALSE(QSqlQuery(db.connection())
                         .exec(QStringLiteral("CREATE TABLE scratch (x)"))); // read-only
        EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
                  QStringList{QStringLiteral("content.db")});
    }
    EXPECT_EQ(readAll(file), readAll(test::contentDatabasePath()));
    EXPECT_TRUE(ContentDatabase::immutableUri(QStringLiteral("/a b/c?d#e%f.db"))
                    .startsWith(QStringLiteral("file:/a%20b/c%3Fd%23e%25f.db?immutable=1")));
}

TEST_F(DatabaseOpen, JournalAndWalFilesBesideItAreNeitherReadNorTouched) {
    // A WAL file holding an altered title, as a copy taken from a database being edited would
    // leave, and a journal of junk: neither is read, rolled back or removed.
    const QString edited = copy(QStringLiteral("edited.db"));
    QByteArray wal;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wal"));
        db.setDatabaseName(edited);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE topic_text SET title = 'Planted' ")));
        wal = readAll(edited + QStringLiteral("-wal"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("wal"));
    ASSERT_FALSE(wal.isEmpty());
    const QString file = copy();
    writeAll(file + QStringLiteral("-wal"), wal);
    writeAll(file + QStringLiteral("-journal"), QByteArray(4096, 'j'));

    ContentDatabase db;
    ASSERT_TRUE(db.open(file)) << db.errorMessage().toStdString();
    const ContentRepository repository(db);
    for (const Topic &topic : repository.topics(QString(), QStringLiteral("en"))) {
        EXPECT_NE(topic.title, QStringLiteral("Planted"));
    }
    EXPECT_EQ(readAll(file + QStringLiteral("-wal")), wal);
    EXPECT_EQ(readAll(file + QStringLiteral("-journal")), QByteArray(4096, 'j'));
    EXPECT_FALSE(QFileInfo::exists(file + QStringLiteral("-shm")));
    EXPECT_EQ(readAll(file), readAll(test::contentDatabasePath()));
}

TEST_F(DatabaseOpen, MissingFileIsNamed) {
    ContentDatabase db;
    EXPECT_FALSE(db.open(QStringLiteral("/nonexistent/content.db")));
    EXPECT_EQ(db.error(), OpenError::NotFound);
    EXPECT_TRUE(db.errorMessage().contains(QStringLiteral("/nonexistent/content.db")));
    EXPECT_TRUE(db.errorMessage().contains(QStringLiteral("--content")));
}

TEST_F(DatabaseOpen, AnEmptyFileIsCalledEmptyNotFormatVersionZero) {
    writeAll(path(QStringLiteral("empty.db")), {});
    ContentDatabase db;
    expectRefused(db, path(QStringLiteral("empty.db")), OpenError::Empty);
    EXPECT_TRUE(db.errorMessage().contains(QStringLiteral("empty")))
        << db.errorMessage().toStdString();
    EXPECT_FALSE(db.errorMessage().contains(QStringLiteral("version")));
}

TEST_F(DatabaseOpen, AFifoOrAFolderInItsPlaceIsRefusedWithoutWaiting) {
    const QString fifo = path(QStringLiteral("fifo.db"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    ContentDatabase db;
    expectRefused(db, fifo, OpenError::NotReadable);
    ASSERT_TRUE(QDir().mkpath(path(QStringLiteral("folder.db"))));
    expectRefused(db, path(QStringLiteral("folder.db")), OpenError::NotReadable);
}

TEST_F(DatabaseOpen, RandomBytesAreDamaged) {
    QByteArray bytes(8192, '\0');
    for (char &byte : bytes) {
        byte = char(QRandomGenerator::global()->bounded(256));
    }
    writeAll(path(QStringLiteral("random.db")), bytes);
    ContentDatabase db;
    expectRefused(db, path(QStringLiteral("random.db")), OpenError::Damaged);
    EXPECT_TRUE(db.errorMessage().contains(QStringLiteral("damaged")));
}

TEST_F(DatabaseOpen, TruncatedDatabaseIsDamaged) {
    for (const qint64 cut : {qint64(4096), qint64(1000), qint64(1800000)}) {
        const QString file = copy();
        QFile handle(file);
        ASSERT_TRUE(handle.open(QIODevice::ReadWrite));
        ASSERT_TRUE(handle.resize(cut < 100000 ? handle.size() - cut : cut));
        handle.close();
        ContentDatabase db;
        expectRefused(db, file, OpenError::Damaged);
    }
}

TEST_F(DatabaseOpen, AnOverwrittenPageIsDamagedInOneLine) {
    // One page in the middle overwritten in place: the window and the command line used to
    // differ here (the window opened it with every topic missing; the command line printed a
    // 101-line integrity report).
    for (const int page : {3, 200, 400, 700}) {
        const QString file = copy();
        QFile handle(file);
        ASSERT_TRUE(handle.open(QIODevice::ReadWrite));
        ASSERT_TRUE(handle.seek(qint64(page) * 4096));
        handle.write(QByteArray(4096, char(0x5a)));
        handle.close();
        ContentDatabase db;
        EXPECT_FALSE(db.open(file)) << "page " << page;
        EXPECT_TRUE(db.error() == OpenError::Damaged || db.error() == OpenError::Tampered)
            << db.errorMessage().toStdString();
        EXPECT_TRUE(db.errorMessage().contains(file));
        EXPECT_FALSE(db.errorMessage().contains(QLatin1Char('\n')))
            << db.errorMessage().toStdString();
    }
}

TEST_F(DatabaseOpen, TextAlteredAfterTheBuildIsRefused) {
    const QString script = QStringLiteral("<script>alert(1)</script>");
    const QList<QStringList> alterations = {
        {QStringLiteral("UPDATE topic_text SET body_html = body_html || '%1' "
                        "WHERE topic_id = (SELECT MIN(topic_id) FROM topic_text)")
             .arg(script)},
        {QStringLiteral("UPDATE red_flag_text SET text = 'Nothing to worry about' "
                        "WHERE flag_id = (SELECT MIN(flag_id) FROM red_flag_text)")},
        {QStringLiteral("UPDATE search_entries SET title = 'Planted' WHERE entry = 1")},
        {QStringLiteral("DELETE FROM item_conditions WHERE (item_id, condition_id) = "
                        "(SELECT item_id, condition_id FROM item_conditions LIMIT 1)")},
        {QStringLiteral("UPDATE meta SET value = '9.9.9' WHERE key = 'content_version'")},
        // The stored search index's passages and term counts (the engine checks the terms
        // against them): a term count lowered to hide deleted terms is seen at open.
        {QStringLiteral("UPDATE search_passages SET terms = terms - 1 WHERE locale = 'en'")},
        {QStringLiteral("UPDATE search_passages SET kinds = kinds WHERE locale = 'en'"),
         QStringLiteral("UPDATE search_passages SET passages = passages WHERE locale = 'es'"),
         QStringLiteral("DELETE FROM search_passages WHERE locale = 'fr'")},
    };
    for (const QStringList &statements : alterations) {
        const QString file = copy();
        alter(file, statements);
        ContentDatabase db;
        expectRefused(db, file, OpenError::Tampered);
        EXPECT_TRUE(db.errorMessage().contains(QStringLiteral("changed after it was built")))
            << db.errorMessage().toStdString();
    }
}

TEST_F(DatabaseOpen, ADatabaseWithoutItsDigestIsDamaged) {
    const QString file = copy();
    alter(file, {QStringLiteral("DELETE FROM meta WHERE key = '%1'").arg(kContentDigestKey)});
    ContentDatabase db;
    expectRefused(db, file, OpenError::Damaged);
    EXPECT_TRUE(db.errorMessage().contains(QStringLiteral("digest")));
}

TEST_F(DatabaseOpen, ARecursiveViewInATablesPlaceIsRefusedWithoutRunningIt) {
    const QString file = copy();
    alter(file, {QStringLiteral("DROP TABLE topics"),
                 QStringLiteral("CREATE VIEW topics AS WITH RECURSIVE n(i) AS (SELECT 1 UNION "
                                "ALL SELECT i + 1 FROM n) SELECT 'x' || i AS id, 'causes' AS "
                                "section_key, i AS position FROM n")});
    ContentDatabase db;
    expectRefused(db, file, OpenError::Damaged);
    EXPECT_TRUE(db.errorMessage().contains(QStringLiteral("topics")))
        << db.errorMessage().toStdString();
}

TEST_F(DatabaseOpen, ExtraObjectsInTheSchemaAreRefused) {
    const QStringList crafted = {
        QStringLiteral("CREATE TABLE extra (x)"),
        QStringLiteral("CREATE VIEW everything AS SELECT * FROM topics"),
        QStringLiteral("CREATE TRIGGER t AFTER INSERT ON meta BEGIN SELECT 1; END"),
        QStringLiteral("CREATE INDEX topic_titles ON topic_text (title)"),
    };
    for (const QString &statement : crafted) {
        const QString file = copy();
        alter(file, {statement});
        ContentDatabase db;
        expectRefused(db, file, OpenError::Damaged);
        EXPECT_TRUE(db.errorMessage().contains(QStringLiteral("unexpected")))
            << db.errorMessage().toStdString();
    }
    // A table of the right name with another shape.
    const QString file = copy();
    alter(file, {QStringLiteral("DROP TABLE care_cards"),
                 QStringLiteral("CREATE TABLE care_cards (urgency TEXT, position INTEGER)")});
    ContentDatabase db;
    expectRefused(db, file, OpenError::Damaged);
}

TEST_F(DatabaseOpen, ADatabaseSetUpForWalIsRefused) {
    const QString file = copy();
    alter(file, {QStringLiteral("PRAGMA journal_mode = WAL")});
    ContentDatabase db;
    expectRefused(db, file, OpenError::Damaged);
}

// Copies the real database and stamps another schema version (and application id) on it.
QString copyWithVersion(const QTemporaryDir &dir, int version, qint32 applicationId) {
    const QString path = dir.filePath(QStringLiteral("v%1.db").arg(version));
    EXPECT_TRUE(test::writableContentCopy(path));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stamp"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stamp"));
    return path;
}

TEST_F(DatabaseOpen, NewerSchemaIsRefused) {
    ContentDatabase db;
    expectRefused(db, copyWithVersion(m_dir, kSchemaVersion + 1, kContentApplicationId),
                  OpenError::TooNew);
    EXPECT_TRUE(db.errorMessage().contains(QStringLiteral("Install a newer")));
}

TEST_F(DatabaseOpen, OlderSchemaIsRefused) {
    ContentDatabase db;
    expectRefused(db, copyWithVersion(m_dir, 0, kContentApplicationId), OpenError::TooOld);
    // A database from before databases carried the application id.
    expectRefused(db, copyWithVersion(m_dir, 1, 0), OpenError::TooOld);
    EXPECT_TRUE(db.errorMessage().contains(QStringLiteral("version 1")));
}

TEST_F(DatabaseOpen, ForeignSqliteDatabaseIsDamaged) {
    const QString file = path(QStringLiteral("foreign.db"));
    alter(file, {QStringLiteral("CREATE TABLE other (x)"),
                 QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)});
    ContentDatabase db;
    expectRefused(db, file, OpenError::Damaged);
    EXPECT_TRUE(db.errorMessage().contains(QStringLiteral("mark")))
        << db.errorMessage().toStdString();
    // Wearing our mark but holding something else.
    const QString marked = path(QStringLiteral("marked.db"));
    alter(marked, {QStringLiteral("CREATE TABLE other (x)"),
                   QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion),
                   QStringLiteral("PRAGMA application_id = %1").arg(kContentApplicationId)});
    expectRefused(db, marked, OpenError::Damaged);
}

TEST_F(DatabaseOpen, AQueryThatFailsLaterIsReportedNotSilent) {
    // The file is cut short while the program runs (an update replacing it in place): what can
    // no longer be read is reported with the file's name, and the handler hears of it.
    const QString file = copy();
    ContentDatabase db;
    ASSERT_TRUE(db.open(file)) << db.errorMessage().toStdString();
    QStringList told;
    const int token = db.setQueryFailureHandler([&told](const QString &text) { told << text; });
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA shrink_memory"));
    {
        QFile handle(file);
        ASSERT_TRUE(handle.open(QIODevice::ReadWrite));
        ASSERT_TRUE(handle.resize(8192));
    }
    const ContentRepository repository(db);
    int rows = 0;
    for (const QString &section : kSectionKeys) {
        rows += int(repository.topics(section, QStringLiteral("en")).size());
        rows += int(repository.items(section, QStringLiteral("en")).size());
    }
    EXPECT_GT(db.queryFailureCount(), 0) << rows << " rows read from a cut-off file";
    ASSERT_FALSE(told.isEmpty());
    EXPECT_TRUE(told.constLast().contains(file)) << told.constLast().toStdString();
    EXPECT_FALSE(told.constLast().contains(QLatin1Char('\n')));
    EXPECT_EQ(told.constLast(), db.lastQueryFailure());
    db.clearQueryFailureHandler(token);
}

TEST(ContentDigest, IsStableAndCoversEveryStoredTable) {
    ContentDatabase db;
    ASSERT_TRUE(db.open(test::contentDatabasePath()));
    const QString first = contentDigest(test::contentDatabasePath());
    EXPECT_TRUE(first.startsWith(QStringLiteral("blake2b-256:")));
    EXPECT_EQ(first.size(), 12 + 64);
    EXPECT_EQ(contentDigest(test::contentDatabasePath()), first);
    EXPECT_FALSE(schemaProblem(db.connection()).has_value());
}

// The content session opens what ContentDatabase::open() opens, refuses what it refuses with
// the same message, and splits the checks in two only when asked to (the window).
class SessionOpen : public DatabaseOpen {};

TEST_F(SessionOpen, OpensTheRealDatabaseWithEverythingOnIt) {
    const ContentSession::Opened opened = ContentSession::open(test::contentDatabasePath());
    ASSERT_TRUE(opened.session) << opened.errorMessage.toStdString();
    EXPECT_EQ(opened.error, OpenError::None);
    EXPECT_TRUE(opened.session->database().isVerified());
    const QList<LocaleInfo> languages = opened.session->languages();
    const QList<LocaleInfo> offered = opened.session->repository().locales();
    ASSERT_EQ(languages.size(), offered.size());
    for (qsizetype i = 0; i < languages.size(); ++i) {
        EXPECT_EQ(languages.at(i).code, offered.at(i).code);
    }
    EXPECT_GE(languages.size(), 6);
    EXPECT_FALSE(opened.session->repository().topics(Page::Causes, QStringLiteral("en")).isEmpty());
    EXPECT_FALSE(opened.session->searchEngine()
                     .search(QStringLiteral("calcium"), QStringLiteral("en"))
                     .hits.isEmpty());
}

TEST_F(SessionOpen, AMissingFileIsRefusedAsTheDatabaseRefusesIt) {
    const QString missing = path(QStringLiteral("missing.db"));
    const ContentSession::Opened opened = ContentSession::openForWindow(missing);
    EXPECT_FALSE(opened.session);
    EXPECT_EQ(opened.error, OpenError::NotFound);
    ContentDatabase db;
    EXPECT_FALSE(db.open(missing));
    EXPECT_EQ(opened.errorMessage, db.errorMessage());
}

TEST_F(SessionOpen, AlteredTextIsRefusedByVerifyBeforeAnyViewReadsIt) {
    const QString file = copy();
    alter(file, {QStringLiteral("UPDATE red_flag_text SET text = 'Nothing to worry about' "
                                "WHERE flag_id = (SELECT MIN(flag_id) FROM red_flag_text)")});
    // Whole and ours: the quick checks pass, the digest does not.
    ContentSession::Opened forWindow = ContentSession::openForWindow(file);
    ASSERT_TRUE(forWindow.session) << forWindow.errorMessage.toStdString();
    EXPECT_FALSE(forWindow.session->database().isVerified());
    EXPECT_FALSE(forWindow.session->verify());
    EXPECT_EQ(forWindow.session->database().error(), OpenError::Tampered);
    EXPECT_FALSE(forWindow.session->database().isOpen());
    EXPECT_FALSE(forWindow.session->verify()); // and stays refused
    const QString windowMessage = forWindow.session->database().errorMessage();
    EXPECT_TRUE(windowMessage.contains(file)) << windowMessage.toStdString();
    forWindow.session.reset();

    const ContentSession::Opened whole = ContentSession::open(file);
    EXPECT_FALSE(whole.session);
    EXPECT_EQ(whole.error, OpenError::Tampered);
    EXPECT_EQ(whole.errorMessage, windowMessage);
    ContentDatabase db;
    expectRefused(db, file, OpenError::Tampered);
    EXPECT_EQ(db.errorMessage(), windowMessage);
}

TEST_F(SessionOpen, ACutOffFileIsRefusedBeforeAWindowIsMade) {
    const QString file = copy();
    QByteArray bytes = readAll(file);
    bytes.truncate(bytes.size() / 2);
    writeAll(file, bytes);
    const ContentSession::Opened opened = ContentSession::openForWindow(file);
    EXPECT_FALSE(opened.session);
    EXPECT_EQ(opened.error, OpenError::Damaged);
    EXPECT_TRUE(opened.errorMessage.contains(file)) << opened.errorMessage.toStdString();
}

} // namespace
} // namespace cg
