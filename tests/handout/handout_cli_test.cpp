// SPDX-License-Identifier: GPL-3.0-or-later
// The real program exporting handouts from the command line, and its one-line failures.
#include "cli/headless.h"
#include "handout_test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <unistd.h>

namespace cg {
namespace {

using test::ProcessRun;

ProcessRun exportHandout(const QStringList &arguments) {
    return test::runProgramHeadless(
        QStringList{QStringLiteral("--content"), test::contentDatabasePath()} + arguments, 120000);
}

// One clear line on stderr, naming the problem.
void expectOneLineError(const ProcessRun &run, int exitCode, const QString &mentions) {
    EXPECT_EQ(run.exitCode, exitCode) << run.err.toStdString();
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1) << run.err.toStdString();
    EXPECT_TRUE(lines.first().contains(mentions)) << run.err.toStdString();
}

class HandoutCommandLine : public ::testing::Test {
protected:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

// With no topics chosen the command line prints what the window's composer starts with: the
// clinic's usual handout, else the two-page key points.
TEST_F(HandoutCommandLine, WritesTheKeyPointsByDefault) {
    const ProcessRun run =
        exportHandout({QStringLiteral("--export-handout"), path(QStringLiteral("default.pdf")),
                       QStringLiteral("--language"), QStringLiteral("en"),
                       QStringLiteral("--paper"), QStringLiteral("letter")});
    ASSERT_EQ(run.exitCode, ExitOk) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const QString file = path(QStringLiteral("default.pdf"));
    EXPECT_TRUE(test::runProcess(QStringLiteral("pdfinfo"), {file})
                    .out.contains(QStringLiteral("(letter)")));
    // Nothing but the handout is left beside it (no temporary files).
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("default.pdf")});

    const QString keyPoints = path(QStringLiteral("key-points.pdf"));
    ASSERT_EQ(
        exportHandout({QStringLiteral("--export-handout"), keyPoints, QStringLiteral("--language"),
                       QStringLiteral("en"), QStringLiteral("--paper"), QStringLiteral("letter"),
                       QStringLiteral("--preset"), QStringLiteral("key-points")})
            .exitCode,
        ExitOk);
    EXPECT_LE(test::pdfPageCount(file), 2);
    EXPECT_EQ(test::pdfText(file, 1, 2), test::pdfText(keyPoints, 1, 2));
    // "auto", as clinic.conf spells the system's region, is accepted here too.
    const ProcessRun automatic =
        exportHandout({QStringLiteral("--export-handout"), path(QStringLiteral("auto.pdf")),
                       QStringLiteral("--paper"), QStringLiteral("auto")});
    EXPECT_EQ(automatic.exitCode, ExitOk) << automatic.err.toStdString();
}

// --clinic and --phone reach page 1 of the two-page handout: under the title and on the "talk to
// your care team" card, where a patient looks for whom to call.
TEST_F(HandoutCommandLine, ClinicAndPhoneFromTheCommandLineAreOnPageOne) {
    const QString file = path(QStringLiteral("clinic.pdf"));
    const ProcessRun run = exportHandout(
        {QStringLiteral("--export-handout"), file, QStringLiteral("--language"),
         QStringLiteral("en"), QStringLiteral("--preset"), QStringLiteral("key-points"),
         QStringLiteral("--paper"), QStringLiteral("a4"), QStringLiteral("--clinic"),
         QStringLiteral("Riverside Rheumatology Clinic"), QStringLiteral("--phone"),
         QStringLiteral("+44 20 7946 0000")});
    ASSERT_EQ(run.exitCode, ExitOk) << run.err.toStdString();
    EXPECT_LE(test::pdfPageCount(file), 2);
    const QString page1 = test::searchable(test::pdfText(file, 1, 1));
    EXPECT_GE(page1.count(test::searchable(QStringLiteral("Riverside Rheumatology Clinic"))), 2)
        << page1.toStdString();
    EXPECT_GE(page1.count(test::searchable(QStringLiteral("+44 20 7946 0000"))), 2);
    EXPECT_TRUE(page1.contains(test::searchable(QStringLiteral("Talk to your care team soon"))));
}

TEST_F(HandoutCommandLine, PresetSectionsTopicsLargePrintAndBilingual) {
    const QString file = path(QStringLiteral("bilingual.pdf"));
    const ProcessRun run = exportHandout(
        {QStringLiteral("--export-handout"), file, QStringLiteral("--language"),
         QStringLiteral("es"), QStringLiteral("--bilingual"), QStringLiteral("en"),
         QStringLiteral("--preset"), QStringLiteral("newly-diagnosed"), QStringLiteral("--topics"),
         QStringLiteral("support"), QStringLiteral("--large-print")});
    ASSERT_EQ(run.exitCode, ExitOk) << run.err.toStdString();
    const QString text = test::searchable(test::pdfText(file));
    EXPECT_TRUE(text.contains(test::searchable(QStringLiteral("Español"))));
    EXPECT_TRUE(text.contains(test::searchable(QStringLiteral("English"))));

    const QString sections = path(QStringLiteral("sections.html"));
    const ProcessRun html = exportHandout(
        {QStringLiteral("--export-handout"), sections, QStringLiteral("--language"),
         QStringLiteral("en"), QStringLiteral("--sections"), QStringLiteral("treatment,living")});
    ASSERT_EQ(html.exitCode, ExitOk) << html.err.toStdString();
    QFile file2(sections);
    ASSERT_TRUE(file2.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(file2.readAll());
    EXPECT_TRUE(page.contains(QStringLiteral("<style>")));
    EXPECT_TRUE(page.contains(QStringLiteral("Treat the main disease first")));
    EXPECT_FALSE(page.contains(QStringLiteral("The five types")));
}

TEST_F(HandoutCommandLine, UnknownNamesFailWithUsageErrors) {
    const QString out = path(QStringLiteral("x.pdf"));
    const QStringList base{QStringLiteral("--export-handout"), out};
    expectOneLineError(
        exportHandout(base + QStringList{QStringLiteral("--language"), QStringLiteral("xx")}),
        ExitUsageError, QStringLiteral("\"xx\""));
    expectOneLineError(exportHandout(base + QStringList{QStringLiteral("--sections"),
                                                        QStringLiteral("overview,cures")}),
                       ExitUsageError, QStringLiteral("\"cures\""));
    expectOneLineError(exportHandout(base + QStringList{QStringLiteral("--topics"),
                                                        QStringLiteral("no-such-topic")}),
                       ExitUsageError, QStringLiteral("\"no-such-topic\""));
    expectOneLineError(
        exportHandout(base + QStringList{QStringLiteral("--preset"), QStringLiteral("everything")}),
        ExitUsageError, QStringLiteral("\"everything\""));
    expectOneLineError(
        exportHandout(base + QStringList{QStringLiteral("--bilingual"), QStringLiteral("qq")}),
        ExitUsageError, QStringLiteral("\"qq\""));
    expectOneLineError(
        exportHandout(base + QStringList{QStringLiteral("--paper"), QStringLiteral("a3")}),
        ExitUsageError, QStringLiteral("a3"));
    expectOneLineError(
        exportHandout({QStringLiteral("--export-handout"), path(QStringLiteral("x.docx"))}),
        ExitUsageError, QStringLiteral(".pdf"));
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(HandoutCommandLine, UnwritablePathsFailWithOutputErrors) {
    expectOneLineError(
        exportHandout({QStringLiteral("--export-handout"), QStringLiteral("/nonexistent/x.pdf"),
                       QStringLiteral("--topics"), QStringLiteral("what-it-is")}),
        ExitOutputError, QStringLiteral("/nonexistent/x.pdf"));
    // A directory nobody may write to: a read-only temporary directory, or for root (who
    // ignores permissions) /proc, where no one can create files.
    QString readOnly = m_dir.filePath(QStringLiteral("read-only"));
    ASSERT_TRUE(QDir().mkpath(readOnly));
    QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (geteuid() == 0) {
        readOnly = QStringLiteral("/proc");
    }
    const QString target = readOnly + QStringLiteral("/handout.html");
    expectOneLineError(exportHandout({QStringLiteral("--export-handout"), target,
                                      QStringLiteral("--topics"), QStringLiteral("what-it-is")}),
                       ExitOutputError, target);
    EXPECT_FALSE(QFile::exists(target));
    QFile::setPermissions(m_dir.filePath(QStringLiteral("read-only")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace
} // namespace cg
