#include "cli/headless.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace cg {

int runExportHandout(const CommandLine &commandLine, const ContentDatabase &database) {
    Q_UNUSED(commandLine);
    Q_UNUSED(database);
    QTextStream(stderr) << QCoreApplication::applicationName()
                        << ": handout export is not available in this build\n";
    return ExitUsageError;
}

} // namespace cg
