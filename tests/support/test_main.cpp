// SPDX-License-Identifier: GPL-3.0-or-later
// GoogleTest entry point for suites that need Qt: runs headless unless a display is chosen.
#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Each test process gets its own settings, data and cache folders: CTest runs suites in
    // parallel, and a shared settings file would let one suite's saved language or text size
    // leak into another. It also keeps tests away from the user's real settings and bookmarks.
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/calcinosis-guide-test-XXXXXX"));
    if (!home.isValid()) {
        return 1;
    }
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    // The administrator's clinic.conf too: a test never reads the machine's /etc/xdg.
    for (const auto format : {QSettings::NativeFormat, QSettings::IniFormat}) {
        QSettings::setPath(format, QSettings::SystemScope,
                           home.filePath(QStringLiteral("system-config")));
    }
    QCoreApplication::setOrganizationName(QStringLiteral("CalcinosisGuideTests"));
    QCoreApplication::setApplicationName(QStringLiteral("calcinosis-guide-tests"));
    return RUN_ALL_TESTS();
}
