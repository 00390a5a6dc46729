// SPDX-License-Identifier: GPL-3.0-or-later
#include "fts_expression.h"

#include <QStringList>

namespace cg::search {

namespace {

QString columnNames(ColumnSet columns) {
    QStringList names;
    const std::pair<SearchColumn, QString> all[] = {{TitleColumn, QStringLiteral("title")},
                                                    {KeywordsColumn, QStringLiteral("keywords")},
                                                    {BodyColumn, QStringLiteral("body")}};
    for (const auto &[column, name] : all) {
        if ((columns & columnBit(column)) != 0) {
            names.append(name);
        }
    }
    return names.join(QLatin1Char(' '));
}

} // namespace

QString ftsString(const QString &text, bool prefix) {
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"') +
           (prefix ? QStringLiteral("*") : QString());
}

QString matchExpression(const QList<QueryGroup> &groups, Join join) {
    QStringList parts;
    for (const QueryGroup &group : groups) {
        QStringList alternatives;
        for (const Alternative &alternative : group.alternatives) {
            if (!alternative.words.isEmpty()) {
                alternatives.append(
                    ftsString(alternative.words.join(QLatin1Char(' ')), alternative.prefix));
            }
        }
        if (alternatives.isEmpty()) {
            continue;
        }
        QString part =
            alternatives.size() == 1
                ? alternatives.constFirst()
                : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        if (group.columns != kIndexedColumns) {
            part = QLatin1Char('{') + columnNames(group.columns) + QStringLiteral("} : ") +
                   (alternatives.size() == 1 ? QLatin1Char('(') + part + QLatin1Char(')') : part);
        }
        parts.append(part);
    }
    return parts.join(join == Join::All ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
}

} // namespace cg::search
