// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/content_integrity.h"

#include "content/content_database.h"
#include "content/schema.h"
#include "search/search_index_layout.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>
#include <cstring>
#include <sqlite3.h>

namespace cg {

namespace {

// At most this many objects in a schema: ours has about 70 (schema.sql and six languages of
// search tables); a schema far larger is not ours, and reading it is not worth the time.
constexpr int kMaxSchemaObjects = 2000;

QString normalized(const QString &sql) {
    return sql.simplified();
}

struct Expected {
    QString type; // "table" or "index"
    QString sql;
};

// The objects of schema.sql by name, read once.
const QHash<QString, Expected> &schemaObjects() {
    static const QHash<QString, Expected> objects = [] {
        QHash<QString, Expected> result;
        static const QRegularExpression create(
            QStringLiteral("^CREATE\\s+(UNIQUE\\s+)?(TABLE|INDEX)\\s+(\\w+)"),
            QRegularExpression::CaseInsensitiveOption);
        for (const QString &statement : schemaStatements()) {
            const QRegularExpressionMatch match = create.match(statement);
            if (match.hasMatch()) {
                result.insert(match.captured(3),
                              {match.captured(2).toLower(), normalized(statement)});
            }
        }
        return result;
    }();
    return objects;
}

QString quoted(const QString &identifier) {
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

const QStringList kFtsShadowSuffixes = {QStringLiteral("_data"), QStringLiteral("_idx"),
                                        QStringLiteral("_content"), QStringLiteral("_docsize"),
                                        QStringLiteral("_config")};

} // namespace

std::optional<QString> schemaProblem(const QSqlDatabase &db) {
    struct Row {
        QString type;
        QString name;
        QString table;
        QString sql;
        bool sqlIsNull = false;
    };
    QList<Row> rows;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"))) {
            return query.lastError().databaseText();
        }
        while (query.next()) {
            if (rows.size() >= kMaxSchemaObjects) {
                return QStringLiteral("more than %1 schema objects").arg(kMaxSchemaObjects);
            }
            rows.append({query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toString(),
                         query.value(3).isNull()});
        }
        if (query.lastError().isValid()) {
            return query.lastError().databaseText();
        }
    }

    // The search tables first: their FTS5 tables name the shadow tables allowed beside them.
    QSet<QString> ftsTables;
    static const QRegularExpression searchName(QStringLiteral("^search_([a-z0-9_]+)$"));
    for (const Row &row : std::as_const(rows)) {
        const QRegularExpressionMatch match = searchName.match(row.name);
        if (row.type != QStringLiteral("table") || !match.hasMatch() ||
            !row.sql.startsWith(QStringLiteral("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive)) {
            continue;
        }
        QString locale = match.captured(1);
        locale.replace(QLatin1Char('_'), QLatin1Char('-'));
        if (normalized(row.sql) != normalized(search::createSearchTableSql(locale))) {
            return QStringLiteral("unexpected search table '%1'").arg(row.name);
        }
        ftsTables.insert(row.name);
    }

    const QHash<QString, Expected> &expected = schemaObjects();
    QSet<QString> seen;
    for (const Row &row : std::as_const(rows)) {
        if (ftsTables.contains(row.name)) {
            continue;
        }
        const auto known = expected.constFind(row.name);
        if (known != expected.constEnd()) {
            if (row.type != known->type || normalized(row.sql) != known->sql) {
                return QStringLiteral("unexpected %1 '%2'").arg(row.type, row.name);
            }
            seen.insert(row.name);
            continue;
        }
        if (row.type == QStringLiteral("table") &&
            ((row.name == QStringLiteral("search_entries") &&
              normalized(row.sql) == normalized(search::createEntriesTableSql())) ||
             (row.name == QStringLiteral("search_terms") &&
              normalized(row.sql) == normalized(search::createTermsTableSql())) ||
             (row.name == QStringLiteral("search_passages") &&
              normalized(row.sql) == normalized(search::createPassagesTableSql())))) {
            continue;
        }
        if (row.type == QStringLiteral("table") &&
            row.sql.startsWith(QStringLiteral("CREATE TABLE"), Qt::CaseInsensitive)) {
            bool shadow = false;
            for (const QString &suffix : kFtsShadowSuffixes) {
                if (row.name.endsWith(suffix) &&
                    ftsTables.contains(row.name.chopped(suffix.size()))) {
                    shadow = true;
                }
            }
            if (shadow) {
                continue;
            }
        }
        // The indexes SQLite makes itself for a table's UNIQUE or PRIMARY KEY constraints.
        if (row.type == QStringLiteral("index") && row.sqlIsNull &&
            row.name.startsWith(QStringLiteral("sqlite_autoindex_")) &&
            (expected.contains(row.table) || row.table == QStringLiteral("search_entries"))) {
            continue;
        }
        return QStringLiteral("unexpected %1 '%2'").arg(row.type, row.name);
    }
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        if (!seen.contains(it.key())) {
            return QStringLiteral("no %1 '%2'").arg(it->type, it.key());
        }
    }
    return std::nullopt;
}

namespace {

// Closes a connection of our own when it goes.
struct Connection {
    sqlite3 *db = nullptr;
    ~Connection() { sqlite3_close(db); }
};

// Prepared statement, finalized when it goes.
struct Statement {
    sqlite3_stmt *statement = nullptr;
    ~Statement() { sqlite3_finalize(statement); }
};

// Feeds the hash in blocks: thousands of small values cost less copied into one buffer.
class Feed {
public:
    explicit Feed(QCryptographicHash &hash) : m_hash(hash) { m_buffer.reserve(kBlock + 64); }
    ~Feed() { flush(); }
    void tag(char value) { m_buffer.append(value); }
    void number(quint64 value) {
        const quint64 little = qToLittleEndian(value);
        m_buffer.append(reinterpret_cast<const char *>(&little), sizeof little);
    }
    void bytes(const void *data, qsizetype size) {
        number(quint64(size));
        if (size > kDirect) {
            flush();
            m_hash.addData(QByteArrayView(static_cast<const char *>(data), size));
            return;
        }
        m_buffer.append(static_cast<const char *>(data), size);
        if (m_buffer.size() > kBlock) {
            flush();
        }
    }
    void flush() {
        m_hash.addData(m_buffer);
        m_buffer.clear();
    }

private:
    static constexpr qsizetype kBlock = qsizetype(64) * 1024;
    static constexpr qsizetype kDirect = 512; // longer values go to the hash without a copy
    QCryptographicHash &m_hash;
    QByteArray m_buffer;
};

} // namespace

QString contentDigest(const QString &path, QString *error) {
    Connection connection;
    const auto failed = [&](const char *what) {
        if (error != nullptr) {
            *error = QString::fromUtf8(what) + QStringLiteral(": ") +
                     QString::fromUtf8(connection.db != nullptr ? sqlite3_errmsg(connection.db)
                                                                : "out of memory");
        }
        return QString();
    };
    // A connection of its own, straight through SQLite's API: values arrive as the bytes
    // stored, without a QVariant or a UTF-16 copy each (4 times faster than through QSqlQuery).
    const QByteArray uri = ContentDatabase::immutableUri(path).toUtf8();
    if (sqlite3_open_v2(uri.constData(), &connection.db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        return failed("cannot open");
    }
    // Pages mapped rather than copied in: the whole file is read once.
    sqlite3_exec(connection.db, "PRAGMA mmap_size = 268435456", nullptr, nullptr, nullptr);
    const auto prepare = [&](Statement &statement, const QByteArray &sql) {
        return sqlite3_prepare_v2(connection.db, sql.constData(), int(sql.size()),
                                  &statement.statement, nullptr) == SQLITE_OK;
    };

    QList<QByteArray> tables;
    {
        Statement list;
        // Every stored table but SQLite's own, the FTS5 tables, the five tables each keeps
        // its index in (search_en_data, ...) and the terms of the index the compiler stores
        // from them (search_terms): those are derived from search_entries, which is covered,
        // hold no text that is shown, and quick_check reads their pages. Hashing search_terms
        // too doubled the digest's time (10 to 22 ms); the engine checks every term it decodes
        // and, at load, the number of a language's terms against search_passages, which is
        // covered (six rows, under 1 ms).
        if (!prepare(list,
                     "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND m.name NOT "
                     "LIKE 'sqlite\\_%' ESCAPE '\\' AND m.sql NOT LIKE 'CREATE VIRTUAL TABLE%' "
                     "AND m.name <> 'search_terms' "
                     "AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.sql LIKE 'CREATE "
                     "VIRTUAL TABLE%' AND m.name IN (v.name || '_data', v.name || '_idx', "
                     "v.name || '_content', v.name || '_docsize', v.name || '_config')) "
                     "ORDER BY m.name")) {
            return failed("cannot list the tables");
        }
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(list.statement)) == SQLITE_ROW) {
            tables.append(
                QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(list.statement, 0)),
                           sqlite3_column_bytes(list.statement, 0)));
        }
        if (step != SQLITE_DONE) {
            return failed("cannot list the tables");
        }
    }

    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    {
        Feed feed(hash);
        for (const QByteArray &table : std::as_const(tables)) {
            const QByteArray name = quoted(QString::fromUtf8(table)).toUtf8();
            // Rows in primary-key order: the order they are stored in, whatever plan SQLite
            // picks.
            QMap<int, QByteArray> keyColumns;
            {
                Statement info;
                if (!prepare(info, "PRAGMA table_info(" + name + ")")) {
                    return failed("cannot read a table's columns");
                }
                while (sqlite3_step(info.statement) == SQLITE_ROW) {
                    const int position = sqlite3_column_int(info.statement, 5);
                    if (position > 0) {
                        keyColumns.insert(position,
                                          quoted(QString::fromUtf8(reinterpret_cast<const char *>(
                                                     sqlite3_column_text(info.statement, 1))))
                                              .toUtf8());
                    }
                }
            }
            QByteArray sql = "SELECT * FROM " + name;
            if (table == "meta") {
                sql += " WHERE key <> '" + kContentDigestKey.toUtf8() + '\'';
            }
            sql += " ORDER BY " +
                   (keyColumns.isEmpty() ? QByteArray("rowid") : keyColumns.values().join(", "));
            Statement rows;
            if (!prepare(rows, sql)) {
                return failed("cannot read a table");
            }
            const int columns = sqlite3_column_count(rows.statement);
            feed.bytes(table.constData(), table.size());
            feed.number(quint64(columns));
            int step = SQLITE_ROW;
            while ((step = sqlite3_step(rows.statement)) == SQLITE_ROW) {
                feed.tag('r');
                for (int column = 0; column < columns; ++column) {
                    switch (sqlite3_column_type(rows.statement, column)) {
                    case SQLITE_INTEGER:
                        feed.tag('i');
                        feed.number(quint64(sqlite3_column_int64(rows.statement, column)));
                        break;
                    case SQLITE_FLOAT: {
                        const double number = sqlite3_column_double(rows.statement, column);
                        quint64 bits = 0;
                        std::memcpy(&bits, &number, sizeof bits);
                        feed.tag('f');
                        feed.number(bits);
                        break;
                    }
                    case SQLITE_TEXT: {
                        const unsigned char *text = sqlite3_column_text(rows.statement, column);
                        feed.tag('t');
                        feed.bytes(text, sqlite3_column_bytes(rows.statement, column));
                        break;
                    }
                    case SQLITE_BLOB: {
                        const void *blob = sqlite3_column_blob(rows.statement, column);
                        feed.tag('b');
                        feed.bytes(blob, sqlite3_column_bytes(rows.statement, column));
                        break;
                    }
                    default:
                        feed.tag('n');
                        break;
                    }
                }
            }
            if (step != SQLITE_DONE) {
                return failed("cannot read a table");
            }
        }
    }
    return QStringLiteral("blake2b-256:") + QString::fromLatin1(hash.result().toHex());
}

} // namespace cg
