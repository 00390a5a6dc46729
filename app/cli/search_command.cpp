#include "cli/headless.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace cg {

int runSearch(const CommandLine &commandLine, const ContentDatabase &database) {
    Q_UNUSED(commandLine);
    Q_UNUSED(database);
    QTextStream(stderr) << QCoreApplication::applicationName()
                        << ": search is not available in this build\n";
    return ExitUsageError;
}

} // namespace cg
