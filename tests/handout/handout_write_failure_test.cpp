// SPDX-License-Identifier: GPL-3.0-or-later
// A handout that cannot be written whole is never reported as saved: a full disk, a failing
// flush or rename, and names that belong to devices, pipes, folders or links to them each give
// a clear reason, and the file that was there before is left exactly as it was. The same code
// serves the command line (exit code 3, one line) and the composer's Save buttons (a dialog).
#include "cli/headless.h"
#include "handout/handout_html_export.h"
#include "handout_test_support.h"
#include "handout_ui/handout_composer_dialog.h"
#include "io/atomic_file.h"
#include "language/language_manager.h"
#include "small_disk.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cerrno>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace cg {
namespace {

using test::HandoutTest;
using test::ProcessRun;

// Writes at most `chunk` bytes per call, as a filling disk does, and fails with `error` once
// `capacity` bytes are written; fsync and rename fail when told to.
class FaultyCalls : public FileSystemCalls {
public:
    qint64 capacity = -1; // no limit
    size_t chunk = 4096;
    int error = ENOSPC;
    int fsyncError = 0;
    int renameError = 0;
    qint64 written = 0;

    ssize_t write(int fd, const void *data, size_t size) override {
        if (capacity >= 0 && written >= capacity) {
            errno = error;
            return -1;
        }
        size_t allowed = std::min(size, chunk);
        if (capacity >= 0) {
            allowed = std::min(allowed, size_t(capacity - written));
        }
        const ssize_t result = FileSystemCalls::write(fd, data, allowed);
        if (result > 0) {
            written += result;
        }
        return result;
    }
    int fsync(int fd) override {
        if (fsyncError != 0) {
            errno = fsyncError;
            return -1;
        }
        return FileSystemCalls::fsync(fd);
    }
    int rename(const char *from, const char *to) override {
        if (renameError != 0) {
            errno = renameError;
            return -1;
        }
        return FileSystemCalls::rename(from, to);
    }
};

QByteArray contents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QStringList entries(const QString &folder) {
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                  QDir::NoDotAndDotDot);
}

bool isFifo(const QString &path) {
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISFIFO(info.st_mode);
}

class HandoutWriteFailure : public HandoutTest {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static HandoutDocument everything() {
        HandoutRequest request;
        request.language = kSourceLocale;
        request.sections = kSectionKeys;
        return build(request);
    }
    // Shows the composer with every topic chosen: the two-page key points it starts with
    // could fit the small disk.
    static void showWithEveryTopic(HandoutComposerDialog &dialog) {
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->accessibleName() == QStringLiteral("Select all topics")) {
                button->click();
            }
        }
    }
    QTemporaryDir m_dir;
};

TEST_F(HandoutWriteFailure, AFullDiskPartWayThroughKeepsTheOldFileAndSaysSo) {
    for (const QString &name : {QStringLiteral("handout.html"), QStringLiteral("handout.pdf")}) {
        const QString target = path(name);
        writeFile(target, "the handout printed last week");
        FaultyCalls calls;
        calls.capacity = 12 * 1024; // the 12 KB that reached the disk in the report
        const HandoutExportResult result = exportHandoutFile(everything(), target, calls);
        EXPECT_FALSE(result.ok) << name.toStdString();
        EXPECT_TRUE(result.error.contains(QStringLiteral("the disk is full")))
            << result.error.toStdString();
        EXPECT_FALSE(result.error.contains(QStringLiteral("Unknown error")));
        EXPECT_EQ(calls.written, calls.capacity); // it really was cut off part-way
        EXPECT_EQ(contents(target), QByteArray("the handout printed last week"));
    }
    EXPECT_EQ(entries(m_dir.path()),
              (QStringList{QStringLiteral("handout.html"), QStringLiteral("handout.pdf")}));
}

TEST_F(HandoutWriteFailure, ShortWritesAloneStillGiveTheWholeFile) {
    const QString target = path(QStringLiteral("handout.html"));
    FaultyCalls calls;
    calls.chunk = 1000;
    const HandoutDocument document = everything();
    ASSERT_TRUE(exportHandoutFile(document, target, calls).ok);
    EXPECT_EQ(contents(target), handoutStandaloneHtml(document).toUtf8());
}

TEST_F(HandoutWriteFailure, FailedFlushAndRenameAreReportedWithTheSystemsReason) {
    const QString target = path(QStringLiteral("handout.html"));
    writeFile(target, "old");
    FaultyCalls flush;
    flush.fsyncError = EIO;
    HandoutExportResult result = exportHandoutFile(everything(), target, flush);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.error, QString::fromLocal8Bit(std::strerror(EIO)));
    FaultyCalls quota;
    quota.capacity = 0;
    quota.error = EDQUOT;
    result = exportHandoutFile(everything(), target, quota);
    EXPECT_TRUE(result.error.contains(QStringLiteral("quota"))) << result.error.toStdString();
    FaultyCalls rename;
    rename.renameError = EXDEV;
    result = exportHandoutFile(everything(), target, rename);
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.error.isEmpty());
    EXPECT_EQ(contents(target), QByteArray("old"));
    EXPECT_EQ(entries(m_dir.path()), QStringList{QStringLiteral("handout.html")});
}

TEST_F(HandoutWriteFailure, NamesThatAreNotRegularFilesAreLeftAlone) {
    const QString fifo = path(QStringLiteral("pipe.html"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString toDevice = path(QStringLiteral("null.pdf"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/null"), toDevice));
    const QString toFifo = path(QStringLiteral("to-pipe.html"));
    ASSERT_TRUE(QFile::link(fifo, toFifo));
    const QString dangling = path(QStringLiteral("nowhere.html"));
    ASSERT_TRUE(QFile::link(path(QStringLiteral("missing/file.html")), dangling));
    const QString folder = path(QStringLiteral("folder.html"));
    ASSERT_TRUE(QDir().mkpath(folder));

    for (const QString &target : {fifo, toDevice, toFifo}) {
        const HandoutExportResult result = exportHandoutFile(everything(), target);
        EXPECT_FALSE(result.ok) << target.toStdString();
        EXPECT_TRUE(result.error.contains(QStringLiteral("not a file")))
            << result.error.toStdString();
    }
    EXPECT_TRUE(
        exportHandoutFile(everything(), dangling).error.contains(QStringLiteral("does not exist")));
    EXPECT_TRUE(
        exportHandoutFile(everything(), folder).error.contains(QStringLiteral("is a folder")));
    // All still what they were.
    EXPECT_TRUE(isFifo(fifo));
    EXPECT_EQ(QFileInfo(toDevice).symLinkTarget(), QStringLiteral("/dev/null"));
    EXPECT_EQ(QFileInfo(toFifo).symLinkTarget(), fifo);
    EXPECT_TRUE(QFileInfo(dangling).isSymLink());
    EXPECT_TRUE(QFileInfo(folder).isDir());
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("missing"))));
    EXPECT_EQ(entries(m_dir.path()).size(), 5);
}

TEST_F(HandoutWriteFailure, ALinkToAFileReplacesTheFileAndKeepsTheLinkAndPermissions) {
    const QString real = path(QStringLiteral("real.html"));
    writeFile(real, "old");
    ASSERT_TRUE(QFile::setPermissions(real, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup));
    const QString link = path(QStringLiteral("link.html"));
    ASSERT_TRUE(QFile::link(real, link));
    const HandoutDocument document = everything();
    ASSERT_TRUE(exportHandoutFile(document, link).ok);
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(contents(real), handoutStandaloneHtml(document).toUtf8());
    struct stat info {};
    ASSERT_EQ(::stat(QFile::encodeName(real).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0640U);
}

TEST_F(HandoutWriteFailure, NamesUpToTheLongestAFolderAllowsAreWritten) {
    // The temporary file beside the target (".NAME.XXXXXXXX") used to pass 255 bytes for names
    // of 246 bytes or more: "File name too long" for a name the system accepts.
    const QString accented = QString(125, QChar(0xE9)); // 250 bytes in UTF-8
    const QStringList names = {
        QString(250, QLatin1Char('a')) + QStringLiteral(".html"), // 255 bytes
        QString(241, QLatin1Char('b')) + QStringLiteral(".pdf"),  // 245 bytes
        accented + QStringLiteral(".pdf"), // shortened inside a two-byte letter
    };
    for (const QString &name : names) {
        ASSERT_LE(QFile::encodeName(name).size(), 255);
        const QString target = path(name);
        for (const QByteArray &bytes : {QByteArray("first"), QByteArray("second")}) {
            const FileWriteResult written = writeFileAtomically(target, bytes);
            EXPECT_TRUE(written.ok()) << name.toStdString() << ": errno " << written.error;
            EXPECT_EQ(contents(target), bytes) << name.toStdString();
        }
        EXPECT_EQ(entries(m_dir.path()), QStringList{name}); // no temporary file left
        ASSERT_TRUE(QFile::remove(target));
    }
    const QString longest = path(names.constFirst());
    EXPECT_TRUE(exportHandoutFile(everything(), longest).ok);
    EXPECT_TRUE(contents(longest).startsWith("<!DOCTYPE html>"));
}

// What the handout library logs, while one lives.
class HandoutLog {
public:
    HandoutLog() {
        s_lines.clear();
        m_previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &context, const QString &message) {
                if (context.category != nullptr &&
                    QLatin1String(context.category) == QLatin1String("calcinosis.handout")) {
                    s_lines.append(message);
                }
            });
    }
    ~HandoutLog() { qInstallMessageHandler(m_previous); }
    HandoutLog(const HandoutLog &) = delete;
    HandoutLog &operator=(const HandoutLog &) = delete;
    static QStringList lines() { return s_lines; }

private:
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

TEST_F(HandoutWriteFailure, AFailedExportIsLoggedInTheHandoutCategory) {
    const QString fifo = path(QStringLiteral("pipe.pdf"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString saved = path(QStringLiteral("saved.html"));
    HandoutLog log;
    const HandoutExportResult refused = exportHandoutFile(everything(), fifo);
    ASSERT_FALSE(refused.ok);
    ASSERT_EQ(log.lines().size(), 1) << log.lines().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(log.lines().constFirst().contains(fifo)) << log.lines().constFirst().toStdString();
    EXPECT_TRUE(log.lines().constFirst().contains(refused.error))
        << log.lines().constFirst().toStdString();
    ASSERT_TRUE(exportHandoutFile(everything(), saved).ok);
    EXPECT_EQ(log.lines().size(), 1); // a handout written is not a warning
}

ProcessRun exportOnCommandLine(const QString &target, const std::function<void()> &modifier = {}) {
    return test::runProgramHeadless({QStringLiteral("--content"), test::contentDatabasePath(),
                                     QStringLiteral("--export-handout"), target,
                                     QStringLiteral("--language"), QStringLiteral("en"),
                                     // Every section: larger than the small disk holds.
                                     QStringLiteral("--sections"),
                                     QStringLiteral("overview,causes,diagnosis,treatment,living")},
                                    120000, modifier);
}

void expectOneLine(const ProcessRun &run, const QString &target, const QString &reason) {
    EXPECT_EQ(run.exitCode, ExitOutputError) << run.err.toStdString();
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1) << run.err.toStdString();
    EXPECT_TRUE(lines.first().contains(target)) << run.err.toStdString();
    EXPECT_TRUE(lines.first().contains(reason)) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST_F(HandoutWriteFailure, CommandLineOnAFullDiskExitsThreeAndKeepsTheOldFile) {
    test::SmallDisk disk;
    ASSERT_TRUE(disk.isValid());
    const QString old = disk.filePath(QStringLiteral("handout.html"));
    writeFile(old, "last week's handout");
    for (const QString &name : {QStringLiteral("handout.html"), QStringLiteral("new.pdf")}) {
        const QString target = disk.filePath(name);
        expectOneLine(exportOnCommandLine(target, disk.childModifier()), target,
                      disk.expectedReason());
    }
    EXPECT_EQ(contents(old), QByteArray("last week's handout"));
    EXPECT_EQ(entries(disk.path()), QStringList{QStringLiteral("handout.html")});
}

TEST_F(HandoutWriteFailure, CommandLineRefusesADeviceAFifoOrALinkToOne) {
    const QString fifo = path(QStringLiteral("pipe.html"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString toDevice = path(QStringLiteral("zero.pdf"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"), toDevice));
    for (const QString &target : {fifo, toDevice}) {
        expectOneLine(exportOnCommandLine(target), target, QStringLiteral("not a file"));
    }
    EXPECT_TRUE(isFifo(fifo));
    EXPECT_EQ(QFileInfo(toDevice).symLinkTarget(), QStringLiteral("/dev/zero"));
}

TEST_F(HandoutWriteFailure, TheComposerShowsADialogAndKeepsTheOldFile) {
    LanguageManager languages(repository().locales());
    languages.setLanguage(kSourceLocale);
    HandoutComposerDialog dialog(repository(), languages);
    ASSERT_NO_FATAL_FAILURE(showWithEveryTopic(dialog));

    test::SmallDisk disk;
    ASSERT_TRUE(disk.isValid());
    const QString target = disk.filePath(QStringLiteral("handout.html"));
    writeFile(target, "last week's handout");
    QString shown;
    QTimer::singleShot(0, &dialog, [&] {
        // The warning is modal: read it when it appears, then close it.
        const bool appeared = QTest::qWaitFor([&] {
            return dialog.findChild<QMessageBox *>(QStringLiteral("saveFailedMessage")) != nullptr;
        });
        if (appeared)
            if (auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("saveFailedMessage"))) {
                shown = box->text();
                box->accept();
            }
    });
    bool saved = true;
    {
        const test::SmallDisk::Limit limit(disk);
        saved = dialog.saveTo(target);
    }
    EXPECT_FALSE(saved);
    EXPECT_TRUE(shown.contains(target)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(disk.expectedReason())) << shown.toStdString();
    EXPECT_EQ(contents(target), QByteArray("last week's handout"));
    EXPECT_EQ(entries(disk.path()), QStringList{QStringLiteral("handout.html")});
}

TEST_F(HandoutWriteFailure, PrintingToAFileThatIsNotWrittenWholeSaysSo) {
    // QPrinter reports no write error: a PDF cut short by a full disk passed for printed.
    LanguageManager languages(repository().locales());
    languages.setLanguage(kSourceLocale);
    HandoutComposerDialog dialog(repository(), languages);
    ASSERT_NO_FATAL_FAILURE(showWithEveryTopic(dialog));
    const auto printToFile = [&dialog](const QString &file, QString &shown,
                                       const test::SmallDisk *disk) {
        QTimer::singleShot(0, &dialog, [&] {
            const bool appeared = QTest::qWaitFor([&] {
                return dialog.findChild<QMessageBox *>(QStringLiteral("saveFailedMessage")) !=
                       nullptr;
            });
            if (auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("saveFailedMessage"));
                appeared && box != nullptr) {
                shown = box->text();
                box->accept();
            }
        });
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(file);
        std::unique_ptr<test::SmallDisk::Limit> limit;
        if (disk != nullptr) {
            limit = std::make_unique<test::SmallDisk::Limit>(*disk);
        }
        return dialog.printTo(printer);
    };

    test::SmallDisk disk;
    ASSERT_TRUE(disk.isValid());
    const QString cut = disk.filePath(QStringLiteral("printed.pdf"));
    QString shown;
    EXPECT_FALSE(printToFile(cut, shown, &disk));
    EXPECT_TRUE(shown.contains(cut)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("missing or incomplete"))) << shown.toStdString();

    const QString nowhere = path(QStringLiteral("no-such-folder/printed.pdf"));
    shown.clear();
    EXPECT_FALSE(printToFile(nowhere, shown, nullptr));
    EXPECT_TRUE(shown.contains(QStringLiteral("the folder does not exist"))) << shown.toStdString();

    const QString whole = path(QStringLiteral("printed.pdf"));
    shown.clear();
    EXPECT_TRUE(printToFile(whole, shown, nullptr)) << shown.toStdString();
    EXPECT_TRUE(shown.isEmpty()) << shown.toStdString();
    EXPECT_TRUE(contents(whole).startsWith("%PDF-"));
}

} // namespace
} // namespace cg
