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
    // Each test process gets its own home, settings, data, cache, runtime and temporary folders,
    // all under one private root: CTest runs suites in parallel, and a shared settings file
    // would let one suite's saved language or text size leak into another. It also keeps tests
    // away from the user's real settings and bookmarks, and gives tests that look for stray
    // files (HandoutPrivacyTest) a place of their own to search instead of all of /tmp.
    QTemporaryDir root(QDir::tempPath() + QStringLiteral("/calcinosis-guide-test-XXXXXX"));
    if (!root.isValid()) {
        return 1;
    }
    const auto folder = [&root](const char *name, const char *variable) {
        const QString path = root.filePath(QString::fromLatin1(name));
        QDir().mkpath(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ExeOwner);
        qputenv(variable, QFile::encodeName(path));
    };
    folder("home", "HOME");
    folder("config", "XDG_CONFIG_HOME");
    folder("data", "XDG_DATA_HOME");
    folder("cache", "XDG_CACHE_HOME");
    folder("state", "XDG_STATE_HOME");
    folder("runtime", "XDG_RUNTIME_DIR");
    folder("tmp", "TMPDIR");
    qputenv("CG_TEST_PRIVATE_ROOT", QFile::encodeName(root.path()));
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    // The administrator's clinic.conf too: a test never reads the machine's /etc/xdg.
    for (const auto format : {QSettings::NativeFormat, QSettings::IniFormat}) {
        QSettings::setPath(format, QSettings::SystemScope,
                           root.filePath(QStringLiteral("system-config")));
    }
    QCoreApplication::setOrganizationName(QStringLiteral("CalcinosisGuideTests"));
    QCoreApplication::setApplicationName(QStringLiteral("calcinosis-guide-tests"));
    return RUN_ALL_TESTS();
}
