// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/model.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariantList>
#include <optional>

namespace cg {

class ContentDatabase;

// Read access to the compiled content, one language at a time. Every localised value comes in
// the requested locale when the database has it, else in English with `fallback` set, so a
// partly translated language never hides content and never pretends it is translated.
// A query that fails is reported to the database (ContentDatabase::reportQueryFailure()), which
// logs it and tells the window; the result then lacks what could not be read.
class ContentRepository {
public:
    explicit ContentRepository(const ContentDatabase &database);
    // Over a bare connection to a content database (what the search engine is given): a query
    // that fails is logged in calcinosis.content and counted in queryFailures(), but there is
    // no ContentDatabase to report it to; database() must not be called.
    explicit ContentRepository(const QSqlDatabase &connection);

    const ContentDatabase &database() const { return *m_database; }
    // How many queries through this repository have failed.
    int queryFailures() const { return m_failures; }

    ContentMetadata metadata() const;
    QList<LocaleInfo> locales() const;
    std::optional<LocaleInfo> locale(const QString &code) const;
    QList<Source> sources() const;
    // Every topic's review record in a locale; topics without a sign-off are drafts.
    QHash<QString, ReviewRecord> reviews(const QString &locale) const;

    QList<Section> sections(const QString &locale) const;
    std::optional<Section> section(const QString &key, const QString &locale) const;
    QList<Category> categories(const QString &sectionKey, const QString &locale) const;

    QList<Topic> topics(const QString &sectionKey, const QString &locale) const;
    std::optional<Topic> topic(const QString &id, const QString &locale) const;

    // Items of a section in display order; an empty kind means every kind.
    QList<Item> items(const QString &sectionKey, const QString &locale,
                      const QString &kind = QString()) const;

    // The same for a section page: its key is the section's key in the database.
    std::optional<Section> section(Page page, const QString &locale) const {
        return section(pageKey(page), locale);
    }
    QList<Category> categories(Page section, const QString &locale) const {
        return categories(pageKey(section), locale);
    }
    QList<Topic> topics(Page section, const QString &locale) const {
        return topics(pageKey(section), locale);
    }
    QList<Item> items(Page section, const QString &locale, const QString &kind = QString()) const {
        return items(pageKey(section), locale, kind);
    }

    QList<GlossaryTerm> glossary(const QString &locale) const;
    // The glossary without its links and sources: id, term, definition, synonyms, fallback.
    QList<GlossaryTerm> glossaryTerms(const QString &locale) const;
    QList<CareCard> careCards(const QString &locale) const;

    // Short texts from strings.yaml: "disclaimer", "condition.lupus",
    // "evidence.small-studies.label".
    LocalizedString string(const QString &key, const QString &locale) const;
    QStringList conditionIds() const;
    QStringList evidenceLevelIds() const;

    // How many of the English entries (topics, items, terms, flags, ...) a locale translates.
    struct Coverage {
        int translated = 0;
        int total = 0;
    };
    Coverage coverage(const QString &locale) const;

    // The rows of one statement (content_repository.cpp).
    class Rows;

private:
    Rows run(const QString &sql, const QVariantList &values = {}) const;
    void reportFailure(const QString &statement, const QSqlError &error) const;

    // Sources cited per owner of one kind; only `ownerId`'s when it is given.
    QHash<QString, QStringList> citations(const QString &ownerKind,
                                          const QString &ownerId = QString()) const;
    QStringList idList(const QString &sql) const;

    const ContentDatabase *m_database = nullptr;
    QSqlDatabase m_connection; // only for a repository over a bare connection
    QSqlDatabase connection() const;
    mutable int m_failures = 0;
};

} // namespace cg
