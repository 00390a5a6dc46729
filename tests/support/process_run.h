// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <functional>

namespace cg::test {

// What a finished process left: its exit code (-1 when it crashed or did not finish in time),
// how it ended, and everything it printed.
struct ProcessRun {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
};

// Runs `program` to its end (killed after `timeoutMs`) in `environment`, or in this process's.
// `childModifier` runs in the child before the program starts (limits, signal dispositions).
ProcessRun
runProcess(const QString &program, const QStringList &arguments,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
           int timeoutMs = 60000, const std::function<void()> &childModifier = {});

// The environment runProgramHeadless() uses: this process's, with no display and a private
// runtime directory.
QProcessEnvironment headlessEnvironment();

// Runs the real program as a command-line user does: no display (a headless command must not need
// one) and a private runtime directory, as a desktop session gives, so Qt prints no warning of its
// own that is not the program's message under test.
ProcessRun runProgramHeadless(const QStringList &arguments, int timeoutMs = 60000,
                              const std::function<void()> &childModifier = {});

} // namespace cg::test
