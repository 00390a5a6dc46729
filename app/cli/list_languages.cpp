// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/headless.h"
#include "content/content_database.h"
#include "content/content_repository.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace cg {

int runListLanguages(const ContentDatabase &database) {
    QTextStream out(stdout);
    const QList<LocaleInfo> locales = ContentRepository(database).locales();
    if (database.queryFailureCount() > 0) {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                            << database.lastQueryFailure() << '\n';
        return ExitContentError;
    }
    for (const LocaleInfo &locale : locales) {
        out << locale.code << '\t' << locale.nativeName << '\n';
    }
    return ExitOk;
}

} // namespace cg
