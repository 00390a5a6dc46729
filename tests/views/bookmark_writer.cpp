// SPDX-License-Identifier: GPL-3.0-or-later
// A second process for the bookmark tests, to be killed or to hold the file:
//   bookmark_writer write PATH          adds bookmarks through BookmarkStore for ever, printing
//                                       "saved LOCATION" after each one is committed
//   bookmark_writer hold PATH           commits one bookmark, then opens a transaction of its
//                                       own, inserts "uncommitted/N" rows and waits in it
//   bookmark_writer exclusive PATH      switches the file to a rollback journal, takes an
//                                       exclusive lock with a write pending and waits
//   bookmark_writer lockbytes PATH      holds a read lock on SQLite's lock bytes, as an open
//                                       connection does, without SQLite
// Each prints "ready" once it is in place, and never ends by itself.
#include "user/bookmark_store.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {

void say(const QString &line) {
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void waitForEver() {
    for (;;) {
        QThread::sleep(60);
    }
}

QSqlDatabase raw(const QString &path) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    db.setDatabaseName(path);
    if (!db.open()) {
        say(QStringLiteral("error ") + db.lastError().text());
        std::exit(2);
    }
    return db;
}

void run(QSqlQuery &query, const QString &sql) {
    if (!query.exec(sql)) {
        say(QStringLiteral("error ") + sql + QStringLiteral(": ") + query.lastError().text());
        std::exit(2);
    }
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        say(QStringLiteral("usage: bookmark_writer write|hold|exclusive|lockbytes PATH"));
        return 2;
    }
    const QString mode = arguments.at(1);
    const QString path = arguments.at(2);
    if (mode == QStringLiteral("write") || mode == QStringLiteral("hold")) {
        cg::BookmarkStore store;
        const cg::BookmarkStore::OpenResult result = store.open(path);
        if (result == cg::BookmarkStore::OpenResult::Failed) {
            say(QStringLiteral("error ") + store.errorMessage());
            return 2;
        }
        const QString stamp = QString::number(QCoreApplication::applicationPid());
        if (mode == QStringLiteral("write")) {
            say(QStringLiteral("ready"));
            for (int i = 0;; ++i) {
                const QString location = QStringLiteral("place-%1/%2").arg(stamp).arg(i);
                if (store.add({location, QStringLiteral("Title %1 ").arg(i).repeated(20), {}})) {
                    say(QStringLiteral("saved ") + location);
                }
            }
        }
        const QString location = QStringLiteral("committed-%1").arg(stamp);
        if (!store.add({location, QStringLiteral("Committed"), {}})) {
            say(QStringLiteral("error ") + store.lastSaveError());
            return 2;
        }
        say(QStringLiteral("saved ") + location);
        QSqlDatabase db = raw(path);
        QSqlQuery query(db);
        run(query, QStringLiteral("BEGIN IMMEDIATE"));
        for (int i = 0; i < 200; ++i) {
            run(query, QStringLiteral("INSERT INTO bookmarks VALUES ('uncommitted/%1', '%2', "
                                      "'2026-01-01T00:00:00', %3)")
                           .arg(i)
                           .arg(QStringLiteral("x").repeated(500))
                           .arg(1000 + i));
        }
        say(QStringLiteral("ready"));
        waitForEver();
    }
    if (mode == QStringLiteral("exclusive")) {
        QSqlDatabase db = raw(path);
        QSqlQuery query(db);
        run(query, QStringLiteral("PRAGMA journal_mode = DELETE"));
        run(query, QStringLiteral("BEGIN EXCLUSIVE"));
        run(query, QStringLiteral("INSERT INTO bookmarks VALUES ('held', 'Held', "
                                  "'2026-01-01T00:00:00', 999)"));
        say(QStringLiteral("ready"));
        waitForEver();
    }
    if (mode == QStringLiteral("lockbytes")) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
        struct flock lock {};
        lock.l_type = F_RDLCK;
        lock.l_whence = SEEK_SET;
        lock.l_start = 0x40000000 + 2;
        lock.l_len = 510;
        if (fd < 0 || ::fcntl(fd, F_SETLK, &lock) != 0) {
            say(QStringLiteral("error cannot lock"));
            return 2;
        }
        say(QStringLiteral("ready"));
        waitForEver();
    }
    say(QStringLiteral("unknown mode ") + mode);
    return 2;
}
