// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class QSqlError;

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
// content database), in WAL mode with a busy timeout; every change runs in a transaction, so a
// program killed mid-write loses at most the change it was making.
//
// What is not ours or not ours to touch is left exactly as it is, with a message:
// - a file another program holds (locked, or open in another copy of the guide);
// - a file written by a newer version of the guide;
// - an SQLite file of another program that happens to have this name (it is never stamped as
//   ours: the application id tells them apart);
// - a name that is not a regular file, a folder that cannot be made or written.
// Only a file that is really damaged (not a database, or one that fails SQLite's integrity
// check) is moved aside, with its journal, as damagedCopyPath(), and a fresh one started.
class BookmarkStore {
public:
    enum class OpenResult {
        Opened,              // an existing store
        Created,             // a new, empty store
        RecoveredFromDamage, // the old file was unreadable: kept as damagedCopyPath()
        Failed,              // no store; errorMessage() says why, and the file is untouched
    };

    static constexpr int kSchemaVersion = 1;
    // PRAGMA application_id of a bookmarks file ("CGbm").
    static constexpr qint32 kApplicationId = 0x4347626d;
    // How long a save waits for another program that is writing the file, in milliseconds.
    static constexpr int kBusyTimeoutMs = 2000;

    BookmarkStore();
    ~BookmarkStore();
    BookmarkStore(const BookmarkStore &) = delete;
    BookmarkStore &operator=(const BookmarkStore &) = delete;

    OpenResult open(const QString &path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    // Open, but from a file that may not be written (a read-only disk): saves say so.
    bool isReadOnly() const { return isOpen() && m_readOnly; }
    QString path() const { return m_path; }
    // Why open() failed or what it recovered from; one line for a notice.
    QString errorMessage() const { return m_errorMessage; }
    QString damagedCopyPath() const { return m_damagedCopyPath; }
    // Why the last add() or remove() failed (empty after one that worked).
    QString lastSaveError() const { return m_lastSaveError; }

    // Oldest first, the order in which they were added.
    QList<Bookmark> bookmarks() const;
    bool contains(const QString &location) const;
    // Adds, or renames an existing bookmark for the same location. False (and lastSaveError())
    // when it could not be saved: a full disk, a read-only file, another program writing.
    bool add(const Bookmark &bookmark);
    bool remove(const QString &location);

    // bookmarks.sqlite in the application's data directory.
    static QString defaultPath();

private:
    enum class Kind { Empty, Ours, OursWithoutMark, TooNew, Foreign, Damaged, Busy, Unreadable };
    bool openConnection(const QString &path, bool readOnly = false);
    Kind inspect(QString *detail);
    bool createSchema();
    bool moveAside();
    bool fail(const QString &message);
    bool saveFailed(const QSqlError &error);
    bool readOnlyRefusal();

    QString m_connectionName;
    QString m_path;
    QString m_errorMessage;
    QString m_damagedCopyPath;
    QString m_lastSaveError;
    QSqlDatabase m_db;
    bool m_readOnly = false; // opened from a file that may not be written: shown, not changed
};

} // namespace cg
