// SPDX-License-Identifier: GPL-3.0-or-later
// The real program on the command line: version, languages, help, and clear failures.
#include "process_run.h"
#include "test_support.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace cg {
namespace {

using test::ProcessRun;

ProcessRun run(const QStringList &arguments) {
    return test::runProgramHeadless(arguments);
}

TEST(CommandLine, VersionPrintsNameAndVersion) {
    const ProcessRun result = run({QStringLiteral("--version")});
    EXPECT_EQ(result.status, QProcess::NormalExit);
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out, QStringLiteral("calcinosis-guide " CG_VERSION "\n"));
}

TEST(CommandLine, HelpListsTheOptions) {
    const ProcessRun result = run({QStringLiteral("--help")});
    EXPECT_EQ(result.exitCode, 0);
    for (const char *option : {"--content", "--list-languages", "--version", "--search",
                               "--export-handout", "--language"}) {
        EXPECT_TRUE(result.out.contains(QLatin1String(option))) << option;
    }
}

TEST(CommandLine, ListLanguagesPrintsCodeTabNativeName) {
    const ProcessRun result = run({QStringLiteral("--content"), test::contentDatabasePath(),
                                   QStringLiteral("--list-languages")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.first(), QStringLiteral("en\tEnglish"));
    for (const QString &line : lines) {
        EXPECT_EQ(line.count(QLatin1Char('\t')), 1) << line.toStdString();
    }
}

TEST(CommandLine, DefaultDatabaseIsFoundFromTheBuildTree) {
    const ProcessRun result = run({QStringLiteral("--list-languages")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("en\t")));
}

TEST(CommandLine, RandomBytesGiveOneLineAndExitCodeOne) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("random.db"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray bytes(4096, '\0');
    for (char &byte : bytes) {
        byte = char(QRandomGenerator::global()->bounded(256));
    }
    file.write(bytes);
    file.close();
    const ProcessRun result =
        run({QStringLiteral("--content"), path, QStringLiteral("--list-languages")});
    EXPECT_EQ(result.status, QProcess::NormalExit); // not a signal
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.err.count(QLatin1Char('\n')), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(path));
    EXPECT_TRUE(result.out.isEmpty());
}

TEST(CommandLine, MissingDatabaseIsNamed) {
    const ProcessRun result = run({QStringLiteral("--content"), QStringLiteral("/no/such/file.db"),
                                   QStringLiteral("--list-languages")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("/no/such/file.db")));
}

TEST(CommandLine, UnknownOptionIsAUsageError) {
    const ProcessRun result = run({QStringLiteral("--frobnicate")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("frobnicate")));
}

TEST(CommandLine, GuiReportsDamagedDatabaseWithoutCrashing) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a database at all, just some text that is long enough to look like a file");
    file.close();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    // The error dialog would wait for a click; closing stdin is not enough, so the test only
    // checks that the message reached stderr and then ends the process.
    process.start(test::programPath(), {QStringLiteral("--content"), path});
    ASSERT_TRUE(process.waitForStarted());
    process.waitForFinished(3000);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    process.kill();
    process.waitForFinished();
    EXPECT_TRUE(err.contains(path)) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("damaged")));
}

} // namespace
} // namespace cg
