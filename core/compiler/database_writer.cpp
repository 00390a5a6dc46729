// SPDX-License-Identifier: GPL-3.0-or-later
#include "database_writer.h"

#include "content/content_integrity.h"
#include "content/model.h"
#include "content/schema.h"
#include "content/sql_binding.h"
#include "search_index_writer.h"
#include "text/markdown.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <cstdio>
#include <stdexcept>
#include <sys/stat.h>

namespace cg::compiler {

namespace {

// Thrown inside the transaction; caught once in write() to roll back and report.
struct WriteError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Inserter {
public:
    explicit Inserter(const QSqlDatabase &db) : m_db(db) {}

    void exec(const QString &sql, const QVariantList &values = {}) {
        QSqlQuery query(m_db);
        if (!query.prepare(sql)) {
            throw WriteError(
                QString(sql + QStringLiteral(": ") + query.lastError().text()).toStdString());
        }
        bindValues(query, values);
        if (!query.exec()) {
            throw WriteError(
                QString(sql + QStringLiteral(": ") + query.lastError().text()).toStdString());
        }
    }

private:
    QSqlDatabase m_db;
};

QString field(const TextUnit &unit, const char *name) {
    return unit.fields.value(QLatin1String(name));
}

void writeCitations(Inserter &insert, const char *kind, const QString &owner,
                    const QStringList &sources) {
    int position = 0;
    for (const QString &source : sources) {
        insert.exec(QStringLiteral("INSERT OR IGNORE INTO citations VALUES (?, ?, ?, ?)"),
                    {QLatin1String(kind), owner, source, position++});
    }
}

void writeStructure(Inserter &insert, const ContentSet &content) {
    insert.exec(QStringLiteral("INSERT INTO meta VALUES ('content_version', ?)"),
                {content.contentVersion});
    int position = 0;
    for (const LocaleDef &locale : content.locales) {
        const QLocale qtLocale(locale.code);
        QString nativeName = locale.nativeName;
        if (nativeName.isEmpty()) {
            nativeName = qtLocale.nativeLanguageName();
            if (!nativeName.isEmpty()) {
                nativeName[0] = nativeName.at(0).toUpper();
            }
        }
        insert.exec(QStringLiteral("INSERT INTO locales VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {locale.code, nativeName, QLocale::languageToString(qtLocale.language()),
                     qtLocale.textDirection() == Qt::RightToLeft ? QStringLiteral("rtl")
                                                                 : QStringLiteral("ltr"),
                     locale.status, position++,
                     content.written.value(locale.code).date.toString(Qt::ISODate),
                     locale.translationReviewer,
                     locale.translationReviewedOn.isValid()
                         ? locale.translationReviewedOn.toString(Qt::ISODate)
                         : QString()});
    }
    for (const ReviewDef &review : content.reviews) {
        insert.exec(
            QStringLiteral("INSERT INTO topic_reviews VALUES (?, ?, ?, ?, ?)"),
            {review.topic, review.locale, review.status, review.reviewerRole,
             review.reviewedOn.isValid() ? review.reviewedOn.toString(Qt::ISODate) : QString()});
    }
    position = 0;
    for (const SourceDef &source : content.sources) {
        insert.exec(QStringLiteral("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {source.id, source.title, source.authors, source.publisher,
                     source.year > 0 ? QVariant(source.year) : QVariant(), source.url, position++});
    }
    position = 0;
    for (const QString &id : content.conditionIds) {
        insert.exec(QStringLiteral("INSERT INTO conditions VALUES (?, ?)"), {id, position++});
    }
    position = 0;
    for (const QString &id : content.evidenceLevelIds) {
        insert.exec(QStringLiteral("INSERT INTO evidence_levels VALUES (?, ?)"), {id, position++});
    }
    position = 0;
    for (const TermDef &term : content.terms) {
        insert.exec(QStringLiteral("INSERT INTO glossary_terms VALUES (?, ?)"),
                    {term.id, position++});
        writeCitations(insert, "term", term.id, term.sources);
    }
    for (const TermDef &term : content.terms) {
        int link = 0;
        for (const QString &other : term.seeAlso) {
            insert.exec(QStringLiteral("INSERT OR IGNORE INTO glossary_links VALUES (?, ?, ?)"),
                        {term.id, other, link++});
        }
    }
    int sectionPosition = 0;
    for (const SectionDef &section : content.sections) {
        insert.exec(QStringLiteral("INSERT INTO sections VALUES (?, ?)"),
                    {section.key, sectionPosition++});
        position = 0;
        for (const CategoryDef &category : section.categories) {
            insert.exec(QStringLiteral("INSERT INTO categories VALUES (?, ?, ?)"),
                        {category.id, section.key, position++});
        }
        position = 0;
        for (const TopicDef &topic : section.topics) {
            insert.exec(QStringLiteral("INSERT INTO topics VALUES (?, ?, ?)"),
                        {topic.id, section.key, sectionPosition * 1000 + position++});
            writeCitations(insert, "topic", topic.id, topic.sources);
            int termPosition = 0;
            for (const QString &term : topic.terms) {
                insert.exec(QStringLiteral("INSERT OR IGNORE INTO topic_terms VALUES (?, ?, ?)"),
                            {topic.id, term, termPosition++});
            }
        }
        position = 0;
        for (const ItemDef &item : section.items) {
            insert.exec(QStringLiteral("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {item.id, section.key, item.kind, item.category, position++,
                         item.treatmentKind, item.lesionSize, item.evidence, item.region,
                         item.bloodCalcium});
            writeCitations(insert, "item", item.id, item.sources);
            for (const QString &condition : item.conditions) {
                insert.exec(QStringLiteral("INSERT OR IGNORE INTO item_conditions VALUES (?, ?)"),
                            {item.id, condition});
            }
        }
    }
    position = 0;
    for (const CardDef &card : content.cards) {
        insert.exec(QStringLiteral("INSERT INTO care_cards VALUES (?, ?)"),
                    {card.urgency, position++});
        int flagPosition = 0;
        for (const FlagDef &flag : card.signs) {
            insert.exec(QStringLiteral("INSERT INTO red_flags VALUES (?, ?, ?)"),
                        {flag.id, card.urgency, flagPosition++});
            writeCitations(insert, "red-flag", flag.id, flag.sources);
        }
    }
}

void writeText(Inserter &insert, const LocaleText &text) {
    const QString &locale = text.code;
    for (auto it = text.units.constBegin(); it != text.units.constEnd(); ++it) {
        const QString kind = it.key().section(QLatin1Char(':'), 0, 0);
        const QString id = it.key().section(QLatin1Char(':'), 1);
        const TextUnit &unit = it.value();
        if (unit.fields.isEmpty()) {
            continue; // nothing translated for this entry: it falls back to English
        }
        if (kind == QStringLiteral("section")) {
            insert.exec(QStringLiteral("INSERT INTO section_text VALUES (?, ?, ?, ?)"),
                        {id, locale, field(unit, "title"), field(unit, "summary")});
        } else if (kind == QStringLiteral("category")) {
            insert.exec(QStringLiteral("INSERT INTO category_text VALUES (?, ?, ?)"),
                        {id, locale, field(unit, "label")});
        } else if (kind == QStringLiteral("topic")) {
            const QString body = field(unit, "body");
            insert.exec(QStringLiteral("INSERT INTO topic_text VALUES (?, ?, ?, ?, ?, ?)"),
                        {id, locale, field(unit, "title"), field(unit, "summary"),
                         markdownToHtml(body), markdownToPlainText(body)});
        } else if (kind == QStringLiteral("item")) {
            const QString detail = field(unit, "detail");
            insert.exec(QStringLiteral("INSERT INTO item_text VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {id, locale, field(unit, "name"), field(unit, "summary"),
                         detail.isEmpty() ? QString() : markdownToHtml(detail),
                         detail.isEmpty() ? QString() : markdownToPlainText(detail),
                         field(unit, "shows"), field(unit, "expect"),
                         field(unit, "evidence_note")});
        } else if (kind == QStringLiteral("term")) {
            insert.exec(QStringLiteral("INSERT INTO glossary_text VALUES (?, ?, ?, ?, ?)"),
                        {id, locale, field(unit, "term"), field(unit, "definition"),
                         unit.synonyms.join(QLatin1Char('\n'))});
        } else if (kind == QStringLiteral("card")) {
            insert.exec(QStringLiteral("INSERT INTO care_card_text VALUES (?, ?, ?, ?)"),
                        {id, locale, field(unit, "heading"), field(unit, "advice")});
        } else if (kind == QStringLiteral("flag")) {
            insert.exec(QStringLiteral("INSERT INTO red_flag_text VALUES (?, ?, ?)"),
                        {id, locale, field(unit, "text")});
        }
    }
    for (auto it = text.strings.constBegin(); it != text.strings.constEnd(); ++it) {
        insert.exec(QStringLiteral("INSERT INTO strings VALUES (?, ?, ?)"),
                    {it.key(), locale, it.value()});
    }
}

} // namespace

QString DatabaseWriter::write(const ContentSet &content, const QString &output) {
    // The database replaces its file by rename(2): a device, a FIFO or a folder (or a link to
    // one) must never be replaced by it (as root, --output /dev/null would replace the device),
    // and a link to a file keeps pointing at it: the file it names is the one replaced.
    QString target = output;
    struct stat existing {};
    if (::lstat(QFile::encodeName(output).constData(), &existing) == 0) {
        if (S_ISLNK(existing.st_mode)) {
            if (::stat(QFile::encodeName(output).constData(), &existing) != 0) {
                return QStringLiteral("%1: a link to nothing; it was left alone: choose another "
                                      "output file, or remove the link")
                    .arg(output);
            }
            if (S_ISREG(existing.st_mode)) {
                target = QFileInfo(output).canonicalFilePath();
            }
        }
        if (!S_ISREG(existing.st_mode)) {
            return QStringLiteral("%1: not a regular file (a device, a pipe or a folder); it was "
                                  "left alone: choose another output file")
                .arg(output);
        }
    }
    return writeTo(content, output, target);
}

QString DatabaseWriter::writeTo(const ContentSet &content, const QString &output,
                                const QString &target) {
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    const QFileInfo info(target);
    if (!QDir().mkpath(info.absolutePath())) {
        return QStringLiteral("%1: cannot create the folder").arg(info.absolutePath());
    }

    const QString connection = QStringLiteral("content-compiler-writer");
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(partial);
        if (!db.open()) {
            failure = partial + QStringLiteral(": ") + db.lastError().text();
        } else {
            Inserter insert(db);
            try {
                insert.exec(QStringLiteral("PRAGMA journal_mode = OFF"));
                insert.exec(QStringLiteral("PRAGMA page_size = 4096"));
                db.transaction();
                const QStringList statements = schemaStatements();
                if (statements.isEmpty()) {
                    throw WriteError("the schema resource is missing");
                }
                for (const QString &statement : statements) {
                    insert.exec(statement);
                }
                insert.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
                insert.exec(
                    QStringLiteral("PRAGMA application_id = %1").arg(kContentApplicationId));
                writeStructure(insert, content);
                for (const LocaleText &text : content.texts) {
                    writeText(insert, text);
                }
                writeSearchIndex(db, content);
                if (!db.commit()) {
                    throw WriteError(db.lastError().text().toStdString());
                }
                // The digest of every row written, which the application checks at each open.
                QString digestError;
                const QString digest = contentDigest(partial, &digestError);
                if (digest.isEmpty()) {
                    throw WriteError(
                        QString(QStringLiteral("cannot compute the content digest: ") + digestError)
                            .toStdString());
                }
                insert.exec(QStringLiteral("INSERT INTO meta VALUES (?, ?)"),
                            {kContentDigestKey, digest});
                insert.exec(QStringLiteral("VACUUM"));
            } catch (const std::exception &e) {
                db.rollback();
                const QString why = QString::fromUtf8(e.what());
                // SQLITE_FULL: what matters is the output and what to do, not the statement.
                failure = why.contains(QLatin1String("database or disk is full"))
                              ? QStringLiteral("%1: the disk is full; free some space or choose "
                                               "another place")
                                    .arg(output)
                              : partial + QStringLiteral(": ") + why;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);

    if (!failure.isEmpty()) {
        QFile::remove(partial);
        return failure;
    }
    // rename(2) replaces the old database in one step: readers see the old or the new file.
    if (std::rename(QFile::encodeName(partial).constData(),
                    QFile::encodeName(target).constData()) != 0) {
        QFile::remove(partial);
        return QStringLiteral("%1: cannot replace the database file").arg(output);
    }
    return {};
}

} // namespace cg::compiler
