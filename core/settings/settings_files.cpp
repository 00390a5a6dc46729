// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settings_files.h"

#include "settings/clinic_keys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <sys/stat.h>

namespace cg {

namespace {

// A name no settings file has: QSettings made for it reads nothing (no such file), and its
// fileName() tells which folder QSettings uses for the scope.
const QString kProbeOrganization = QStringLiteral("calcinosis-guide-settings-folder-probe");
const QString kProbeApplication = QStringLiteral("probe");

// Where QSettings is sent when its files cannot be read safely: under a file, so it never exists
// and nothing can be created there.
const QString kNowhere = QStringLiteral("/dev/null/calcinosis-guide-unsafe-settings");

QString folderOf(QSettings::Scope scope) {
    const QSettings probe(QSettings::NativeFormat, scope, kProbeOrganization, kProbeApplication);
    const QString file = probe.fileName();
    const QString tail = QLatin1Char('/') + kProbeOrganization + QLatin1Char('/');
    const qsizetype at = file.lastIndexOf(tail);
    return at < 0 ? QString() : file.left(at);
}

// The system folders, as Qt chooses them: every XDG_CONFIG_DIRS folder, unless
// QSettings::setPath() named one.
QStringList systemFolders() {
    const QString first = folderOf(QSettings::SystemScope);
    QStringList standard = QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation);
    if (!standard.isEmpty()) {
        standard.removeFirst(); // the user's own (XDG_CONFIG_HOME)
    }
    if (!standard.isEmpty() && QDir::cleanPath(standard.constFirst()) == QDir::cleanPath(first)) {
        return standard;
    }
    return first.isEmpty() ? QStringList() : QStringList{first};
}

} // namespace

QStringList settingsFiles(QSettings::Scope scope, const QString &organization,
                          const QString &application) {
    const QString appFile = organization + QLatin1Char('/') + application + QStringLiteral(".conf");
    const QString orgFile = organization + QStringLiteral(".conf");
    QStringList files;
    if (scope == QSettings::UserScope) {
        const QString user = folderOf(QSettings::UserScope);
        if (!user.isEmpty()) {
            files.append(user + QLatin1Char('/') + appFile);
            files.append(user + QLatin1Char('/') + orgFile);
        }
    }
    const QStringList folders = systemFolders();
    for (const QString &folder : folders) {
        files.append(folder + QLatin1Char('/') + appFile);
    }
    for (const QString &folder : folders) {
        files.append(folder + QLatin1Char('/') + orgFile);
    }
    return files;
}

QString settingsFileProblem(const QString &path) {
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0 || S_ISREG(status.st_mode)) {
        return QString(); // absent (or unreadable, which QSettings reports itself), or a file
    }
    QString what;
    if (S_ISFIFO(status.st_mode)) {
        what = QCoreApplication::translate("SettingsFiles", "a FIFO");
    } else if (S_ISDIR(status.st_mode)) {
        what = QCoreApplication::translate("SettingsFiles", "a folder");
    } else if (S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode)) {
        what = QCoreApplication::translate("SettingsFiles", "a device");
    } else if (S_ISSOCK(status.st_mode)) {
        what = QCoreApplication::translate("SettingsFiles", "a socket");
    } else {
        what = QCoreApplication::translate("SettingsFiles", "not a regular file");
    }
    return QCoreApplication::translate("SettingsFiles",
                                       "%1: this settings file is %2, so it was not read; remove "
                                       "it or replace it with an ordinary settings file.")
        .arg(QDir::toNativeSeparators(path), what);
}

QStringList settingsFileProblems(QSettings::Scope scope, const QString &organization,
                                 const QString &application) {
    QStringList problems;
    const QStringList files = settingsFiles(scope, organization, application);
    for (const QString &file : files) {
        if (const QString problem = settingsFileProblem(file); !problem.isEmpty()) {
            problems.append(problem);
        }
    }
    return problems;
}

QStringList avoidUnsafeSettingsFiles(const QString &organization, const QString &application) {
    // What QSettings() reads (the user's files, then the system's), and the administrator's
    // clinic.conf, which is read over the system scope too.
    const QStringList systemFiles =
        settingsFiles(QSettings::SystemScope, organization, application) +
        settingsFiles(QSettings::SystemScope, organization, clinic_keys::kSystemFileName);
    QStringList userFiles = settingsFiles(QSettings::UserScope, organization, application);
    userFiles.removeIf([&systemFiles](const QString &file) { return systemFiles.contains(file); });
    QStringList problems;
    const auto check = [&problems](const QStringList &files) {
        bool unsafe = false;
        QStringList seen;
        for (const QString &file : files) {
            if (seen.contains(file)) {
                continue;
            }
            seen.append(file);
            if (const QString problem = settingsFileProblem(file); !problem.isEmpty()) {
                problems.append(problem);
                unsafe = true;
            }
        }
        return unsafe;
    };
    const bool userUnsafe = check(userFiles);
    const bool systemUnsafe = check(systemFiles);
    for (const auto format : {QSettings::NativeFormat, QSettings::IniFormat}) {
        if (userUnsafe) {
            QSettings::setPath(format, QSettings::UserScope, kNowhere);
        }
        if (systemUnsafe) {
            QSettings::setPath(format, QSettings::SystemScope, kNowhere);
        }
    }
    return problems;
}

} // namespace cg
