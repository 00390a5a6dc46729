// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/content_database.h"

#include "content/schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace cg {

namespace {

QString nextConnectionName() {
    static QAtomicInteger<int> counter;
    return QStringLiteral("cg-content-%1").arg(counter.fetchAndAddRelaxed(1));
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
    m_error = error;
    m_errorMessage = message;
    close();
    return false;
}

bool ContentDatabase::open(const QString &path, Verification verification) {
    close();
    m_path = path;
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        return fail(OpenError::NotFound,
                    QCoreApplication::translate(
                        "ContentDatabase",
                        "The content database was not found at \"%1\". Reinstall Calcinosis Guide, "
                        "or give the database with --content PATH.")
                        .arg(QDir::toNativeSeparators(path)));
    }
    if (!info.isFile() || !info.isReadable()) {
        return fail(OpenError::NotReadable,
                    QCoreApplication::translate(
                        "ContentDatabase",
                        "The content database \"%1\" cannot be read. Check that it is a file and "
                        "that you have permission to read it.")
                        .arg(QDir::toNativeSeparators(path)));
    }

    const QString damaged = QCoreApplication::translate(
        "ContentDatabase",
        "The content database \"%1\" is damaged or is not a Calcinosis Guide database (%2). "
        "Reinstall Calcinosis Guide, or rebuild the content with the content compiler.");

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_db.open()) {
        return fail(OpenError::Damaged,
                    damaged.arg(QDir::toNativeSeparators(path), m_db.lastError().databaseText()));
    }

    int version = -1;
    {
        QSqlQuery query(m_db);
        // Reading the version is the first real access: SQLite only now finds a non-database.
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
            return fail(OpenError::Damaged, damaged.arg(QDir::toNativeSeparators(path),
                                                        query.lastError().databaseText()));
        }
        version = query.value(0).toInt();
    }
    if (version > kSchemaVersion) {
        return fail(OpenError::TooNew,
                    QCoreApplication::translate(
                        "ContentDatabase",
                        "The content database \"%1\" has format version %2, but this version of "
                        "Calcinosis Guide reads only version %3. Install a newer Calcinosis Guide.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(version)
                        .arg(kSchemaVersion));
    }
    if (version < kSchemaVersion) {
        return fail(OpenError::TooOld,
                    QCoreApplication::translate(
                        "ContentDatabase",
                        "The content database \"%1\" has format version %2, older than version %3 "
                        "that this Calcinosis Guide needs. Rebuild the content or reinstall.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(version)
                        .arg(kSchemaVersion));
    }
    {
        QSqlQuery query(m_db);
        if (verification == Verification::Structure) {
            // A database file is a whole number of pages: any other length means it was cut
            // off or appended to.
            qint64 pageCount = -1;
            qint64 pageSize = -1;
            if (query.exec(QStringLiteral("PRAGMA page_count")) && query.next()) {
                pageCount = query.value(0).toLongLong();
            }
            if (query.exec(QStringLiteral("PRAGMA page_size")) && query.next()) {
                pageSize = query.value(0).toLongLong();
            }
            if (pageCount <= 0 || pageSize <= 0 || pageCount * pageSize != info.size()) {
                return fail(OpenError::Damaged,
                            damaged.arg(QDir::toNativeSeparators(path),
                                        QCoreApplication::translate(
                                            "ContentDatabase",
                                            "the file is not as long as its pages say")));
            }
        } else if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next() ||
                   query.value(0).toString() != QStringLiteral("ok")) {
            // quick_check finds truncated or overwritten pages anywhere in the file.
            const QString detail = query.lastError().isValid() ? query.lastError().databaseText()
                                                               : query.value(0).toString();
            return fail(OpenError::Damaged, damaged.arg(QDir::toNativeSeparators(path), detail));
        }
        if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'content_version'")) ||
            !query.next()) {
            return fail(
                OpenError::Damaged,
                damaged.arg(QDir::toNativeSeparators(path),
                            QCoreApplication::translate("ContentDatabase", "no content version")));
        }
        if (!query.exec(QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5')")) ||
            !query.next() || query.value(0).toInt() != 1) {
            return fail(OpenError::NoFullTextSearch,
                        QCoreApplication::translate(
                            "ContentDatabase",
                            "The SQLite library on this system was built without full-text search "
                            "(FTS5), which Calcinosis Guide needs. Install the distribution's "
                            "standard SQLite library."));
        }
    }
    m_error = OpenError::None;
    m_errorMessage.clear();
    return true;
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
