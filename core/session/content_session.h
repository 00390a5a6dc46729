// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/content_database.h"
#include "content/content_repository.h"
#include "content/model.h"

#include <QList>
#include <QString>
#include <memory>

namespace cg {

namespace search {
class SearchEngine;
}

// Everything the window reads its content through, opened and closed as one: the checked,
// read-only content database, the repository over it, the languages it offers and the search
// engine on its connection. Open it with open(); a session that exists is usable, so nothing
// that holds one asks whether the content is there. Members are destroyed in the reverse order
// of their declaration: the search engine's statements finish, then the repository goes, then
// the connection closes. Keep it on the thread that opened it (see ContentDatabase).
class ContentSession {
public:
    ~ContentSession();
    ContentSession(const ContentSession &) = delete;
    ContentSession &operator=(const ContentSession &) = delete;

    // The outcome of open(): a session, or why there is none (ContentDatabase::errorMessage():
    // one line naming the file, what is wrong and what to do).
    struct Opened {
        std::unique_ptr<ContentSession> session;
        OpenError error = OpenError::None;
        QString errorMessage;
    };
    // Opens and checks the database at `path` exactly as ContentDatabase::open() does, and
    // everything built on it.
    static Opened open(const QString &path);
    // The same with only the quick checks (ContentDatabase::openStructure(): the file, its
    // header and schema), for the window, which draws its frame first: call verify() before
    // anything shows a view. The frame reads only the language list and a few labels.
    static Opened openForWindow(const QString &path);
    // The slower checks (ContentDatabase::verify()): true when they pass (or passed before).
    // On false, database().errorMessage() says why; the session is not to be used any more.
    bool verify() { return m_database.verify(); }

    ContentDatabase &database() { return m_database; }
    const ContentDatabase &database() const { return m_database; }
    const ContentRepository &repository() const { return m_repository; }
    // The content's languages, read once when the session opened.
    const QList<LocaleInfo> &languages() const { return m_languages; }
    search::SearchEngine &searchEngine() const { return *m_searchEngine; }

private:
    ContentSession();

    ContentDatabase m_database;
    ContentRepository m_repository;
    QList<LocaleInfo> m_languages;
    std::unique_ptr<search::SearchEngine> m_searchEngine;
};

} // namespace cg
