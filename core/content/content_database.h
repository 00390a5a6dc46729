// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace cg {

// Why a content database could not be used. Each has its own message, so a user or packager
// knows what is wrong and what to do about it.
enum class OpenError {
    None,
    NotFound,
    NotReadable,
    Damaged,
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

    // How thoroughly open() looks at the file. Full reads every page (PRAGMA quick_check) and
    // finds any damage; Structure checks the header, that the file is exactly as long as its
    // pages say (catching truncation and cut-off copies) and that our tables answer, without
    // reading the whole file. The window starts with Structure so it appears quickly; the
    // command line and the tests use Full.
    enum class Verification { Full, Structure };

    // Opens and checks the file: that it exists, is an SQLite database of this application,
    // has the schema version this build understands, and that SQLite has FTS5.
    bool open(const QString &path, Verification verification = Verification::Full);
    void close();

    bool isOpen() const { return m_error == OpenError::None && m_db.isOpen(); }
    OpenError error() const { return m_error; }
    QString errorMessage() const { return m_errorMessage; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const { return m_db; }

    // Where the application looks for its content when no path is given: next to the program
    // (build tree and installed layout share ../share/calcinosis-guide/content.db), then the
    // standard data locations.
    static QStringList defaultLocations();
    static QString findDefault();

private:
    bool fail(OpenError error, const QString &message);

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    OpenError m_error = OpenError::NotFound;
    QString m_errorMessage;
};

} // namespace cg
