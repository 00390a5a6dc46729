// SPDX-License-Identifier: GPL-3.0-or-later
#include "user/bookmark_store.h"

#include "content/content_log.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cg {

namespace {

QString nextConnectionName() {
    static QAtomicInteger<int> counter;
    return QStringLiteral("cg-bookmarks-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString native(const QString &path) {
    return QDir::toNativeSeparators(path);
}

constexpr int kSqlitePermission = 3;
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoError = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADatabase = 26;

// SQLite's primary result code (Qt reports the extended one). Some of Qt's own errors (a commit
// that failed) carry no code, only SQLite's words: those are recognised too.
int sqliteCode(const QSqlError &error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok && code != 0) {
        return code & 0xFF;
    }
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    static const std::pair<const char *, int> kWords[] = {
        {"database or disk is full", kSqliteFull},
        {"readonly database", kSqliteReadOnly},
        {"database is locked", kSqliteBusy},
        {"database table is locked", kSqliteLocked},
        {"disk I/O error", kSqliteIoError},
        {"file is not a database", kSqliteNotADatabase},
        {"malformed", kSqliteCorrupt},
        {"unable to open database file", kSqliteCantOpen},
    };
    for (const auto &[words, value] : kWords) {
        if (text.contains(QLatin1String(words))) {
            return value;
        }
    }
    return -1;
}

bool isBusy(const QSqlError &error) {
    const int code = sqliteCode(error);
    return code == kSqliteBusy || code == kSqliteLocked;
}

bool isDamage(const QSqlError &error) {
    const int code = sqliteCode(error);
    return code == kSqliteCorrupt || code == kSqliteNotADatabase;
}

// Whether another process has the file open through SQLite: every connection holds a lock on
// the database file's lock bytes (or, in WAL mode, on its -shm file) while it reads or writes.
// Locks of this process are not seen, which is what is wanted.
bool lockedByAnotherProcess(const QString &path) {
    const auto locked = [](const QString &file, off_t start, off_t length) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            return false;
        }
        struct flock probe {};
        probe.l_type = F_WRLCK;
        probe.l_whence = SEEK_SET;
        probe.l_start = start;
        probe.l_len = length;
        const bool held = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
        ::close(fd);
        return held;
    };
    constexpr off_t kPendingByte = 0x40000000; // SQLite's lock bytes: pending, reserved, shared
    return locked(path, kPendingByte, 512) ||
           locked(path + QStringLiteral("-shm"), 120, 16); // the WAL index's lock bytes
}

// Why a folder cannot be made: the first part of its path that is in the way.
QString folderProblem(const QString &folder) {
    QString existing = folder;
    while (!existing.isEmpty() && !QFileInfo::exists(existing)) {
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing) {
            break;
        }
        existing = parent;
    }
    if (!QFileInfo(existing).isDir()) {
        return QCoreApplication::translate("BookmarkStore", "\"%1\" is a file, not a folder")
            .arg(native(existing));
    }
    if (::access(QFile::encodeName(existing).constData(), W_OK | X_OK) != 0) {
        return errno == EROFS
                   ? QCoreApplication::translate("BookmarkStore", "the disk is read-only")
                   : QCoreApplication::translate("BookmarkStore", "you may not write to \"%1\"")
                         .arg(native(existing));
    }
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Whether the file and its folder (where SQLite keeps its WAL and journal) may be written.
bool writable(const QString &path) {
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0 &&
           ::access(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), W_OK) == 0;
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

const QStringList kColumns = {QStringLiteral("location"), QStringLiteral("title"),
                              QStringLiteral("created"), QStringLiteral("position")};

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
    qCWarning(lcUser, "%ls", qUtf16Printable(message));
    close();
    return false;
}

bool BookmarkStore::openConnection(const QString &path, bool readOnly) {
    close();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (readOnly) {
        // Immutable: a WAL file on a read-only disk cannot get the index file it needs to be
        // read otherwise; nothing can change it there anyway.
        m_db.setDatabaseName(
            QStringLiteral("file:") +
            QString::fromLatin1(
                QFile::encodeName(QFileInfo(path).absoluteFilePath()).toPercentEncoding("/")) +
            QStringLiteral("?immutable=1"));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    }
    m_readOnly = readOnly;
    if (!m_db.open()) {
        return fail(QCoreApplication::translate(
                        "BookmarkStore",
                        "The bookmarks file \"%1\" cannot be opened (%2); bookmarks are off.")
                        .arg(native(path), m_db.lastError().databaseText()));
    }
    return true;
}

BookmarkStore::Kind BookmarkStore::inspect(QString *detail) {
    QSqlQuery query(m_db);
    const auto failed = [&](const QSqlQuery &q) {
        *detail = q.lastError().databaseText();
        if (isBusy(q.lastError())) {
            return Kind::Busy;
        }
        return isDamage(q.lastError()) ? Kind::Damaged : Kind::Unreadable;
    };
    // The first real read is where SQLite notices a file that is not a database, or a lock.
    // Every object counts: a file holding only a view, a trigger or an index is not empty.
    if (!query.exec(QStringLiteral("SELECT type, name FROM sqlite_master"))) {
        return failed(query);
    }
    QSet<QString> tables;
    qsizetype objects = 0;
    while (query.next()) {
        ++objects;
        const QString name = query.value(1).toString();
        if (query.value(0).toString() == QStringLiteral("table") &&
            !name.startsWith(QStringLiteral("sqlite_"))) {
            tables.insert(name);
        }
    }
    if (query.lastError().isValid()) {
        return failed(query);
    }
    qint32 applicationId = 0;
    int version = 0;
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        return failed(query);
    }
    applicationId = query.value(0).toInt();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return failed(query);
    }
    version = query.value(0).toInt();

    if (objects == 0 && applicationId == 0 && version == 0) {
        return Kind::Empty;
    }
    const bool hasBookmarks = tables.contains(QStringLiteral("bookmarks"));
    // A newer guide's file, whatever it holds (a later version may keep bookmarks elsewhere);
    // without our mark, only if it has the bookmarks table.
    if (version > kSchemaVersion &&
        (applicationId == kApplicationId || (applicationId == 0 && hasBookmarks))) {
        return Kind::TooNew;
    }
    const bool mine = applicationId == kApplicationId;
    const bool legacy = applicationId == 0 && version == kSchemaVersion &&
                        tables == QSet<QString>{QStringLiteral("bookmarks")};
    if (!mine && !legacy) {
        return Kind::Foreign;
    }
    // Ours: the shape, then every page.
    QStringList columns;
    if (!query.exec(QStringLiteral("PRAGMA table_info(bookmarks)"))) {
        return failed(query);
    }
    while (query.next()) {
        columns.append(query.value(1).toString());
    }
    if (!hasBookmarks || version != kSchemaVersion || columns != kColumns) {
        *detail = QStringLiteral("not the bookmarks table this version writes");
        return Kind::Damaged;
    }
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
        return failed(query);
    }
    if (query.value(0).toString() != QStringLiteral("ok")) {
        *detail = query.value(0).toString().section(QLatin1Char('\n'), 0, 0);
        return Kind::Damaged;
    }
    return mine ? Kind::Ours : Kind::OursWithoutMark;
}

bool BookmarkStore::createSchema() {
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    return transaction.isActive() &&
           query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS bookmarks ("
                                     " location TEXT PRIMARY KEY,"
                                     " title    TEXT NOT NULL,"
                                     " created  TEXT NOT NULL,"
                                     " position INTEGER NOT NULL)")) &&
           query.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)) &&
           query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)) &&
           transaction.commit();
}

bool BookmarkStore::moveAside() {
    close();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n) {
        target = m_path + QStringLiteral(".damaged-") + stamp + QStringLiteral("-%1").arg(n);
    }
    if (!QFile::rename(m_path, target)) {
        return fail(QCoreApplication::translate(
                        "BookmarkStore",
                        "The bookmarks file \"%1\" is damaged and could not be moved aside; "
                        "bookmarks are off.")
                        .arg(native(m_path)));
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
    m_lastSaveError.clear();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        fail(QCoreApplication::translate(
                 "BookmarkStore",
                 "The folder for bookmarks \"%1\" cannot be created (%2); bookmarks are off.")
                 .arg(native(folder), folderProblem(folder)));
        return OpenResult::Failed;
    }
    struct stat info {};
    const bool exists = ::stat(QFile::encodeName(path).constData(), &info) == 0;
    if (exists && !S_ISREG(info.st_mode)) {
        // A FIFO would block SQLite's first read for ever.
        fail(QCoreApplication::translate(
                 "BookmarkStore",
                 "\"%1\" is not a file, so bookmarks cannot be kept there; it was left alone.")
                 .arg(native(path)));
        return OpenResult::Failed;
    }
    const bool existed = exists && info.st_size > 0;
    if (!openConnection(path)) {
        return OpenResult::Failed;
    }
    QString detail;
    Kind kind = existed ? inspect(&detail) : Kind::Empty;
    if (kind == Kind::Unreadable && !writable(path)) {
        // A file the reader may read but not write (a read-only disk or file): shown, not kept.
        if (!openConnection(path, true)) {
            return OpenResult::Failed;
        }
        kind = inspect(&detail);
        if (kind == Kind::Ours || kind == Kind::OursWithoutMark) {
            return OpenResult::Opened;
        }
    }
    const QString leftUnchanged =
        QCoreApplication::translate("BookmarkStore", "It was left unchanged; bookmarks are off.");
    bool recovered = false;
    switch (kind) {
    case Kind::Empty:
    case Kind::Ours:
    case Kind::OursWithoutMark:
        break;
    case Kind::TooNew:
        fail(QCoreApplication::translate("BookmarkStore",
                                         "The bookmarks file \"%1\" was written by a newer "
                                         "version of Calcinosis Guide. It was left unchanged; "
                                         "bookmarks are off until you update.")
                 .arg(native(path)));
        return OpenResult::Failed;
    case Kind::Foreign:
        fail(QCoreApplication::translate("BookmarkStore",
                                         "\"%1\" is not a Calcinosis Guide bookmarks file (it "
                                         "belongs to another program). %2 Move it elsewhere to "
                                         "start new bookmarks.")
                 .arg(native(path), leftUnchanged));
        return OpenResult::Failed;
    case Kind::Busy:
        fail(QCoreApplication::translate("BookmarkStore",
                                         "The bookmarks file \"%1\" is in use by another program "
                                         "(another Calcinosis Guide?). %2")
                 .arg(native(path), leftUnchanged));
        return OpenResult::Failed;
    case Kind::Unreadable:
        fail(QCoreApplication::translate("BookmarkStore",
                                         "The bookmarks file \"%1\" cannot be read (%2). %3")
                 .arg(native(path), detail, leftUnchanged));
        return OpenResult::Failed;
    case Kind::Damaged:
        // Damaged, unless another program is in the middle of writing it: then it is theirs.
        if (lockedByAnotherProcess(path)) {
            fail(QCoreApplication::translate("BookmarkStore",
                                             "The bookmarks file \"%1\" is in use by another "
                                             "program (another Calcinosis Guide?). %2")
                     .arg(native(path), leftUnchanged));
            return OpenResult::Failed;
        }
        qCWarning(lcUser, "bookmarks file %ls is damaged: %ls", qUtf16Printable(path),
                  qUtf16Printable(detail));
        if (!moveAside() || !openConnection(path)) {
            return OpenResult::Failed;
        }
        recovered = true;
        break;
    }
    if (kind == Kind::Empty || recovered) {
        if (!createSchema()) {
            fail(QCoreApplication::translate(
                     "BookmarkStore",
                     "The bookmarks file \"%1\" cannot be written (%2); bookmarks are off.")
                     .arg(native(path), m_db.lastError().databaseText()));
            return OpenResult::Failed;
        }
    } else if (kind == Kind::OursWithoutMark) {
        // Written before files carried the mark: claim it now (if that fails, it stays usable).
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    }
    // WAL: a reader never waits for a writer, and a program killed mid-write leaves the last
    // committed state; FULL syncs every commit, so a power cut loses nothing saved either.
    QSqlQuery pragma(m_db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    if (recovered) {
        m_errorMessage =
            QCoreApplication::translate(
                "BookmarkStore", "Your bookmarks file could not be read, so a new, empty one was "
                                 "started. The old file was kept as \"%1\".")
                .arg(native(m_damagedCopyPath));
        return OpenResult::RecoveredFromDamage;
    }
    return kind == Kind::Empty ? OpenResult::Created : OpenResult::Opened;
}

bool BookmarkStore::saveFailed(const QSqlError &error) {
    QString reason;
    switch (sqliteCode(error)) {
    case kSqliteFull:
        reason = QCoreApplication::translate("BookmarkStore", "the disk is full");
        break;
    case kSqliteReadOnly:
    case kSqlitePermission:
    case kSqliteCantOpen:
        reason = QCoreApplication::translate("BookmarkStore",
                                             "the file or its folder may not be written");
        break;
    case kSqliteBusy:
    case kSqliteLocked:
        reason = QCoreApplication::translate("BookmarkStore",
                                             "another program is writing it; try again");
        break;
    case kSqliteIoError:
        reason = QCoreApplication::translate("BookmarkStore", "the disk reported an error");
        break;
    default:
        reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        break;
    }
    m_lastSaveError = QCoreApplication::translate("BookmarkStore",
                                                  "The bookmark could not be saved in \"%1\": %2.")
                          .arg(native(m_path), reason);
    qCWarning(lcUser, "saving a bookmark failed: %ls", qUtf16Printable(error.text()));
    return false;
}

QList<Bookmark> BookmarkStore::bookmarks() const {
    QList<Bookmark> result;
    if (!isOpen()) {
        return result;
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT location, title, created FROM bookmarks ORDER BY position, created"))) {
        qCWarning(lcUser, "reading bookmarks failed: %ls",
                  qUtf16Printable(query.lastError().text()));
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

bool BookmarkStore::readOnlyRefusal() {
    m_lastSaveError =
        QCoreApplication::translate("BookmarkStore",
                                    "The bookmark could not be saved in \"%1\": %2.")
            .arg(native(m_path), QCoreApplication::translate(
                                     "BookmarkStore", "the file or its folder may not be written"));
    return false;
}

bool BookmarkStore::add(const Bookmark &bookmark) {
    m_lastSaveError.clear();
    if (!isOpen()) {
        m_lastSaveError = m_errorMessage;
        return false;
    }
    if (m_readOnly) {
        return readOnlyRefusal();
    }
    if (bookmark.location.isEmpty()) {
        return false;
    }
    const QDateTime created =
        bookmark.created.isValid() ? bookmark.created : QDateTime::currentDateTimeUtc();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return saveFailed(m_db.lastError());
    }
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO bookmarks (location, title, created, position)"
                       " VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM bookmarks))"
                       " ON CONFLICT (location) DO UPDATE SET title = excluded.title"));
    query.addBindValue(bookmark.location);
    query.addBindValue(bookmark.title);
    query.addBindValue(created.toString(Qt::ISODate));
    if (!query.exec()) {
        return saveFailed(query.lastError());
    }
    if (!transaction.commit()) {
        return saveFailed(m_db.lastError());
    }
    return true;
}

bool BookmarkStore::remove(const QString &location) {
    m_lastSaveError.clear();
    if (!isOpen()) {
        m_lastSaveError = m_errorMessage;
        return false;
    }
    if (m_readOnly) {
        return readOnlyRefusal();
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return saveFailed(m_db.lastError());
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM bookmarks WHERE location = ?"));
    query.addBindValue(location);
    if (!query.exec()) {
        return saveFailed(query.lastError());
    }
    if (query.numRowsAffected() == 0) {
        return false; // nothing to remove: not a failure to report
    }
    if (!transaction.commit()) {
        return saveFailed(m_db.lastError());
    }
    return true;
}

} // namespace cg
