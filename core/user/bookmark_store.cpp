// SPDX-License-Identifier: GPL-3.0-or-later
#include "user/bookmark_store.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace cg {

namespace {

QString nextConnectionName() {
    static QAtomicInteger<int> counter;
    return QStringLiteral("cg-bookmarks-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString tr(const char *text) {
    return QCoreApplication::translate("BookmarkStore", text);
}

// Runs statements in one transaction and rolls back on the first failure.
class Transaction {
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db), m_active(db.transaction()) {}
    ~Transaction() {
        if (m_active) {
            m_db.rollback();
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit() {
        m_active = false;
        return m_db.commit();
    }

private:
    QSqlDatabase &m_db;
    bool m_active;
};

} // namespace

BookmarkStore::BookmarkStore() : m_connectionName(nextConnectionName()) {}

BookmarkStore::~BookmarkStore() {
    close();
}

QString BookmarkStore::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/bookmarks.sqlite");
}

void BookmarkStore::close() {
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool BookmarkStore::fail(const QString &message) {
    m_errorMessage = message;
    close();
    return false;
}

bool BookmarkStore::openConnection(const QString &path) {
    close();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        return fail(tr("The bookmarks file \"%1\" cannot be opened (%2).")
                        .arg(QDir::toNativeSeparators(path), m_db.lastError().text()));
    }
    return true;
}

bool BookmarkStore::checkReadable() {
    QSqlQuery query(m_db);
    // The first real read is where SQLite notices a file that is not a database.
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next() ||
        query.value(0).toString() != QStringLiteral("ok")) {
        return false;
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return false;
    }
    const int version = query.value(0).toInt();
    if (version == 0) {
        return true; // empty or new: migrate() creates the schema
    }
    return query.exec(QStringLiteral("SELECT location, title, created FROM bookmarks LIMIT 1"));
}

bool BookmarkStore::migrate() {
    int version = 0;
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
            return false;
        }
        version = query.value(0).toInt();
    }
    if (version > kSchemaVersion) {
        return fail(tr("The bookmarks file \"%1\" was written by a newer version of Calcinosis "
                       "Guide. It was left unchanged; bookmarks are off until you update.")
                        .arg(QDir::toNativeSeparators(m_path)));
    }
    if (version == kSchemaVersion) {
        return true;
    }
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    const bool ok = transaction.isActive() &&
                    query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS bookmarks ("
                                              " location TEXT PRIMARY KEY,"
                                              " title    TEXT NOT NULL,"
                                              " created  TEXT NOT NULL,"
                                              " position INTEGER NOT NULL)")) &&
                    query.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    return ok && transaction.commit();
}

bool BookmarkStore::moveAside() {
    close();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n) {
        target = m_path + QStringLiteral(".damaged-") + stamp + QStringLiteral("-%1").arg(n);
    }
    if (!QFile::rename(m_path, target)) {
        return fail(tr("The bookmarks file \"%1\" is damaged and could not be moved aside.")
                        .arg(QDir::toNativeSeparators(m_path)));
    }
    // SQLite's side files belong to the damaged database.
    for (const QString &suffix :
         {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(m_path + suffix)) {
            QFile::rename(m_path + suffix, target + suffix);
        }
    }
    m_damagedCopyPath = target;
    return true;
}

BookmarkStore::OpenResult BookmarkStore::open(const QString &path) {
    m_path = path;
    m_errorMessage.clear();
    m_damagedCopyPath.clear();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        fail(tr("The folder for bookmarks \"%1\" cannot be created.")
                 .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return OpenResult::Failed;
    }
    const bool existed = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
    if (!openConnection(path)) {
        return OpenResult::Failed;
    }
    bool recovered = false;
    if (existed && !checkReadable()) {
        if (!moveAside() || !openConnection(path)) {
            return OpenResult::Failed;
        }
        recovered = true;
    }
    if (!migrate()) {
        if (m_errorMessage.isEmpty()) {
            fail(tr("The bookmarks file \"%1\" cannot be written (%2).")
                     .arg(QDir::toNativeSeparators(path), m_db.lastError().text()));
        }
        close();
        return OpenResult::Failed;
    }
    if (recovered) {
        m_errorMessage =
            tr("Your bookmarks file could not be read, so a new, empty one was started. The old "
               "file was kept as \"%1\".")
                .arg(QDir::toNativeSeparators(m_damagedCopyPath));
        return OpenResult::RecoveredFromDamage;
    }
    return existed ? OpenResult::Opened : OpenResult::Created;
}

QList<Bookmark> BookmarkStore::bookmarks() const {
    QList<Bookmark> result;
    if (!isOpen()) {
        return result;
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT location, title, created FROM bookmarks ORDER BY position, created"))) {
        return result;
    }
    while (query.next()) {
        result.append(Bookmark{query.value(0).toString(), query.value(1).toString(),
                               QDateTime::fromString(query.value(2).toString(), Qt::ISODate)});
    }
    return result;
}

bool BookmarkStore::contains(const QString &location) const {
    if (!isOpen()) {
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM bookmarks WHERE location = ?"));
    query.addBindValue(location);
    return query.exec() && query.next();
}

bool BookmarkStore::add(const Bookmark &bookmark) {
    if (!isOpen() || bookmark.location.isEmpty()) {
        return false;
    }
    const QDateTime created =
        bookmark.created.isValid() ? bookmark.created : QDateTime::currentDateTimeUtc();
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO bookmarks (location, title, created, position)"
                       " VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM bookmarks))"
                       " ON CONFLICT (location) DO UPDATE SET title = excluded.title"));
    query.addBindValue(bookmark.location);
    query.addBindValue(bookmark.title);
    query.addBindValue(created.toString(Qt::ISODate));
    return transaction.isActive() && query.exec() && transaction.commit();
}

bool BookmarkStore::remove(const QString &location) {
    if (!isOpen()) {
        return false;
    }
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM bookmarks WHERE location = ?"));
    query.addBindValue(location);
    return transaction.isActive() && query.exec() && query.numRowsAffected() > 0 &&
           transaction.commit();
}

} // namespace cg
