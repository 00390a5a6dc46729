// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command_line.h"

namespace cg {

class ContentDatabase;

// Exit codes shared by every command: scripts can tell bad usage from bad content.
enum ExitCode {
    ExitOk = 0,
    ExitContentError = 1,
    ExitUsageError = 2,
    ExitOutputError = 3,
    ExitNoDisplay = 4, // the window was asked for where there is no display to show it on
};

// Runs a command that needs no window (help, version, list, search, export) and returns the
// process exit code. Messages go to stdout (results) and stderr (one line per problem).
int runHeadless(const CommandLine &commandLine);

// The content database named on the command line, else the default one.
QString contentPathFor(const CommandLine &commandLine);
// One line on stderr: "calcinosis-guide: <message>".
void reportContentError(const QString &message);
// Opens the content database named on the command line or the default one, with every check
// (the window runs the same, through ContentSession). On failure prints one line to stderr and
// returns false.
bool openContentOrReport(const CommandLine &commandLine, ContentDatabase &database);

// The individual commands, each in its own file.
int runListLanguages(const ContentDatabase &database);
int runSearch(const CommandLine &commandLine, const ContentDatabase &database);
int runExportHandout(const CommandLine &commandLine, const ContentDatabase &database);

} // namespace cg
