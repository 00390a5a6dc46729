// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop entry and the running program agree: the entry is named after the desktop file
// name the program sets, its StartupWMClass is the window class Qt gives the program's windows
// on X11 (the application name), its icon is the installed one, and it speaks all six
// languages.
#include "app_info.h"
#include "test_support.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <gtest/gtest.h>

namespace cg {
namespace {

QString desktopEntryPath() {
    return QStringLiteral(CG_TEST_PACKAGING_DIR "/linux/") + kDesktopFileName +
           QStringLiteral(".desktop");
}

// Key=value lines of the [Desktop Entry] group, read as text: QSettings would take the
// "[xx]" of localized keys for groups.
QHash<QString, QString> desktopEntry() {
    QHash<QString, QString> entry;
    QFile file(desktopEntryPath());
    EXPECT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text))
        << desktopEntryPath().toStdString();
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals > 0 && !line.startsWith(QLatin1Char('#'))) {
            entry.insert(line.left(equals), line.mid(equals + 1));
        }
    }
    return entry;
}

TEST(DesktopEntry, MatchesTheProgramsNamesAndIcon) {
    const QHash<QString, QString> entry = desktopEntry();
    EXPECT_EQ(entry.value(QStringLiteral("StartupWMClass")), kApplicationName);
    EXPECT_EQ(entry.value(QStringLiteral("Icon")), kDesktopFileName);
    EXPECT_EQ(entry.value(QStringLiteral("Exec")).section(QLatin1Char(' '), 0, 0),
              kApplicationName);
}

// The window has its icon whether or not the icon theme has it installed.
TEST(DesktopEntry, TheWindowHasAnIconEvenWhenNoneIsInstalled) {
    applyApplicationInfo();
    const QIcon icon = QGuiApplication::windowIcon();
    ASSERT_FALSE(icon.isNull());
    const QImage image = icon.pixmap(48, 48).toImage();
    ASSERT_FALSE(image.isNull());
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            drawn += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        }
    }
    EXPECT_GT(drawn, 48 * 48 / 4);
}

TEST(DesktopEntry, IsTranslatedIntoEveryInterfaceLanguage) {
    const QHash<QString, QString> entry = desktopEntry();
    for (const char *key : {"Name", "Comment", "Keywords", "GenericName"}) {
        const QString english = entry.value(QString::fromLatin1(key));
        ASSERT_FALSE(english.isEmpty()) << key;
        for (const char *locale : {"es", "fr", "de", "ar", "zh_CN"}) {
            const QString localized = entry.value(QStringLiteral("%1[%2]").arg(
                QString::fromLatin1(key), QString::fromLatin1(locale)));
            EXPECT_FALSE(localized.isEmpty()) << key << '[' << locale << ']';
            EXPECT_NE(localized, english) << key << '[' << locale << ']';
        }
    }
}

TEST(DesktopEntry, MetainfoSummarisesInEveryInterfaceLanguage) {
    QFile file(QStringLiteral(CG_TEST_PACKAGING_DIR "/linux/") + kDesktopFileName +
               QStringLiteral(".metainfo.xml"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(file.readAll());
    for (const char *locale : {"es", "fr", "de", "ar", "zh_CN"}) {
        EXPECT_TRUE(xml.contains(
            QStringLiteral("<summary xml:lang=\"%1\">").arg(QString::fromLatin1(locale))))
            << locale;
    }
    EXPECT_TRUE(xml.contains(QStringLiteral("<launchable type=\"desktop-id\">") + kDesktopFileName +
                             QStringLiteral(".desktop</launchable>")));
}

} // namespace
} // namespace cg
