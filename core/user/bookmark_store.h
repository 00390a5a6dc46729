// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cg {

// One saved place. `location` is the window's own address for a place ("treatment",
// "treatment/medicines-for-calcinosis", "glossary/calcium"); titles are kept so a bookmark can
// still be named when its content has gone.
struct Bookmark {
    QString location;
    QString title;
    QDateTime created;
};

// The reader's bookmarks, in a small SQLite database of their own (never in the read-only
// content database). Every change runs in a transaction. A file that cannot be read is moved
// aside, not deleted, and a fresh one is started; the caller tells the user.
class BookmarkStore {
public:
    enum class OpenResult {
        Opened,              // an existing store
        Created,             // a new, empty store
        RecoveredFromDamage, // the old file was unreadable: kept as damagedCopyPath()
        Failed,              // no store; errorMessage() says why
    };

    static constexpr int kSchemaVersion = 1;

    BookmarkStore();
    ~BookmarkStore();
    BookmarkStore(const BookmarkStore &) = delete;
    BookmarkStore &operator=(const BookmarkStore &) = delete;

    OpenResult open(const QString &path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    QString errorMessage() const { return m_errorMessage; }
    QString damagedCopyPath() const { return m_damagedCopyPath; }

    // Oldest first, the order in which they were added.
    QList<Bookmark> bookmarks() const;
    bool contains(const QString &location) const;
    // Adds, or renames an existing bookmark for the same location.
    bool add(const Bookmark &bookmark);
    bool remove(const QString &location);

    // bookmarks.sqlite in the application's data directory.
    static QString defaultPath();

private:
    bool openConnection(const QString &path);
    bool checkReadable();
    bool migrate();
    bool moveAside();
    bool fail(const QString &message);

    QString m_connectionName;
    QString m_path;
    QString m_errorMessage;
    QString m_damagedCopyPath;
    QSqlDatabase m_db;
};

} // namespace cg
