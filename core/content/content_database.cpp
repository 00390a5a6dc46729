// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/content_database.h"

#include "content/content_integrity.h"
#include "content/content_log.h"
#include "content/schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cg {

namespace {

QString nextConnectionName() {
    static QAtomicInteger<int> counter;
    return QStringLiteral("cg-content-%1").arg(counter.fetchAndAddRelaxed(1));
}

// A detail for a one-line message: SQLite's integrity reports run to a hundred lines, starting
// with "*** in database main ***"; keep the first finding, cut to a readable length.
QString oneLine(const QString &detail) {
    QStringList parts;
    for (const QString &line : detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString trimmed = line.simplified();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QStringLiteral("***"))) {
            parts.append(trimmed);
        }
    }
    QString result = parts.value(0);
    if (parts.size() > 1) {
        result += QStringLiteral(" (and %1 more)").arg(parts.size() - 1);
    }
    constexpr int kMax = 160;
    if (result.size() > kMax) {
        result = result.left(kMax - 1) + QChar(0x2026);
    }
    return result;
}

QString native(const QString &path) {
    return QDir::toNativeSeparators(path);
}

// The SQLite file header (https://sqlite.org/fileformat.html#the_database_header).
struct Header {
    bool sqlite = false;
    qint64 pageSize = 0;
    int writeVersion = 0; // 1: rollback journal, as the compiler writes; 2: WAL
    int readVersion = 0;
    quint32 changeCounter = 0;
    quint32 pageCount = 0;
    quint32 validFor = 0;
    qint32 userVersion = 0;
    qint32 applicationId = 0;
};

Header parseHeader(const unsigned char *bytes) {
    Header header;
    header.sqlite = std::memcmp(bytes, "SQLite format 3", 16) == 0;
    const quint16 pageSize = qFromBigEndian<quint16>(bytes + 16);
    header.pageSize = pageSize == 1 ? 65536 : pageSize;
    header.writeVersion = bytes[18];
    header.readVersion = bytes[19];
    header.changeCounter = qFromBigEndian<quint32>(bytes + 24);
    header.pageCount = qFromBigEndian<quint32>(bytes + 28);
    header.userVersion = qFromBigEndian<qint32>(bytes + 60);
    header.applicationId = qFromBigEndian<qint32>(bytes + 68);
    header.validFor = qFromBigEndian<quint32>(bytes + 92);
    return header;
}

QString damagedMessage(const QString &path, const QString &detail) {
    return QCoreApplication::translate(
               "ContentDatabase",
               "The content database \"%1\" is damaged or is not a Calcinosis Guide database (%2). "
               "Reinstall Calcinosis Guide, or rebuild the content with the content compiler.")
        .arg(native(path), oneLine(detail));
}

} // namespace

ContentDatabase::ContentDatabase() : m_connectionName(nextConnectionName()) {}

ContentDatabase::~ContentDatabase() {
    close();
}

void ContentDatabase::close() {
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool ContentDatabase::fail(OpenError error, const QString &message) {
    reject(error, message);
    close();
    return false;
}

bool ContentDatabase::reject(OpenError error, const QString &message) {
    m_error = error;
    m_errorMessage = message;
    return false;
}

QString ContentDatabase::immutableUri(const QString &path) {
    const QByteArray absolute = QFile::encodeName(QFileInfo(path).absoluteFilePath());
    return QStringLiteral("file:") + QString::fromLatin1(absolute.toPercentEncoding("/")) +
           QStringLiteral("?immutable=1");
}

bool ContentDatabase::checkHeader(const QString &path) {
    const QString notReadable =
        QCoreApplication::translate(
            "ContentDatabase",
            "The content database \"%1\" cannot be read. Check that it is a file and that you "
            "have permission to read it.")
            .arg(native(path));
    // O_NONBLOCK: a FIFO put in the database's place must not hang the program.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        return fail(OpenError::NotReadable, notReadable);
    }
    struct stat info {};
    unsigned char bytes[100] = {};
    ssize_t got = -1;
    const bool regular = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
    if (regular) {
        got = ::read(fd, bytes, sizeof bytes);
    }
    ::close(fd);
    if (!regular || got < 0) {
        return fail(OpenError::NotReadable, notReadable);
    }
    if (info.st_size == 0) {
        return fail(OpenError::Empty,
                    QCoreApplication::translate(
                        "ContentDatabase",
                        "The content database \"%1\" is empty (0 bytes): it was not copied or "
                        "installed completely. Reinstall Calcinosis Guide, or rebuild the content "
                        "with the content compiler.")
                        .arg(native(path)));
    }
    const Header header = parseHeader(bytes);
    if (got < qint64(sizeof bytes) || !header.sqlite) {
        return fail(OpenError::Damaged,
                    damagedMessage(path, QCoreApplication::translate(
                                             "ContentDatabase", "it is not an SQLite database")));
    }
    if (header.applicationId == kContentApplicationId ||
        (header.applicationId == 0 && header.userVersion < kSchemaVersion &&
         header.userVersion > 0)) {
        // Ours, or ours from before databases carried the mark (format version 1).
        if (header.userVersion > kSchemaVersion) {
            return fail(
                OpenError::TooNew,
                QCoreApplication::translate(
                    "ContentDatabase",
                    "The content database \"%1\" has format version %2, but this version of "
                    "Calcinosis Guide reads only version %3. Install a newer Calcinosis Guide.")
                    .arg(native(path))
                    .arg(header.userVersion)
                    .arg(kSchemaVersion));
        }
        if (header.userVersion < kSchemaVersion) {
            return fail(
                OpenError::TooOld,
                QCoreApplication::translate(
                    "ContentDatabase",
                    "The content database \"%1\" has format version %2, older than version %3 "
                    "that this Calcinosis Guide needs. Rebuild the content or reinstall.")
                    .arg(native(path))
                    .arg(header.userVersion)
                    .arg(kSchemaVersion));
        }
    } else {
        return fail(OpenError::Damaged,
                    damagedMessage(path, QCoreApplication::translate(
                                             "ContentDatabase",
                                             "it does not carry the Calcinosis Guide mark")));
    }
    if (header.writeVersion != 1 || header.readVersion != 1) {
        // WAL (2): changes could be waiting in a file beside it; the compiler never writes one.
        return fail(OpenError::Damaged,
                    damagedMessage(path, QCoreApplication::translate(
                                             "ContentDatabase",
                                             "it was set up for changes after it was built")));
    }
    // A database file is a whole number of pages: any other length means it was cut off or
    // appended to. (The page count in the header is valid when its stamp matches the counter.)
    const bool sizeKnown = header.validFor == header.changeCounter && header.pageCount > 0;
    if (header.pageSize < 512 || (header.pageSize & (header.pageSize - 1)) != 0 ||
        info.st_size % header.pageSize != 0 ||
        (sizeKnown && qint64(header.pageCount) * header.pageSize != qint64(info.st_size))) {
        return fail(OpenError::Damaged,
                    damagedMessage(
                        path, QCoreApplication::translate(
                                  "ContentDatabase", "the file is not as long as its pages say")));
    }
    return true;
}

bool ContentDatabase::open(const QString &path) {
    if (!openStructure(path)) {
        return false;
    }
    if (!verify()) {
        close();
        return false;
    }
    return true;
}

bool ContentDatabase::openStructure(const QString &path) {
    close();
    m_path = path;
    m_queryFailures = 0;
    m_lastQueryFailure.clear();
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        return fail(OpenError::NotFound,
                    QCoreApplication::translate(
                        "ContentDatabase",
                        "The content database was not found at \"%1\". Reinstall Calcinosis Guide, "
                        "or give the database with --content PATH.")
                        .arg(native(path)));
    }
    if (!info.isFile() || !info.isReadable()) {
        return fail(OpenError::NotReadable,
                    QCoreApplication::translate(
                        "ContentDatabase",
                        "The content database \"%1\" cannot be read. Check that it is a file and "
                        "that you have permission to read it.")
                        .arg(native(path)));
    }
    if (!checkHeader(path)) {
        return false;
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(immutableUri(path));
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    if (!m_db.open()) {
        return fail(OpenError::Damaged, damagedMessage(path, m_db.lastError().databaseText()));
    }
    // The schema before anything reads a table: a view put in a table's place could run for
    // ever, a trigger or another table is not what the compiler wrote.
    if (const std::optional<QString> problem = schemaProblem(m_db)) {
        return fail(OpenError::Damaged, damagedMessage(path, *problem));
    }
    m_error = OpenError::None;
    m_errorMessage.clear();
    m_verified = false;
    return true;
}

bool ContentDatabase::verify() {
    if (m_verified) {
        return true;
    }
    if (m_error != OpenError::None || !m_db.isOpen()) {
        return false;
    }
    const QString &path = m_path;
    {
        QSqlQuery query(m_db);
        // quick_check reads every page and finds truncated or overwritten ones anywhere.
        if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next() ||
            query.value(0).toString() != QStringLiteral("ok")) {
            const QString detail = query.lastError().isValid() ? query.lastError().databaseText()
                                                               : query.value(0).toString();
            return reject(OpenError::Damaged, damagedMessage(path, detail));
        }
        if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'content_version'")) ||
            !query.next()) {
            return reject(OpenError::Damaged,
                          damagedMessage(path, QCoreApplication::translate("ContentDatabase",
                                                                           "no content version")));
        }
        query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        query.addBindValue(kContentDigestKey);
        if (!query.exec() || !query.next()) {
            return reject(OpenError::Damaged,
                          damagedMessage(path, QCoreApplication::translate(
                                                   "ContentDatabase", "it has no content digest")));
        }
        const QString stored = query.value(0).toString();
        query.finish();
        QString readError;
        const QString actual = contentDigest(path, &readError);
        if (actual.isEmpty()) {
            return reject(OpenError::Damaged, damagedMessage(path, readError));
        }
        if (actual != stored) {
            qCWarning(lcContent, "content digest of %ls is %ls, not %ls", qUtf16Printable(path),
                      qUtf16Printable(actual), qUtf16Printable(stored));
            return reject(OpenError::Tampered,
                          QCoreApplication::translate(
                              "ContentDatabase",
                              "The content database \"%1\" was changed after it was built: its "
                              "content does not match its digest. Reinstall Calcinosis Guide, or "
                              "rebuild the content with the content compiler.")
                              .arg(native(path)));
        }
        if (!query.exec(QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5')")) ||
            !query.next() || query.value(0).toInt() != 1) {
            return reject(
                OpenError::NoFullTextSearch,
                QCoreApplication::translate(
                    "ContentDatabase",
                    "The SQLite library on this system was built without full-text search "
                    "(FTS5), which Calcinosis Guide needs. Install the distribution's "
                    "standard SQLite library."));
        }
    }
    m_verified = true;
    return true;
}

void ContentDatabase::reportQueryFailure(const QString &statement, const QSqlError &error) const {
    ++m_queryFailures;
    qCWarning(lcContent, "query failed on %ls: %ls -- %ls", qUtf16Printable(m_path),
              qUtf16Printable(error.text()), qUtf16Printable(statement.simplified()));
    m_lastQueryFailure =
        QCoreApplication::translate(
            "ContentDatabase",
            "Part of the content could not be read from \"%1\" (%2). Reinstall Calcinosis Guide, "
            "or rebuild the content with the content compiler.")
            .arg(native(m_path),
                 oneLine(error.databaseText().isEmpty() ? error.text() : error.databaseText()));
    if (m_queryFailureHandler) {
        m_queryFailureHandler(m_lastQueryFailure);
    }
}

int ContentDatabase::setQueryFailureHandler(std::function<void(const QString &)> handler) const {
    m_queryFailureHandler = std::move(handler);
    return ++m_queryFailureToken;
}

void ContentDatabase::clearQueryFailureHandler(int token) const {
    if (token == m_queryFailureToken) {
        m_queryFailureHandler = nullptr;
    }
}

QStringList ContentDatabase::defaultLocations() {
    const QString relative = QStringLiteral("calcinosis-guide/content.db");
    QStringList locations;
    if (QCoreApplication::instance() != nullptr) {
        locations.append(QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                         QStringLiteral("/../share/") + relative));
    }
    for (const QString &dir :
         QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation)) {
        locations.append(QDir::cleanPath(dir + QLatin1Char('/') + relative));
    }
    locations.removeDuplicates();
    return locations;
}

QString ContentDatabase::findDefault() {
    const QStringList locations = defaultLocations();
    for (const QString &candidate : locations) {
        if (QFileInfo::exists(candidate)) {
            return candidate;
        }
    }
    return locations.value(0);
}

} // namespace cg
