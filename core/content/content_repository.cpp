// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/content_repository.h"

#include "content/content_database.h"
#include "content/content_log.h"
#include "content/sql_binding.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <utility>

namespace cg {

// The rows of one statement. A statement that cannot be prepared or run, or a row that cannot be
// read (a damaged page, a file changed under the program), is reported to the database, which
// logs it and tells whoever shows the content; the caller then has fewer rows or none, but the
// reader is told why instead of seeing an empty view.
class ContentRepository::Rows {
public:
    Rows(const ContentRepository &repository, const QString &sql, const QVariantList &values)
        : m_repository(repository), m_query(repository.connection()), m_sql(sql) {
        m_query.setForwardOnly(true);
        if (!m_query.prepare(sql)) {
            fail();
            return;
        }
        bindValues(m_query, values);
        if (!m_query.exec()) {
            fail();
        }
    }
    bool next() {
        if (m_failed) {
            return false;
        }
        if (m_query.next()) {
            return true;
        }
        if (m_query.lastError().isValid()) {
            fail();
        }
        return false;
    }
    QVariant value(int column) const { return m_query.value(column); }

private:
    void fail() {
        m_failed = true;
        m_repository.reportFailure(m_sql, m_query.lastError());
    }

    const ContentRepository &m_repository;
    QSqlQuery m_query;
    QString m_sql;
    bool m_failed = false;
};

ContentRepository::Rows ContentRepository::run(const QString &sql,
                                               const QVariantList &values) const {
    return Rows(*this, sql, values);
}

void ContentRepository::reportFailure(const QString &statement, const QSqlError &error) const {
    ++m_failures;
    if (m_database != nullptr) {
        m_database->reportQueryFailure(statement, error);
    } else {
        qCWarning(lcContent, "content query failed: %ls -- %ls", qUtf16Printable(error.text()),
                  qUtf16Printable(statement.simplified()));
    }
}

namespace {

using Rows = ContentRepository::Rows;

QString text(const Rows &query, int column) {
    return query.value(column).toString();
}

bool isFallback(const Rows &query, int column) {
    return query.value(column).toBool();
}

} // namespace

ContentRepository::ContentRepository(const ContentDatabase &database) : m_database(&database) {}

ContentRepository::ContentRepository(const QSqlDatabase &connection) : m_connection(connection) {}

QSqlDatabase ContentRepository::connection() const {
    // Asked at each query, not kept: a repository can be made before its database is opened
    // (the content session makes both at once).
    return m_database != nullptr ? m_database->connection() : m_connection;
}

ContentMetadata ContentRepository::metadata() const {
    ContentMetadata meta;
    Rows query = run(QStringLiteral("SELECT key, value FROM meta"));
    while (query.next()) {
        const QString key = text(query, 0);
        if (key == QStringLiteral("content_version")) {
            meta.contentVersion = text(query, 1);
        }
    }
    Rows version = run(QStringLiteral("PRAGMA user_version"));
    if (version.next()) {
        meta.schemaVersion = version.value(0).toInt();
    }
    return meta;
}

QList<LocaleInfo> ContentRepository::locales() const {
    QList<LocaleInfo> result;
    Rows query = run(QStringLiteral("SELECT code, native_name, english_name, "
                                    "direction, status, written_on, translation_reviewer, "
                                    "translation_reviewed_on FROM locales "
                                    "ORDER BY position"));
    while (query.next()) {
        result.append({text(query, 0), text(query, 1), text(query, 2),
                       text(query, 3) == QStringLiteral("rtl") ? Qt::RightToLeft : Qt::LeftToRight,
                       text(query, 4), QDate::fromString(text(query, 5), Qt::ISODate),
                       text(query, 6), QDate::fromString(text(query, 7), Qt::ISODate)});
    }
    return result;
}

QHash<QString, ReviewRecord> ContentRepository::reviews(const QString &locale) const {
    QHash<QString, ReviewRecord> result;
    Rows query = run(QStringLiteral("SELECT t.id, r.status = 'clinically-reviewed', "
                                    "COALESCE(r.reviewer_role, ''), "
                                    "COALESCE(r.reviewed_on, ''), l.written_on "
                                    "FROM topics t JOIN locales l ON l.code = ? "
                                    "LEFT JOIN topic_reviews r ON r.topic_id = t.id AND "
                                    "r.locale = l.code"),
                     {locale});
    while (query.next()) {
        ReviewRecord record;
        record.reviewed = query.value(1).toBool();
        record.reviewerRole = text(query, 2);
        record.reviewedOn = QDate::fromString(text(query, 3), Qt::ISODate);
        record.writtenOn = QDate::fromString(text(query, 4), Qt::ISODate);
        result.insert(text(query, 0), record);
    }
    return result;
}

std::optional<LocaleInfo> ContentRepository::locale(const QString &code) const {
    const QList<LocaleInfo> all = locales();
    for (const LocaleInfo &info : all) {
        if (info.code == code) {
            return info;
        }
    }
    return std::nullopt;
}

QList<Source> ContentRepository::sources() const {
    QList<Source> result;
    Rows query = run(QStringLiteral("SELECT id, title, authors, publisher, year, url "
                                    "FROM sources ORDER BY position"));
    while (query.next()) {
        result.append({text(query, 0), text(query, 1), text(query, 2), text(query, 3),
                       query.value(4).toInt(), text(query, 5)});
    }
    return result;
}

QList<Section> ContentRepository::sections(const QString &locale) const {
    QList<Section> result;
    Rows query = run(QStringLiteral("SELECT s.key, COALESCE(l.title, e.title), "
                                    "COALESCE(l.summary, e.summary), l.locale IS NULL "
                                    "FROM sections s "
                                    "JOIN section_text e ON e.section_key = s.key AND "
                                    "e.locale = 'en' "
                                    "LEFT JOIN section_text l ON l.section_key = s.key AND "
                                    "l.locale = ? ORDER BY s.position"),
                     {locale});
    while (query.next()) {
        result.append({text(query, 0), text(query, 1), text(query, 2), isFallback(query, 3)});
    }
    return result;
}

std::optional<Section> ContentRepository::section(const QString &key, const QString &locale) const {
    const QList<Section> all = sections(locale);
    for (const Section &candidate : all) {
        if (candidate.key == key) {
            return candidate;
        }
    }
    return std::nullopt;
}

QList<Category> ContentRepository::categories(const QString &sectionKey,
                                              const QString &locale) const {
    QList<Category> result;
    Rows query = run(QStringLiteral("SELECT c.id, c.section_key, COALESCE(l.label, e.label), "
                                    "l.locale IS NULL FROM categories c "
                                    "JOIN category_text e ON e.category_id = c.id AND "
                                    "e.locale = 'en' "
                                    "LEFT JOIN category_text l ON l.category_id = c.id AND "
                                    "l.locale = ? WHERE c.section_key = ? ORDER BY c.position"),
                     {locale, sectionKey});
    while (query.next()) {
        result.append({text(query, 0), text(query, 1), text(query, 2), isFallback(query, 3)});
    }
    return result;
}

namespace {

const QString kTopicSelect = QStringLiteral(
    "SELECT t.id, t.section_key, COALESCE(l.title, e.title), COALESCE(l.summary, e.summary), "
    "COALESCE(l.body_html, e.body_html), COALESCE(l.body_text, e.body_text), l.locale IS NULL "
    "FROM topics t JOIN topic_text e ON e.topic_id = t.id AND e.locale = 'en' "
    "LEFT JOIN topic_text l ON l.topic_id = t.id AND l.locale = ? ");

// Reads a row of kTopicSelect; citations and terms are added by the caller.
Topic topicFromRow(const Rows &query) {
    Topic topic;
    topic.id = text(query, 0);
    topic.section = text(query, 1);
    topic.title = text(query, 2);
    topic.summary = text(query, 3);
    topic.bodyHtml = text(query, 4);
    topic.bodyText = text(query, 5);
    topic.fallback = isFallback(query, 6);
    return topic;
}

} // namespace

QList<Topic> ContentRepository::topics(const QString &sectionKey, const QString &locale) const {
    const QHash<QString, QStringList> cited = citations(QStringLiteral("topic"));
    QHash<QString, QStringList> terms;
    Rows termQuery = run(
        QStringLiteral("SELECT topic_id, term_id FROM topic_terms ORDER BY topic_id, position"));
    while (termQuery.next()) {
        terms[text(termQuery, 0)].append(text(termQuery, 1));
    }

    QList<Topic> result;
    Rows query = run(kTopicSelect +
                         QStringLiteral("WHERE (? = '' OR t.section_key = ?) ORDER BY t.position"),
                     {locale, sectionKey, sectionKey});
    while (query.next()) {
        Topic topic = topicFromRow(query);
        topic.sources = cited.value(topic.id);
        topic.terms = terms.value(topic.id);
        result.append(topic);
    }
    return result;
}

std::optional<Topic> ContentRepository::topic(const QString &id, const QString &locale) const {
    Rows query = run(kTopicSelect + QStringLiteral("WHERE t.id = ?"), {locale, id});
    if (!query.next()) {
        return std::nullopt;
    }
    Topic topic = topicFromRow(query);
    topic.sources = citations(QStringLiteral("topic"), id).value(id);
    Rows termQuery =
        run(QStringLiteral("SELECT term_id FROM topic_terms WHERE topic_id = ? ORDER BY position"),
            {id});
    while (termQuery.next()) {
        topic.terms.append(text(termQuery, 0));
    }
    return topic;
}

QList<Item> ContentRepository::items(const QString &sectionKey, const QString &locale,
                                     const QString &kind) const {
    const QHash<QString, QStringList> cited = citations(QStringLiteral("item"));
    QHash<QString, QStringList> conditions;
    Rows conditionQuery =
        run(QStringLiteral("SELECT ic.item_id, ic.condition_id FROM item_conditions ic "
                           "JOIN conditions c ON c.id = ic.condition_id ORDER BY c.position"));
    while (conditionQuery.next()) {
        conditions[text(conditionQuery, 0)].append(text(conditionQuery, 1));
    }

    QList<Item> result;
    Rows query =
        run(QStringLiteral(
                "SELECT i.id, i.section_key, i.kind, i.category_id, COALESCE(l.name, e.name), "
                "COALESCE(l.summary, e.summary), COALESCE(l.detail_html, e.detail_html), "
                "COALESCE(l.detail_text, e.detail_text), COALESCE(l.shows, e.shows), "
                "COALESCE(l.expect, e.expect), i.treatment_kind, i.lesion_size, i.evidence, "
                "COALESCE(l.evidence_note, e.evidence_note), i.region, i.blood_calcium, "
                "l.locale IS NULL "
                "FROM items i JOIN item_text e ON e.item_id = i.id AND e.locale = 'en' "
                "LEFT JOIN item_text l ON l.item_id = i.id AND l.locale = ? "
                "JOIN categories c ON c.id = i.category_id "
                "WHERE (? = '' OR i.section_key = ?) AND (? = '' OR i.kind = ?) "
                "ORDER BY c.position, i.position"),
            {locale, sectionKey, sectionKey, kind, kind});
    while (query.next()) {
        Item item;
        item.id = text(query, 0);
        item.section = text(query, 1);
        item.kind = text(query, 2);
        item.category = text(query, 3);
        item.name = text(query, 4);
        item.summary = text(query, 5);
        item.detailHtml = text(query, 6);
        item.detailText = text(query, 7);
        item.shows = text(query, 8);
        item.expect = text(query, 9);
        item.treatmentKind = text(query, 10);
        item.lesionSize = text(query, 11);
        item.evidence = text(query, 12);
        item.evidenceNote = text(query, 13);
        item.region = text(query, 14);
        item.bloodCalcium = text(query, 15);
        item.fallback = isFallback(query, 16);
        item.conditions = conditions.value(item.id);
        item.sources = cited.value(item.id);
        result.append(item);
    }
    return result;
}

QList<GlossaryTerm> ContentRepository::glossary(const QString &locale) const {
    const QHash<QString, QStringList> cited = citations(QStringLiteral("term"));
    QHash<QString, QStringList> links;
    Rows linkQuery = run(QStringLiteral("SELECT term_id, see_also_id FROM "
                                        "glossary_links ORDER BY term_id, position"));
    while (linkQuery.next()) {
        links[text(linkQuery, 0)].append(text(linkQuery, 1));
    }
    QList<GlossaryTerm> result = glossaryTerms(locale);
    for (GlossaryTerm &term : result) {
        term.seeAlso = links.value(term.id);
        term.sources = cited.value(term.id);
    }
    return result;
}

QList<GlossaryTerm> ContentRepository::glossaryTerms(const QString &locale) const {
    QList<GlossaryTerm> result;
    Rows query = run(QStringLiteral("SELECT g.id, COALESCE(l.term, e.term), "
                                    "COALESCE(l.definition, e.definition), "
                                    "COALESCE(l.synonyms, e.synonyms), l.locale IS NULL "
                                    "FROM glossary_terms g "
                                    "JOIN glossary_text e ON e.term_id = g.id AND "
                                    "e.locale = 'en' "
                                    "LEFT JOIN glossary_text l ON l.term_id = g.id AND "
                                    "l.locale = ? ORDER BY g.position"),
                     {locale});
    while (query.next()) {
        GlossaryTerm term;
        term.id = text(query, 0);
        term.term = text(query, 1);
        term.definition = text(query, 2);
        term.synonyms = text(query, 3).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        term.fallback = isFallback(query, 4);
        result.append(term);
    }
    return result;
}

QList<CareCard> ContentRepository::careCards(const QString &locale) const {
    const QHash<QString, QStringList> cited = citations(QStringLiteral("red-flag"));
    QList<CareCard> result;
    Rows cards = run(QStringLiteral("SELECT c.urgency, COALESCE(l.heading, e.heading), "
                                    "COALESCE(l.advice, e.advice), l.locale IS NULL "
                                    "FROM care_cards c "
                                    "JOIN care_card_text e ON e.urgency = c.urgency AND "
                                    "e.locale = 'en' "
                                    "LEFT JOIN care_card_text l ON l.urgency = c.urgency AND "
                                    "l.locale = ? ORDER BY c.position"),
                     {locale});
    while (cards.next()) {
        CareCard card;
        card.urgency = text(cards, 0);
        card.heading = text(cards, 1);
        card.advice = text(cards, 2);
        card.fallback = isFallback(cards, 3);
        Rows signs = run(QStringLiteral("SELECT f.id, COALESCE(l.text, e.text), "
                                        "l.locale IS NULL FROM red_flags f "
                                        "JOIN red_flag_text e ON e.flag_id = f.id AND "
                                        "e.locale = 'en' "
                                        "LEFT JOIN red_flag_text l ON l.flag_id = f.id AND "
                                        "l.locale = ? WHERE f.urgency = ? ORDER BY f.position"),
                         {locale, card.urgency});
        while (signs.next()) {
            RedFlag flag{text(signs, 0), text(signs, 1), cited.value(text(signs, 0)),
                         isFallback(signs, 2)};
            card.signs.append(flag);
        }
        result.append(card);
    }
    return result;
}

LocalizedString ContentRepository::string(const QString &key, const QString &locale) const {
    Rows query = run(QStringLiteral("SELECT text, locale <> ? FROM strings WHERE key = ? "
                                    "AND locale IN (?, 'en') ORDER BY locale = 'en' LIMIT 1"),
                     {locale, key, locale});
    if (!query.next()) {
        return {};
    }
    return {text(query, 0), isFallback(query, 1)};
}

QStringList ContentRepository::conditionIds() const {
    return idList(QStringLiteral("SELECT id FROM conditions ORDER BY position"));
}

QStringList ContentRepository::evidenceLevelIds() const {
    return idList(QStringLiteral("SELECT id FROM evidence_levels ORDER BY position"));
}

ContentRepository::Coverage ContentRepository::coverage(const QString &locale) const {
    // Every translatable unit, as (table, key column) pairs of English rows and their locale rows.
    static const char *const kTables[][2] = {
        {"section_text", "section_key"}, {"category_text", "category_id"},
        {"topic_text", "topic_id"},      {"item_text", "item_id"},
        {"glossary_text", "term_id"},    {"care_card_text", "urgency"},
        {"red_flag_text", "flag_id"},    {"strings", "key"}};
    Coverage coverage;
    for (const auto &table : kTables) {
        const QString name = QLatin1String(table[0]);
        const QString key = QLatin1String(table[1]);
        Rows query = run(QStringLiteral("SELECT COUNT(*), COUNT(l.locale) FROM %1 e "
                                        "LEFT JOIN %1 l ON l.%2 = e.%2 AND l.locale = ? "
                                        "WHERE e.locale = 'en'")
                             .arg(name, key),
                         {locale});
        if (query.next()) {
            coverage.total += query.value(0).toInt();
            coverage.translated += query.value(1).toInt();
        }
    }
    return coverage;
}

QHash<QString, QStringList> ContentRepository::citations(const QString &ownerKind,
                                                         const QString &ownerId) const {
    QHash<QString, QStringList> result;
    Rows query = run(QStringLiteral("SELECT owner_id, source_id FROM citations "
                                    "WHERE owner_kind = ? AND (? = '' OR owner_id = ?) "
                                    "ORDER BY owner_id, position"),
                     {ownerKind, ownerId, ownerId});
    while (query.next()) {
        result[text(query, 0)].append(text(query, 1));
    }
    return result;
}

QStringList ContentRepository::idList(const QString &sql) const {
    QStringList ids;
    Rows query = run(sql);
    while (query.next()) {
        ids.append(text(query, 0));
    }
    return ids;
}

} // namespace cg
