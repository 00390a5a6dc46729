// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/schema.h"

#include <QFile>
#include <QRegularExpression>

namespace cg {

QStringList schemaStatements() {
    QFile file(QStringLiteral(":/calcinosis/schema.sql"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QString script = QString::fromUtf8(file.readAll());
    // Drop SQL comments first so a ';' inside one cannot split a statement.
    script.remove(QRegularExpression(QStringLiteral("--[^\\n]*")));
    QStringList statements;
    for (const QString &part : script.split(QLatin1Char(';'))) {
        const QString statement = part.trimmed();
        if (!statement.isEmpty()) {
            statements.append(statement);
        }
    }
    return statements;
}

} // namespace cg
