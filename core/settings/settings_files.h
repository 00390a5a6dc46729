// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>

namespace cg {

// QSettings opens every file it may read as soon as it is constructed, and opening a FIFO (or
// a device) blocks until something writes to it: a settings file that is not a regular file
// would hang the program forever. These name such files before any QSettings is made.

// The files QSettings(QSettings::NativeFormat, scope, organization, application) reads, in
// Qt's order: the user's own (UserScope only), then each system configuration folder's
// (XDG_CONFIG_DIRS, or the folder QSettings::setPath() chose).
QStringList settingsFiles(QSettings::Scope scope, const QString &organization,
                          const QString &application);

// One line for a file that exists and is not a regular file (after following links): what it
// is, that it was not read, and what to do. Empty when the file is absent or regular.
QString settingsFileProblem(const QString &path);

// The problems of all the files such a QSettings reads; empty when it can be made safely.
QStringList settingsFileProblems(QSettings::Scope scope, const QString &organization,
                                 const QString &application);

// For the program: when a file that QSettings() would read (the application's own user
// settings over the system ones) cannot be opened safely, QSettings is pointed at a folder
// that does not exist for the rest of the run (its user scope, its system scope, or both), so
// nothing hangs and nothing is saved there. Returns the one-line problems to report.
QStringList avoidUnsafeSettingsFiles(const QString &organization, const QString &application);

} // namespace cg
