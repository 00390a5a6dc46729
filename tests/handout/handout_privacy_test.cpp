// SPDX-License-Identifier: GPL-3.0-or-later
// A patient's name typed into the composer is printed on the handout and nowhere else: not in
// settings, caches, data or temporary files. The test types a name no file could hold by
// chance, exports through the dialog, closes it, then reads every regular file written
// meanwhile under the test process's private home, XDG and temporary folders.
#include "handout_test_support.h"
#include "handout_ui/handout_composer_dialog.h"
#include "language/language_manager.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <sys/stat.h>

namespace cg {
namespace {

using test::HandoutTest;

// Regular files under root changed since `since`, following no links, small enough to read.
// Only regular files: a device or a FIFO (another program may leave one in a temporary
// folder) can block a reader for ever.
QStringList filesChangedSince(const QString &root, const QDateTime &since) {
    QStringList files;
    if (root.isEmpty() || !QDir(root).exists()) {
        return files;
    }
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        struct stat status {};
        if (::lstat(QFile::encodeName(info.absoluteFilePath()).constData(), &status) != 0 ||
            !S_ISREG(status.st_mode)) {
            continue;
        }
        if (info.lastModified() >= since && info.size() < 64 * 1024 * 1024) {
            files.append(info.absoluteFilePath());
        }
    }
    return files;
}

bool fileContains(const QString &path, const QList<QByteArray> &needles) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false; // unreadable (another user's, or gone): cannot hold what we wrote
    }
    const QByteArray content = file.readAll();
    for (const QByteArray &needle : needles) {
        if (content.contains(needle)) {
            return true;
        }
    }
    return false;
}

// The name in the encodings a file could hold it in.
QList<QByteArray> encodings(const QString &text) {
    QByteArray utf16(reinterpret_cast<const char *>(text.utf16()),
                     static_cast<qsizetype>(text.size() * 2));
    return {text.toUtf8(), utf16, text.toUtf8().toPercentEncoding()};
}

class HandoutPrivacyTest : public HandoutTest {};

TEST_F(HandoutPrivacyTest, PatientDetailsReachOnlyTheExportedHandout) {
    // File times have one-second resolution on some file systems.
    const QDateTime start = QDateTime::currentDateTime().addSecs(-2);
    const QString suffix = QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    const QString patient = QStringLiteral("Zephyrine Quorvalis") + suffix;
    const QString note = QStringLiteral("Dressing check Thursday ") + suffix + QStringLiteral("q");
    const QString clinic = QStringLiteral("Ward Nine Clinic ") + suffix;

    QTemporaryDir exports;
    ASSERT_TRUE(exports.isValid());
    const QString pdf = exports.filePath(QStringLiteral("handout.pdf"));
    const QString html = exports.filePath(QStringLiteral("handout.html"));
    {
        LanguageManager languages(repository().locales());
        languages.setLanguage(kSourceLocale);
        HandoutComposerDialog dialog(repository(), languages);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("patientNameEdit"));
        auto *noteEdit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("clinicianNoteEdit"));
        auto *clinicEdit = dialog.findChild<QLineEdit *>(QStringLiteral("clinicNameEdit"));
        ASSERT_TRUE(name && noteEdit && clinicEdit);
        clinicEdit->clear();
        QTest::keyClicks(clinicEdit, clinic);
        QTest::keyClicks(name, patient);
        QTest::keyClicks(noteEdit, note);
        ASSERT_EQ(name->text(), patient);
        // Let the live preview render the name too: typing restarts its timer, so the next
        // page request is the one with every detail typed in.
        auto *preview = dialog.findChild<QPrintPreviewWidget *>(QStringLiteral("handoutPreview"));
        ASSERT_NE(preview, nullptr);
        QSignalSpy rendered(preview, &QPrintPreviewWidget::paintRequested);
        ASSERT_TRUE(rendered.wait(10000));

        ASSERT_TRUE(dialog.exportTo(pdf).ok);
        ASSERT_TRUE(dialog.exportTo(html).ok);
        dialog.close();
        EXPECT_TRUE(name->text().isEmpty());
        EXPECT_TRUE(noteEdit->toPlainText().isEmpty());
    }

    // The handout does carry them (so the search below looks for the right thing)...
    EXPECT_TRUE(fileContains(html, encodings(patient)));
    EXPECT_TRUE(fileContains(html, encodings(note)));
    EXPECT_TRUE(test::searchable(test::pdfText(pdf)).contains(test::searchable(patient)));
    // ...and the clinic, which is meant to be remembered, is in the settings.
    QSettings settings;
    settings.sync();
    EXPECT_TRUE(fileContains(settings.fileName(), encodings(clinic)));

    // Everything this process may write to is under its private root (test_main.cpp): home,
    // configuration, data, cache, runtime and temporary folders. Only that is searched, never
    // the machine's /tmp, which other programs share (and where they may keep device nodes).
    const QString root = test::privateRoot();
    ASSERT_FALSE(root.isEmpty());
    for (const auto location :
         {QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation,
          QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
          QStandardPaths::GenericDataLocation, QStandardPaths::CacheLocation,
          QStandardPaths::GenericCacheLocation, QStandardPaths::RuntimeLocation,
          QStandardPaths::TempLocation, QStandardPaths::HomeLocation}) {
        const QString folder = QStandardPaths::writableLocation(location);
        EXPECT_TRUE(folder.startsWith(root + QLatin1Char('/'))) << folder.toStdString();
    }
    EXPECT_TRUE(QDir::tempPath().startsWith(root + QLatin1Char('/')));
    EXPECT_TRUE(settings.fileName().startsWith(root + QLatin1Char('/')));
    const QStringList roots{root};

    QStringList leaks;
    int searched = 0;
    for (const QString &folder : roots) {
        for (const QString &file : filesChangedSince(folder, start)) {
            if (file == QFileInfo(pdf).absoluteFilePath() ||
                file == QFileInfo(html).absoluteFilePath()) {
                continue;
            }
            ++searched;
            for (const QString &secret : {patient, note}) {
                if (fileContains(file, encodings(secret))) {
                    leaks.append(file);
                }
            }
        }
    }
    EXPECT_GT(searched, 0); // at least the settings file was written
    EXPECT_TRUE(leaks.isEmpty()) << leaks.join(QStringLiteral(", ")).toStdString();
    // No half-written or temporary copies next to the exports.
    EXPECT_EQ(QDir(exports.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

} // namespace
} // namespace cg
