// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace cg::test {

// Points QSettings' system and user scopes at a private folder for the length of one test, so
// a test can play administrator (write clinic.conf) and user without touching the real /etc
// or home. Files are written as text, the way an administrator writes them.
class PrivateSettingsFolders : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_root.isValid());
        for (const auto format : {QSettings::NativeFormat, QSettings::IniFormat}) {
            QSettings::setPath(format, QSettings::SystemScope, systemDir());
            QSettings::setPath(format, QSettings::UserScope, userDir());
        }
    }

    QString systemDir() const { return m_root.filePath(QStringLiteral("etc-xdg")); }
    QString userDir() const { return m_root.filePath(QStringLiteral("home-config")); }
    QString clinicFile() const {
        return systemDir() + QLatin1Char('/') + QCoreApplication::organizationName() +
               QStringLiteral("/clinic.conf");
    }
    // The program's own system file, where version 1.0 read the clinic's details.
    QString legacySystemFile() const {
        return systemDir() + QLatin1Char('/') + QCoreApplication::organizationName() +
               QLatin1Char('/') + QCoreApplication::applicationName() + QStringLiteral(".conf");
    }
    QString userFile() const {
        return userDir() + QLatin1Char('/') + QCoreApplication::organizationName() +
               QLatin1Char('/') + QCoreApplication::applicationName() + QStringLiteral(".conf");
    }

    static void writeText(const QString &path, const QByteArray &text) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(file.write(text), text.size());
    }
    static QByteArray readText(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    void writeClinic(const QByteArray &text) const { writeText(clinicFile(), text); }
    // An administrator's later edit: the file's time moves on, as it does when someone edits
    // it minutes later (QSettings notices a changed file by its size and time).
    void editClinicLater(const QByteArray &text) const {
        writeText(clinicFile(), text);
        QFile file(clinicFile());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(60),
                                     QFileDevice::FileModificationTime));
    }
    void writeUser(const QByteArray &text) const { writeText(userFile(), text); }

private:
    QTemporaryDir m_root;
};

} // namespace cg::test
