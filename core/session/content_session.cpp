// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/content_session.h"

#include "search/search_engine.h"

namespace cg {

ContentSession::ContentSession() : m_repository(m_database) {}

ContentSession::~ContentSession() = default;

ContentSession::Opened ContentSession::open(const QString &path) {
    Opened result = openForWindow(path);
    if (result.session && !result.session->verify()) {
        result.error = result.session->m_database.error();
        result.errorMessage = result.session->m_database.errorMessage();
        result.session.reset();
    }
    return result;
}

ContentSession::Opened ContentSession::openForWindow(const QString &path) {
    Opened result;
    std::unique_ptr<ContentSession> session(new ContentSession);
    if (!session->m_database.openStructure(path)) {
        result.error = session->m_database.error();
        result.errorMessage = session->m_database.errorMessage();
        return result;
    }
    session->m_languages = session->m_repository.locales();
    session->m_searchEngine =
        std::make_unique<search::SearchEngine>(session->m_database.connection());
    result.session = std::move(session);
    return result;
}

} // namespace cg
