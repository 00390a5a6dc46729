// SPDX-License-Identifier: GPL-3.0-or-later
#include "search_index_writer.h"

#include "search/packed_index.h"
#include "search/search_index_layout.h"
#include "text/markdown.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <stdexcept>
#include <vector>

namespace cg::compiler {

namespace {

// What the index holds for a text: folded, and for Chinese rewritten into bigrams.
QString indexed(const QString &text, search::IndexKind kind) {
    return search::indexText(text, kind).text;
}

struct Entry {
    const char *kind;
    QString id;
    QString section;
    QString title;
    QString keywords; // lay words: glossary synonyms, one per line
    QString body;
    bool fallback = false;
};

[[noreturn]] void fail(const QString &what, const QSqlQuery &query) {
    throw std::runtime_error(
        QString(what + QStringLiteral(": ") + query.lastError().text()).toStdString());
}

void exec(const QSqlDatabase &db, const QString &sql) {
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        fail(sql, query);
    }
}

// A locale's text for one unit, or the English text when the locale has none (then
// `fallback` is set): search finds what the reader of that language is shown.
class LocaleView {
public:
    LocaleView(const LocaleText &english, const LocaleText &text)
        : m_english(english), m_text(text) {}

    TextUnit unit(const QString &key, bool *fallback = nullptr) const {
        const auto own = m_text.units.constFind(key);
        const bool translated = own != m_text.units.constEnd() && !own->fields.isEmpty();
        if (fallback != nullptr) {
            *fallback = !translated;
        }
        return translated ? *own : m_english.units.value(key);
    }

private:
    const LocaleText &m_english;
    const LocaleText &m_text;
};

QString field(const TextUnit &unit, const char *name) {
    return unit.fields.value(QLatin1String(name));
}

QString joinText(const QStringList &parts) {
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty()) {
            kept.append(part.trimmed());
        }
    }
    return kept.join(QStringLiteral("\n\n"));
}

QString plain(const QString &markdown) {
    return markdown.isEmpty() ? QString() : markdownToPlainText(markdown);
}

// A topic's text cut at the "## " headings of its body, the summary with whatever comes
// before the first heading. Each part is indexed on its own (see search_index_layout.h).
QStringList passages(const QString &summary, const QString &markdown) {
    QStringList parts{QString()};
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("## ")) && !parts.constLast().trimmed().isEmpty()) {
            parts.append(QString());
        }
        parts.last() += line + QLatin1Char('\n');
    }
    QStringList texts;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString text = plain(parts.at(i));
        if (i == 0) {
            texts.append(joinText({summary, text}));
        } else if (!text.trimmed().isEmpty()) {
            texts.append(text);
        }
    }
    return texts;
}

QList<Entry> entriesOf(const ContentSet &content, const LocaleView &view) {
    QList<Entry> entries;
    for (const SectionDef &section : content.sections) {
        for (const TopicDef &topic : section.topics) {
            Entry entry{"topic", topic.id, section.key, {}, {}, {}, false};
            const TextUnit unit = view.unit(unitKey("topic", topic.id), &entry.fallback);
            entry.title = field(unit, "title");
            // The lay words of the glossary terms a topic relies on lead readers who do not know
            // the medical word to the topic ("chalky bumps" -> what calcinosis is). The terms'
            // names are left out: they are the content's own words, already in its text.
            QStringList keywords;
            for (const QString &term : topic.terms) {
                keywords += view.unit(unitKey("term", term)).synonyms;
            }
            entry.keywords = keywords.join(QLatin1Char('\n'));
            const QStringList parts = passages(field(unit, "summary"), field(unit, "body"));
            for (const QString &part : parts) {
                entry.body = part;
                entries.append(entry);
            }
        }
        for (const ItemDef &item : section.items) {
            Entry entry{"item", item.id, section.key, {}, {}, {}, false};
            const TextUnit unit = view.unit(unitKey("item", item.id), &entry.fallback);
            entry.title = field(unit, "name");
            entry.body = joinText({field(unit, "summary"), plain(field(unit, "detail")),
                                   field(unit, "shows"), field(unit, "expect"),
                                   field(unit, "evidence_note")});
            entries.append(entry);
        }
    }
    for (const TermDef &term : content.terms) {
        Entry entry{"term", term.id, search::kGlossarySection, {}, {}, {}, false};
        const TextUnit unit = view.unit(unitKey("term", term.id), &entry.fallback);
        entry.title = field(unit, "term");
        entry.keywords = unit.synonyms.join(QLatin1Char('\n'));
        entry.body = field(unit, "definition");
        entries.append(entry);
    }
    // A warning sign is found by its own words and by its card's heading and advice
    // ("emergency", "call"), which say how urgent it is.
    for (const CardDef &card : content.cards) {
        const TextUnit cardText = view.unit(unitKey("card", card.urgency));
        for (const FlagDef &flag : card.signs) {
            Entry entry{"red-flag", flag.id, search::kRedFlagsSection, {}, {}, {}, false};
            const TextUnit unit = view.unit(unitKey("flag", flag.id), &entry.fallback);
            entry.title = field(unit, "text");
            entry.body = joinText({field(cardText, "heading") + QLatin1Char(' ') + entry.title,
                                   field(cardText, "advice")});
            entries.append(entry);
        }
    }
    return entries;
}

} // namespace

void writeStoredIndex(QSqlDatabase &db, const QString &locale) {
    using search::TokenKey;
    const QString table = search::searchTableName(locale);
    if (table.isEmpty()) {
        throw std::runtime_error(
            QStringLiteral("locale '%1': not a language code").arg(locale).toStdString());
    }
    // The passages, numbered in rowid order as the engine numbers them; a topic's passages
    // share its kind and id, and so one result.
    std::vector<quint64> rowids;
    std::vector<quint64> kinds;
    std::vector<quint64> results;
    {
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(
                QStringLiteral("SELECT rowid, kind, id FROM %1 ORDER BY rowid").arg(table))) {
            fail(QStringLiteral("search index %1").arg(table), rows);
        }
        QHash<QString, quint64> resultOf;
        while (rows.next()) {
            const QString kind = rows.value(1).toString();
            const std::optional<search::PassageKind> known = search::passageKindNamed(kind);
            if (!known.has_value() || rows.value(0).toLongLong() <= 0) {
                throw std::runtime_error(QStringLiteral("search index %1: a passage of kind '%2'")
                                             .arg(table, kind)
                                             .toStdString());
            }
            const QString key = kind + QLatin1Char(':') + rows.value(2).toString();
            const quint64 result = resultOf.value(key, quint64(resultOf.size()));
            resultOf.insert(key, result);
            rowids.push_back(quint64(rows.value(0).toLongLong()));
            kinds.push_back(quint64(*known));
            results.push_back(result);
        }
    }
    const auto passageOf = [&](qint64 rowid) -> std::optional<quint32> {
        const auto found = std::lower_bound(rowids.begin(), rowids.end(), quint64(rowid));
        if (found == rowids.end() || *found != quint64(rowid)) {
            return std::nullopt;
        }
        return quint32(found - rowids.begin());
    };

    // Every token FTS5 stored, by term, then row, column and offset. fts5vocab lives in the
    // connection's temporary schema.
    const QString vocabulary = QStringLiteral("temp.%1_instances").arg(table);
    exec(db, QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5vocab(main, %2, instance)")
                 .arg(vocabulary, table));
    std::vector<quint64> lengths(rowids.size(), 0);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO search_terms (locale, term, positions) "
                                  "VALUES (?, ?, ?)"));
    qint64 terms = 0;
    QString term;
    std::vector<TokenKey> keys;
    const auto flush = [&] {
        if (keys.empty()) {
            return;
        }
        std::sort(keys.begin(), keys.end());
        insert.addBindValue(locale);
        insert.addBindValue(term);
        insert.addBindValue(search::packKeys(keys));
        if (!insert.exec()) {
            fail(QStringLiteral("search term '%1' of %2").arg(term, table), insert);
        }
        ++terms;
        keys.clear();
    };
    {
        QSqlQuery instances(db);
        instances.setForwardOnly(true);
        if (!instances.exec(
                QStringLiteral("SELECT term, doc, col, offset FROM %1").arg(vocabulary))) {
            fail(QStringLiteral("search index %1").arg(table), instances);
        }
        while (instances.next()) {
            const QString text = instances.value(0).toString();
            if (text != term) {
                flush();
                term = text;
            }
            const std::optional<quint32> passage = passageOf(instances.value(1).toLongLong());
            const QString column = instances.value(2).toString();
            const search::SearchColumn number =
                column == QLatin1String("title")      ? search::TitleColumn
                : column == QLatin1String("keywords") ? search::KeywordsColumn
                                                      : search::BodyColumn;
            if (!passage.has_value() ||
                (number == search::BodyColumn && column != QLatin1String("body"))) {
                throw std::runtime_error(QStringLiteral("search index %1: a token of no passage")
                                             .arg(table)
                                             .toStdString());
            }
            keys.push_back(
                search::tokenKey(*passage, unsigned(number), instances.value(3).toUInt()));
            ++lengths[*passage];
        }
        if (instances.lastError().isValid()) {
            fail(QStringLiteral("search index %1").arg(table), instances);
        }
        flush();
    }
    exec(db, QStringLiteral("DROP TABLE %1").arg(vocabulary));

    QSqlQuery passages(db);
    passages.prepare(
        QStringLiteral("INSERT INTO search_passages (locale, passages, terms, "
                       "entries, lengths, kinds, results) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    passages.addBindValue(locale);
    passages.addBindValue(qint64(rowids.size()));
    passages.addBindValue(terms);
    passages.addBindValue(search::packNumbers(rowids, true));
    passages.addBindValue(search::packNumbers(lengths, false));
    passages.addBindValue(search::packNumbers(kinds, false));
    passages.addBindValue(search::packNumbers(results, false));
    if (!passages.exec()) {
        fail(QStringLiteral("search passages of %1").arg(table), passages);
    }
}

void writeSearchIndex(QSqlDatabase &db, const ContentSet &content) {
    exec(db, search::createEntriesTableSql());
    exec(db, search::createTermsTableSql());
    exec(db, search::createPassagesTableSql());
    if (content.texts.isEmpty()) {
        return;
    }
    const LocaleText &english = content.texts.constFirst();
    qint64 next = 1;
    for (const LocaleText &text : content.texts) {
        const QString table = search::searchTableName(text.code);
        if (table.isEmpty()) {
            throw std::runtime_error(
                QStringLiteral("locale '%1': a language code must be letters, digits and '-'")
                    .arg(text.code)
                    .toStdString());
        }
        exec(db, search::createSearchTableSql(text.code));
        const search::IndexKind kind = search::indexKindFor(text.code);
        QSqlQuery entryInsert(db);
        entryInsert.prepare(
            QStringLiteral("INSERT INTO search_entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery indexInsert(db);
        indexInsert.prepare(QStringLiteral("INSERT INTO %1 (rowid, title, keywords, body, kind, "
                                           "id) VALUES (?, ?, ?, ?, ?, ?)")
                                .arg(table));
        const QList<Entry> entries = entriesOf(content, LocaleView(english, text));
        for (const Entry &entry : entries) {
            const qint64 rowid = next++;
            const QString kindName = QLatin1String(entry.kind);
            // Title and body are kept as written, for display; the index holds them folded.
            for (const QVariant &value :
                 {QVariant(rowid), QVariant(text.code), QVariant(kindName), QVariant(entry.id),
                  QVariant(entry.section), QVariant(entry.title), QVariant(entry.body),
                  QVariant(entry.fallback ? 1 : 0)}) {
                entryInsert.addBindValue(value);
            }
            if (!entryInsert.exec()) {
                fail(QStringLiteral("search entry %1 '%2'").arg(kindName, entry.id), entryInsert);
            }
            for (const QVariant &value :
                 {QVariant(rowid), QVariant(indexed(entry.title, kind)),
                  QVariant(indexed(entry.keywords, kind)), QVariant(indexed(entry.body, kind)),
                  QVariant(kindName), QVariant(entry.id)}) {
                indexInsert.addBindValue(value);
            }
            if (!indexInsert.exec()) {
                fail(QStringLiteral("search index %1 '%2'").arg(kindName, entry.id), indexInsert);
            }
        }
        // One b-tree per index instead of many small segments: faster queries, smaller file.
        exec(db, QStringLiteral("INSERT INTO %1 (%1) VALUES ('optimize')").arg(table));
        writeStoredIndex(db, text.code);
    }
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT INTO meta VALUES (?, ?)"));
    meta.addBindValue(search::kSearchIndexMetaKey);
    meta.addBindValue(QString::number(search::kSearchIndexVersion));
    if (!meta.exec()) {
        fail(QStringLiteral("search index version"), meta);
    }
}

} // namespace cg::compiler
