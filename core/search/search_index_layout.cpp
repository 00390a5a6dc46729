// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/search_index_layout.h"

#include "search/cjk_bigrams.h"

#include <QRegularExpression>

namespace cg::search {

QString searchTableName(const QString &locale) {
    static const QRegularExpression tag(QStringLiteral("^[a-z]{2,3}(-[a-z0-9]{1,8})*$"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (!tag.match(locale).hasMatch()) {
        return {};
    }
    QString name = QStringLiteral("search_") + locale.toLower();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name;
}

IndexKind indexKindFor(const QString &locale) {
    const QString language = locale.section(QLatin1Char('-'), 0, 0).toLower();
    return language == QStringLiteral("zh") ? IndexKind::Bigrams : IndexKind::Words;
}

FoldedText indexText(QStringView text, IndexKind kind) {
    FoldedText folded = foldTextWithOrigins(text);
    return kind == IndexKind::Bigrams ? toBigramText(folded) : folded;
}

QString createEntriesTableSql() {
    return QStringLiteral(
        "CREATE TABLE search_entries ("
        " entry       INTEGER PRIMARY KEY,"
        " locale      TEXT NOT NULL,"
        " kind        TEXT NOT NULL CHECK (kind IN ('topic', 'item', 'term', 'red-flag')),"
        " id          TEXT NOT NULL,"
        " section_key TEXT NOT NULL,"
        " title       TEXT NOT NULL,"
        " body        TEXT NOT NULL,"
        " fallback    INTEGER NOT NULL)");
}

std::optional<PassageKind> passageKindNamed(const QString &name) {
    if (name == QLatin1String("topic")) {
        return PassageKind::Topic;
    }
    if (name == QLatin1String("item")) {
        return PassageKind::Item;
    }
    if (name == QLatin1String("term")) {
        return PassageKind::Term;
    }
    if (name == QLatin1String("red-flag")) {
        return PassageKind::RedFlag;
    }
    return std::nullopt;
}

QString createTermsTableSql() {
    return QStringLiteral("CREATE TABLE search_terms ("
                          " locale    TEXT NOT NULL,"
                          " term      TEXT NOT NULL,"
                          " positions BLOB NOT NULL,"
                          " PRIMARY KEY (locale, term)) WITHOUT ROWID");
}

QString createPassagesTableSql() {
    return QStringLiteral("CREATE TABLE search_passages ("
                          " locale   TEXT NOT NULL PRIMARY KEY,"
                          " passages INTEGER NOT NULL,"
                          " terms    INTEGER NOT NULL,"
                          " entries  BLOB NOT NULL,"
                          " lengths  BLOB NOT NULL,"
                          " kinds    BLOB NOT NULL,"
                          " results  BLOB NOT NULL) WITHOUT ROWID");
}

QString createSearchTableSql(const QString &locale) {
    const QString table = searchTableName(locale);
    if (table.isEmpty()) {
        return {};
    }
    // unicode61 splits the folded text at spaces and punctuation and removes any diacritic
    // folding left (there should be none). No prefix indexes: the engine matches prefixes in
    // its in-memory copy of the index (TermIndex), so they would only make the file larger.
    const QString tokenizer = QStringLiteral("tokenize = 'unicode61 remove_diacritics 2'");
    return QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(title, keywords, body, "
                          "kind UNINDEXED, id UNINDEXED, %2)")
        .arg(table, tokenizer);
}

} // namespace cg::search
