// GoogleTest entry point for suites that need Qt: runs headless unless a display is chosen.
#include <QApplication>
#include <gtest/gtest.h>

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Keep tests away from the user's real settings and bookmarks.
    qputenv("XDG_CONFIG_HOME", QByteArray(CG_TEST_HOME "/config"));
    qputenv("XDG_DATA_HOME", QByteArray(CG_TEST_HOME "/data"));
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CalcinosisGuideTests"));
    QCoreApplication::setApplicationName(QStringLiteral("calcinosis-guide-tests"));
    return RUN_ALL_TESTS();
}
