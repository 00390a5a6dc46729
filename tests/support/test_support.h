// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/place.h"

#include <QFile>
#include <QString>
#include <ostream>

// Readable QString values in assertion failures.
inline void PrintTo(const QString &value, std::ostream *os) {
    *os << '"' << value.toStdString() << '"';
}

namespace cg {
// Pages print as their keys ("treatment"), not as numbers (found by argument-dependent lookup).
inline void PrintTo(Page page, std::ostream *os) {
    *os << pageKey(page).toStdString();
}
} // namespace cg

namespace cg::test {

// The real content database compiled by this build.
inline QString contentDatabasePath() {
    return QStringLiteral(CG_TEST_CONTENT_DB);
}
// Copies a database to `to` (replacing a file there) and makes the copy writable, for tests
// that damage or alter it. False if the copy failed.
inline bool writableCopy(const QString &from, const QString &to) {
    QFile::remove(to);
    return QFile::copy(from, to) &&
           QFile(to).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
// The same for the real database.
inline bool writableContentCopy(const QString &path) {
    return writableCopy(contentDatabasePath(), path);
}
inline QString contentSourceDir() {
    return QStringLiteral(CG_TEST_CONTENT_SOURCE);
}
inline QString fixtureDir(const QString &name) {
    return QStringLiteral(CG_TEST_DATA_DIR "/") + name;
}
inline QString programPath() {
    return QStringLiteral(CG_TEST_PROGRAM);
}
// The program with the development tools (tools/devtools): CG_STARTUP_PROBE=1 makes it quit.
inline QString devProgramPath() {
    return QStringLiteral(CG_TEST_DEV_PROGRAM);
}
inline QString compilerPath() {
    return QStringLiteral(CG_TEST_COMPILER);
}
// The folder holding this test process's own home, settings, data, cache, runtime and
// temporary folders (set up by test_main.cpp).
inline QString privateRoot() {
    return qEnvironmentVariable("CG_TEST_PRIVATE_ROOT");
}
// ../shared next to the project, present for developers and CI but not in a user's clone.
inline QString sharedDir() {
    return QStringLiteral(CG_TEST_SHARED_DIR);
}

} // namespace cg::test
