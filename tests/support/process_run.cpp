// SPDX-License-Identifier: GPL-3.0-or-later
#include "process_run.h"

#include "test_support.h"

#include <QFile>
#include <QTemporaryDir>

namespace cg::test {

ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment, int timeoutMs,
                      const std::function<void()> &childModifier) {
    QProcess process;
    process.setProcessEnvironment(environment);
    if (childModifier) {
        process.setChildProcessModifier(childModifier);
    }
    process.start(program, arguments);
    ProcessRun result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.status = process.exitStatus();
    result.exitCode = result.status == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QProcessEnvironment headlessEnvironment() {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    static QTemporaryDir runtime;
    QFile::setPermissions(runtime.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    return environment;
}

ProcessRun runProgramHeadless(const QStringList &arguments, int timeoutMs,
                              const std::function<void()> &childModifier) {
    return runProcess(programPath(), arguments, headlessEnvironment(), timeoutMs, childModifier);
}

} // namespace cg::test
