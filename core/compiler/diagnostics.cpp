// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics.h"

namespace cg::compiler {

QString Diagnostic::toString() const {
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
    }
    return where + QStringLiteral(": ") + (id.isEmpty() ? QString() : id + QStringLiteral(": ")) +
           message;
}

void Diagnostics::error(const QString &file, int line, const QString &id, const QString &message) {
    m_errors.append({file, line, id, message});
}

} // namespace cg::compiler
