// SPDX-License-Identifier: GPL-3.0-or-later
// A FIFO (or a device, or a folder) in place of clinic.conf or of the user's settings file:
// QSettings opens every file it reads as it is made, and opening a FIFO waits for a writer for
// ever. The program names such a file on one line and goes on without it, in the library, on
// the command line and in the window.
#include "process_run.h"
#include "settings/clinic_keys.h"
#include "settings/managed_settings.h"
#include "settings/settings_files.h"
#include "settings_fixture.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <chrono>
#include <fcntl.h>
#include <future>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cg {
namespace {

void makeFifo(const QString &path) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    ASSERT_EQ(::mkfifo(QFile::encodeName(path).constData(), 0600), 0) << path.toStdString();
}

// A reader blocked on one of these FIFOs is let go (a writer opens and closes it), so that a
// test that fails does not hang the suite.
void releaseReaders(const QStringList &fifos) {
    for (const QString &fifo : fifos) {
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0) {
            ::close(fd);
        }
    }
}

// Runs `work` and says whether it ended within 10 seconds.
template <typename Work> bool endsInTime(Work work, const QStringList &fifos) {
    auto done = std::async(std::launch::async, work);
    if (done.wait_for(std::chrono::seconds(10)) == std::future_status::ready) {
        return true;
    }
    while (done.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready) {
        releaseReaders(fifos);
    }
    return false;
}

bool anyContains(const QStringList &lines, const QString &path, const QString &what) {
    for (const QString &line : lines) {
        if (line.startsWith(path + QStringLiteral(": ")) && line.contains(what)) {
            return true;
        }
    }
    return false;
}

using SettingsFilesTest = test::PrivateSettingsFolders;

TEST_F(SettingsFilesTest, AFifoAsClinicConfIsNamedAndSkippedWithoutWaiting) {
    makeFifo(clinicFile());
    writeUser("[clinic]\nphone=555 0100\n");
    QStringList problems;
    QString phone;
    ASSERT_TRUE(endsInTime(
        [&] {
            const ManagedSettings settings = ManagedSettings::load();
            problems = settings.problems();
            phone = settings.string(clinic_keys::kClinicPhone);
        },
        {clinicFile()}));
    EXPECT_TRUE(
        anyContains(problems, clinicFile(), QStringLiteral("is a FIFO, so it was not read")))
        << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(phone, QStringLiteral("555 0100")); // the user's own file is still read
}

TEST_F(SettingsFilesTest, AFifoAsTheUsersFileIsNamedAndNothingIsWrittenToIt) {
    makeFifo(userFile());
    writeClinic("[clinic]\nname=Skin Clinic\n");
    QStringList problems;
    QString name;
    bool stored = true;
    ASSERT_TRUE(endsInTime(
        [&] {
            ManagedSettings settings = ManagedSettings::load();
            problems = settings.problems();
            name = settings.string(clinic_keys::kClinicName);
            stored = settings.setUserValue(clinic_keys::kClinicPhone, QStringLiteral("555 0100"));
        },
        {userFile()}));
    EXPECT_TRUE(anyContains(problems, userFile(), QStringLiteral("is a FIFO")))
        << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(name, QStringLiteral("Skin Clinic"));
    EXPECT_FALSE(stored);
    struct stat info {};
    ASSERT_EQ(::lstat(QFile::encodeName(userFile()).constData(), &info), 0);
    EXPECT_TRUE(S_ISFIFO(info.st_mode));
}

TEST_F(SettingsFilesTest, OnlyAbsentAndRegularFilesAndLinksToThemAreSafe) {
    const QString regular = userFile();
    writeUser("[a]\nb=c\n");
    EXPECT_EQ(settingsFileProblem(regular), QString());
    EXPECT_EQ(settingsFileProblem(regular + QStringLiteral(".absent")), QString());
    const QString link = regular + QStringLiteral(".link");
    ASSERT_TRUE(QFile::link(regular, link));
    EXPECT_EQ(settingsFileProblem(link), QString());
    EXPECT_TRUE(
        settingsFileProblem(QStringLiteral("/dev/null")).contains(QStringLiteral("a device")));
    EXPECT_TRUE(settingsFileProblem(userDir()).contains(QStringLiteral("a folder")));
    const QString toDevice = regular + QStringLiteral(".device");
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"), toDevice));
    EXPECT_TRUE(settingsFileProblem(toDevice).startsWith(toDevice + QStringLiteral(": ")));
    // The files QSettings() reads, in its order: the user's, then the system's.
    EXPECT_EQ(settingsFiles(QSettings::UserScope, QStringLiteral("Org"), QStringLiteral("app")),
              (QStringList{userDir() + QStringLiteral("/Org/app.conf"),
                           userDir() + QStringLiteral("/Org.conf"),
                           systemDir() + QStringLiteral("/Org/app.conf"),
                           systemDir() + QStringLiteral("/Org.conf")}));
}

// The real program, with XDG_CONFIG_HOME and XDG_CONFIG_DIRS as a desktop session sets them.
class SettingsFifoProgram : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_userFile = m_dir.filePath(QStringLiteral("config/CalcinosisGuide/calcinosis-guide.conf"));
        // The second of two system folders: every one of them is read.
        m_clinicFile = m_dir.filePath(QStringLiteral("etc-b/CalcinosisGuide/clinic.conf"));
        makeFifo(m_userFile);
        makeFifo(m_clinicFile);
        QDir().mkpath(m_dir.filePath(QStringLiteral("etc-a")));
        QDir().mkpath(m_dir.filePath(QStringLiteral("runtime")));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ExeOwner);
        m_environment = test::headlessEnvironment();
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                             m_dir.filePath(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("XDG_CONFIG_DIRS"),
                             m_dir.filePath(QStringLiteral("etc-a")) + QLatin1Char(':') +
                                 m_dir.filePath(QStringLiteral("etc-b")));
        m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"),
                             m_dir.filePath(QStringLiteral("runtime")));
    }
    void TearDown() override { releaseReaders({m_userFile, m_clinicFile}); }

    void expectBothNamed(const test::ProcessRun &run) const {
        EXPECT_EQ(run.status, QProcess::NormalExit) << run.err.toStdString();
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        for (const QString &fifo : {m_userFile, m_clinicFile}) {
            EXPECT_TRUE(run.err.contains(fifo + QStringLiteral(": this settings file is a FIFO")))
                << run.err.toStdString();
        }
    }

    QTemporaryDir m_dir;
    QString m_userFile;
    QString m_clinicFile;
    QProcessEnvironment m_environment;
};

TEST_F(SettingsFifoProgram, TheCommandLineExportNamesThemAndWritesTheHandout) {
    const QString out = m_dir.filePath(QStringLiteral("handout.pdf"));
    const test::ProcessRun run =
        test::runProcess(test::programPath(),
                         {QStringLiteral("--content"), test::contentDatabasePath(),
                          QStringLiteral("--export-handout"), out, QStringLiteral("--language"),
                          QStringLiteral("en")},
                         m_environment, 60000);
    expectBothNamed(run);
    EXPECT_GT(QFileInfo(out).size(), 0);
}

TEST_F(SettingsFifoProgram, TheWindowStartsAndNamesThem) {
    QProcessEnvironment environment = m_environment;
    environment.insert(QStringLiteral("CG_STARTUP_PROBE"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const test::ProcessRun run = test::runProcess(
        test::devProgramPath(), {QStringLiteral("--content"), test::contentDatabasePath()},
        environment, 60000);
    expectBothNamed(run);
}

} // namespace
} // namespace cg
