// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <functional>

class QSqlError;

namespace cg {

// Why a content database could not be used. Each has its own message, so a user or packager
// knows what is wrong and what to do about it.
enum class OpenError {
    None,
    NotFound,
    NotReadable,
    Empty,    // a file of no bytes: a copy or installation that did not finish
    Damaged,  // not an SQLite file, cut off, overwritten, or not a Calcinosis Guide database
    Tampered, // whole and ours, but its content no longer matches the digest the compiler wrote
    TooOld,
    TooNew,
    NoFullTextSearch,
};

// Owns one read-only QSQLITE connection to the compiled content database. Connections are named
// per instance and removed on destruction; keep it on the thread that created it.
class ContentDatabase {
public:
    ContentDatabase();
    ~ContentDatabase();
    ContentDatabase(const ContentDatabase &) = delete;
    ContentDatabase &operator=(const ContentDatabase &) = delete;

    // Opens and checks the file, the same way for the window and the command line (about 6 ms
    // for the real database, see docs/performance.md):
    // - it exists, is a regular file (never a FIFO or a device, which could block) and can be read;
    // - its header: an SQLite file, not empty, written as the compiler writes it (no WAL), the
    //   Calcinosis Guide application id, the schema version this build reads, and exactly as
    //   long as its pages say (a cut-off copy);
    // - its schema holds exactly what the compiler creates (no view, trigger or other object:
    //   see schemaProblem());
    // - PRAGMA quick_check finds no damaged page;
    // - its content matches the digest the compiler stored (text altered after the build is
    //   refused, see contentDigest());
    // - SQLite has FTS5.
    // It is opened immutable and read-only (an SQLite URI with immutable=1): no lock is taken, no
    // journal or WAL file beside it is read, and nothing is ever created beside it.
    // On failure errorMessage() is one line naming the file, what is wrong and what to do.
    bool open(const QString &path);
    // open() in two steps, for a window that draws its frame before the slower checks:
    // openStructure() makes every check up to and including the schema (the file, its header,
    // its objects: about 1 ms), verify() the rest (quick_check, the digest, FTS5). open() is
    // exactly openStructure() then verify(). A failed verify() leaves the connection to its
    // owner (statements of a search engine may still hold it): isOpen() is false, close() it.
    bool openStructure(const QString &path);
    bool verify();
    bool isVerified() const { return m_verified; }
    void close();

    bool isOpen() const { return m_error == OpenError::None && m_db.isOpen(); }
    OpenError error() const { return m_error; }
    QString errorMessage() const { return m_errorMessage; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const { return m_db; }

    // A query on this database failed after it was opened (a disk error, a file changed under
    // the program): logged in the calcinosis.content category with the statement, counted, and
    // passed to the handler, so that a view can say so instead of showing nothing.
    void reportQueryFailure(const QString &statement, const QSqlError &error) const;
    int queryFailureCount() const { return m_queryFailures; }
    // One line for the reader: which file, what failed, what to do.
    QString lastQueryFailure() const { return m_lastQueryFailure; }
    // Who is told (the window, which shows a notice): one handler at a time. Returns a token
    // for clearQueryFailureHandler(), which removes the handler only if it is still that one.
    int setQueryFailureHandler(std::function<void(const QString &message)> handler) const;
    void clearQueryFailureHandler(int token) const;

    // Where the application looks for its content when no path is given: next to the program
    // (build tree and installed layout share ../share/calcinosis-guide/content.db), then the
    // standard data locations.
    static QStringList defaultLocations();
    static QString findDefault();

    // The SQLite URI the database is opened with: file:<percent-encoded path>?immutable=1.
    static QString immutableUri(const QString &path);

private:
    bool fail(OpenError error, const QString &message);   // and closes
    bool reject(OpenError error, const QString &message); // keeps the connection
    bool checkHeader(const QString &path);

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    OpenError m_error = OpenError::NotFound;
    bool m_verified = false;
    QString m_errorMessage;
    mutable int m_queryFailures = 0;
    mutable QString m_lastQueryFailure;
    mutable std::function<void(const QString &)> m_queryFailureHandler;
    mutable int m_queryFailureToken = 0;
};

} // namespace cg
