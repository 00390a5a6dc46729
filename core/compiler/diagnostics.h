// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace cg::compiler {

// One problem found in the content sources, located as precisely as the format allows.
struct Diagnostic {
    QString file; // path as given on the command line, so editors can jump to it
    int line = 0; // 1-based; 0 when the problem concerns the whole file
    QString id;   // the entry concerned, when there is one
    QString message;

    // "path:line: topic 'what-is-it': missing required field 'summary'"
    QString toString() const;
};

class Diagnostics {
public:
    void error(const QString &file, int line, const QString &id, const QString &message);
    bool hasErrors() const { return !m_errors.isEmpty(); }
    const QList<Diagnostic> &errors() const { return m_errors; }

private:
    QList<Diagnostic> m_errors;
};

} // namespace cg::compiler
