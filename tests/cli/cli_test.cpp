// SPDX-License-Identifier: GPL-3.0-or-later
// The real program on the command line: version, languages, help, and clear failures.
#include "process_run.h"
#include "test_support.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>
#include <utility>

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
    // checks that the message reached stderr and then ends the process. It reads stderr as it
    // comes, until the whole line is there or the program ends (or 10 s pass).
    process.start(test::programPath(), {QStringLiteral("--content"), path});
    ASSERT_TRUE(process.waitForStarted());
    process.setReadChannel(QProcess::StandardError);
    QString err;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        err += QString::fromUtf8(process.readAllStandardError());
        if (err.contains(path) && err.contains(QStringLiteral("damaged")) &&
            err.endsWith(QLatin1Char('\n'))) {
            break;
        }
        if (process.state() == QProcess::NotRunning) {
            break;
        }
        process.waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 1)));
    }
    err += QString::fromUtf8(process.readAllStandardError());
    // Still there, showing its message, not crashed on the way.
    EXPECT_EQ(process.state(), QProcess::Running) << err.toStdString();
    process.kill();
    process.waitForFinished();
    EXPECT_TRUE(err.contains(path)) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("damaged")));
}

// One line on stderr, the usage exit code, nothing on stdout, and no window or abort (the
// program runs with no display: a window would have aborted it).
void expectUsageError(const ProcessRun &result, const QString &mentions) {
    EXPECT_EQ(result.status, QProcess::NormalExit) << result.err.toStdString();
    EXPECT_EQ(result.exitCode, 2) << result.err.toStdString();
    EXPECT_EQ(result.err.count(QLatin1Char('\n')), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(mentions)) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
}

TEST(CommandLine, OptionsWithoutTheirCommandAreUsageErrors) {
    // These used to open the window (or, with no display, abort).
    const QList<std::pair<QStringList, QString>> cases = {
        {{QStringLiteral("--limit"), QStringLiteral("5")}, QStringLiteral("--search")},
        {{QStringLiteral("--sections"), QStringLiteral("causes")},
         QStringLiteral("--export-handout")},
        {{QStringLiteral("--topics"), QStringLiteral("what-it-is")},
         QStringLiteral("--export-handout")},
        {{QStringLiteral("--large-print")}, QStringLiteral("--export-handout")},
        {{QStringLiteral("--bilingual"), QStringLiteral("es")}, QStringLiteral("--export-handout")},
        {{QStringLiteral("--paper"), QStringLiteral("a4")}, QStringLiteral("--export-handout")},
        {{QStringLiteral("--preset"), QStringLiteral("newly-diagnosed")},
         QStringLiteral("--export-handout")},
        {{QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--list-languages")},
         QStringLiteral("--search")},
        {{QStringLiteral("--search"), QStringLiteral("calcium"), QStringLiteral("--sections"),
          QStringLiteral("causes")},
         QStringLiteral("--export-handout")},
        {{QStringLiteral("--clinic"), QStringLiteral("Skin Clinic")},
         QStringLiteral("--clinic is used only with --export-handout")},
        {{QStringLiteral("--phone"), QStringLiteral("555 0100")},
         QStringLiteral("--phone is used only with --export-handout")},
        {{QStringLiteral("--search"), QStringLiteral("calcium"), QStringLiteral("--phone"),
          QStringLiteral("555 0100")},
         QStringLiteral("--export-handout")},
        // --kiosk would be ignored by a command that does not open the window.
        {{QStringLiteral("--kiosk"), QStringLiteral("--search"), QStringLiteral("calcium")},
         QStringLiteral("--kiosk is for the window and cannot be used with --search")},
        {{QStringLiteral("--kiosk"), QStringLiteral("--export-handout"),
          QStringLiteral("handout.pdf")},
         QStringLiteral("--kiosk is for the window and cannot be used with --export-handout")},
        {{QStringLiteral("--list-languages"), QStringLiteral("--kiosk")},
         QStringLiteral("--kiosk is for the window")},
    };
    for (const auto &[arguments, mentions] : cases) {
        expectUsageError(
            run(QStringList{QStringLiteral("--content"), test::contentDatabasePath()} + arguments),
            mentions);
    }
}

TEST(CommandLine, WithoutXdgRuntimeDirAProblemIsStillOneLine) {
    // Qt's "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to ..." came first on stderr
    // (under sudo, cron, a bare container).
    QProcessEnvironment environment = test::headlessEnvironment();
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("no-such-folder/handout.pdf"));
    const ProcessRun exported =
        test::runProcess(test::programPath(),
                         {QStringLiteral("--content"), test::contentDatabasePath(),
                          QStringLiteral("--export-handout"), out, QStringLiteral("--language"),
                          QStringLiteral("en")},
                         environment);
    EXPECT_EQ(exported.exitCode, 3) << exported.err.toStdString();
    EXPECT_EQ(exported.err.count(QLatin1Char('\n')), 1) << exported.err.toStdString();
    EXPECT_TRUE(exported.err.contains(out)) << exported.err.toStdString();
    const ProcessRun searched =
        test::runProcess(test::programPath(),
                         {QStringLiteral("--content"), dir.filePath(QStringLiteral("missing.db")),
                          QStringLiteral("--search"), QStringLiteral("calcium")},
                         environment);
    EXPECT_EQ(searched.exitCode, 1) << searched.err.toStdString();
    EXPECT_EQ(searched.err.count(QLatin1Char('\n')), 1) << searched.err.toStdString();
}

TEST(CommandLine, TwoCommandsAtOnceAreAUsageError) {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("handout.pdf"));
    const ProcessRun both =
        run({QStringLiteral("--content"), test::contentDatabasePath(), QStringLiteral("--search"),
             QStringLiteral("calcium"), QStringLiteral("--export-handout"), out});
    expectUsageError(both, QStringLiteral("--search and --export-handout"));
    EXPECT_FALSE(QFile::exists(out)); // neither ran
    expectUsageError(run({QStringLiteral("--list-languages"), QStringLiteral("--search"),
                          QStringLiteral("calcium")}),
                     QStringLiteral("cannot be used together"));
    // --help and --version answer whatever else is given.
    EXPECT_EQ(
        run({QStringLiteral("--help"), QStringLiteral("--limit"), QStringLiteral("5")}).exitCode,
        0);
}

TEST(CommandLine, TheWindowWithoutADisplayIsOneLineNotAnAbort) {
    const ProcessRun result = run({QStringLiteral("--content"), test::contentDatabasePath()});
    EXPECT_EQ(result.status, QProcess::NormalExit);
    EXPECT_EQ(result.exitCode, 4) << result.err.toStdString();
    EXPECT_EQ(result.err.count(QLatin1Char('\n')), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("no display"))) << result.err.toStdString();
}

// Runs the program through the shell, which can pass bytes that are not UTF-8 (QProcess
// cannot): $1 is the content database, $2 a folder, and FILE in `arguments` stands for
// "<folder>/<0xFF 0xFE>.html".
ProcessRun runWithByteName(const QString &folder, const QString &arguments) {
    QString script =
        QStringLiteral("name=$(printf '%s/\\377\\376.html' \"$2\"); exec \"$0\" ") + arguments;
    script.replace(QStringLiteral("FILE"), QStringLiteral("\"$name\""));
    return test::runProcess(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"), script, test::programPath(), test::contentDatabasePath(), folder},
        test::headlessEnvironment());
}

TEST(CommandLine, AFileNameThatIsNotUtf8IsRefusedNotRenamed) {
    // It used to be written under another name (each undecodable byte as U+FFFD).
    QTemporaryDir dir;
    const ProcessRun exported =
        runWithByteName(dir.path(), QStringLiteral("--content \"$1\" --export-handout FILE"));
    expectUsageError(exported, QStringLiteral("not valid UTF-8"));
    EXPECT_TRUE(exported.err.contains(QStringLiteral("--export-handout")));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    expectUsageError(runWithByteName(dir.path(), QStringLiteral("--content FILE --list-languages")),
                     QStringLiteral("--content"));
}

// Damaged, tampered, cut off, too new, foreign and empty databases, made from copies of the real
// one in `dir`; each name says what was done.
QStringList badDatabases(const QTemporaryDir &dir) {
    const auto copy = [&dir](const QString &name) {
        const QString path = dir.filePath(name);
        EXPECT_TRUE(test::writableContentCopy(path));
        return path;
    };
    const auto alter = [](const QString &path, const QString &statement) {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("alter"));
            db.setDatabaseName(path);
            db.open();
            QSqlQuery(db).exec(statement);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("alter"));
    };
    QStringList paths;
    const QString overwritten = copy(QStringLiteral("overwritten-page.db"));
    {
        QFile file(overwritten);
        file.open(QIODevice::ReadWrite);
        file.seek(300 * 4096);
        file.write(QByteArray(4096, char(0x5a)));
    }
    paths << overwritten;
    const QString cut = copy(QStringLiteral("cut-off.db"));
    QFile(cut).resize(QFileInfo(cut).size() - 3000);
    paths << cut;
    const QString tampered = copy(QStringLiteral("tampered.db"));
    alter(tampered, QStringLiteral("UPDATE topic_text SET body_html = body_html || "
                                   "'<script>alert(1)</script>'"));
    paths << tampered;
    const QString newer = copy(QStringLiteral("too-new.db"));
    alter(newer, QStringLiteral("PRAGMA user_version = 99"));
    paths << newer;
    const QString foreign = dir.filePath(QStringLiteral("foreign.db"));
    alter(foreign, QStringLiteral("CREATE TABLE other (x)"));
    paths << foreign;
    const QString empty = dir.filePath(QStringLiteral("empty.db"));
    QFile(empty).open(QIODevice::WriteOnly);
    paths << empty;
    return paths;
}

// The first line the window prints about its content, then it is ended: its error dialog
// would wait for a click.
QString windowMessage(const QString &database) {
    QProcess process;
    QProcessEnvironment environment = test::headlessEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.setReadChannel(QProcess::StandardError);
    process.start(test::programPath(), {QStringLiteral("--content"), database});
    QString err;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000 && !err.contains(QStringLiteral("calcinosis-guide: "))) {
        process.waitForReadyRead(1000);
        err += QString::fromUtf8(process.readAllStandardError());
        if (process.state() == QProcess::NotRunning) {
            err += QString::fromUtf8(process.readAllStandardError());
            break;
        }
    }
    process.kill();
    process.waitForFinished();
    for (const QString &line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QStringLiteral("calcinosis-guide: "))) {
            return line;
        }
    }
    return err;
}

TEST(CommandLine, DamagedTamperedTooNewForeignAndEmptyDatabasesGiveOneLineAndExitCodeOne) {
    QTemporaryDir dir;
    for (const QString &path : badDatabases(dir)) {
        const ProcessRun result =
            run({QStringLiteral("--content"), path, QStringLiteral("--list-languages")});
        EXPECT_EQ(result.status, QProcess::NormalExit) << path.toStdString();
        EXPECT_EQ(result.exitCode, 1) << path.toStdString();
        EXPECT_EQ(result.err.count(QLatin1Char('\n')), 1) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(path)) << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    }
}

TEST(CommandLine, TheWindowRefusesEachBadDatabaseWithTheCommandLinesMessage) {
    // The window used to check only the structure: a page overwritten in place opened with
    // every topic missing. It now runs the same checks and says the same line.
    QTemporaryDir dir;
    for (const QString &path : badDatabases(dir)) {
        const ProcessRun command =
            run({QStringLiteral("--content"), path, QStringLiteral("--list-languages")});
        EXPECT_EQ(windowMessage(path), command.err.trimmed()) << path.toStdString();
    }
}

} // namespace
} // namespace cg
