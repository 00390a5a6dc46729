// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/headless.h"

#include "content/content_database.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace cg {

QString contentPathFor(const CommandLine &commandLine) {
    return commandLine.contentPath.isEmpty() ? ContentDatabase::findDefault()
                                             : commandLine.contentPath;
}

void reportContentError(const QString &message) {
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << '\n';
}

bool openContentOrReport(const CommandLine &commandLine, ContentDatabase &database) {
    if (database.open(contentPathFor(commandLine))) {
        return true;
    }
    reportContentError(database.errorMessage());
    return false;
}

int runHeadless(const CommandLine &commandLine) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (commandLine.mode) {
    case CommandLine::Mode::Help:
        out << commandLine.helpText;
        return ExitOk;
    case CommandLine::Mode::Version:
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return ExitOk;
    case CommandLine::Mode::Error:
        err << QCoreApplication::applicationName() << ": " << commandLine.error << '\n';
        return ExitUsageError;
    case CommandLine::Mode::Gui:
        return ExitUsageError;
    case CommandLine::Mode::ListLanguages:
    case CommandLine::Mode::Search:
    case CommandLine::Mode::ExportHandout:
        break;
    }

    ContentDatabase database;
    if (!openContentOrReport(commandLine, database)) {
        return ExitContentError;
    }
    if (commandLine.mode == CommandLine::Mode::ListLanguages) {
        return runListLanguages(database);
    }
    if (commandLine.mode == CommandLine::Mode::Search) {
        return runSearch(commandLine, database);
    }
    return runExportHandout(commandLine, database);
}

} // namespace cg
