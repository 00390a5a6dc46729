// SPDX-License-Identifier: GPL-3.0-or-later
// calcinosis-guide --search through the real program: one line per result, languages, limits,
// hostile queries and exit codes.
#include "process_run.h"
#include "test_support.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

namespace cg {
namespace {

using test::ProcessRun;

ProcessRun search(const QStringList &arguments) {
    return test::runProgramHeadless(
        QStringList{QStringLiteral("--content"), test::contentDatabasePath()} + arguments);
}

QStringList lines(const ProcessRun &run) {
    return run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

TEST(SearchCommand, PrintsSectionIdAndTitleBestFirst) {
    const ProcessRun run = search({QStringLiteral("--search"), QStringLiteral("chalky bumps")});
    EXPECT_EQ(run.status, QProcess::NormalExit);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList rows = lines(run);
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_LE(rows.size(), 10); // the default limit
    QStringList ids;
    for (const QString &row : rows) {
        const QStringList fields = row.split(QLatin1Char('\t'));
        ASSERT_EQ(fields.size(), 3) << row.toStdString();
        EXPECT_FALSE(fields.at(0).isEmpty());
        EXPECT_FALSE(fields.at(2).isEmpty());
        ids.append(fields.at(1));
    }
    EXPECT_TRUE(ids.mid(0, 3).contains(QStringLiteral("what-it-is"))) << run.out.toStdString();
    EXPECT_TRUE(rows.contains(QStringLiteral("overview\twhat-it-is\tWhat calcinosis cutis is")));
}

TEST(SearchCommand, GlossaryTermsAndItemsNameTheirPlace) {
    const ProcessRun run = search({QStringLiteral("--search"), QStringLiteral("warfarin"),
                                   QStringLiteral("--limit"), QStringLiteral("20")});
    EXPECT_EQ(run.exitCode, 0);
    const QStringList rows = lines(run);
    EXPECT_TRUE(rows.contains(QStringLiteral("glossary\twarfarin\tWarfarin")));
    EXPECT_TRUE(rows.contains(
        QStringLiteral("treatment\ttx-warfarin\tWarfarin (not advised for calcinosis)")));
}

TEST(SearchCommand, LimitAndLanguageAreHonoured) {
    const ProcessRun limited = search({QStringLiteral("--search"), QStringLiteral("lumps"),
                                       QStringLiteral("--limit"), QStringLiteral("2")});
    EXPECT_EQ(limited.exitCode, 0);
    EXPECT_EQ(lines(limited).size(), 2);
    const ProcessRun arabic = search({QStringLiteral("--search"), QString::fromUtf8("التكلس"),
                                      QStringLiteral("--language"), QStringLiteral("ar")});
    EXPECT_EQ(arabic.exitCode, 0) << arabic.err.toStdString();
    ASSERT_FALSE(lines(arabic).isEmpty());
    // Titles come in the language searched.
    const QString title = lines(arabic).constFirst().section(QLatin1Char('\t'), 2);
    EXPECT_TRUE(std::any_of(title.begin(), title.end(), [](QChar c) {
        return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF;
    })) << title.toStdString();
}

TEST(SearchCommand, NothingFoundIsNotAnError) {
    const ProcessRun run = search({QStringLiteral("--search"), QStringLiteral("zzzqqqxxx")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
}

TEST(SearchCommand, HostileQueriesNeverFail) {
    for (const QString &query :
         {QStringLiteral("\""), QStringLiteral("AND OR NOT"), QStringLiteral("NEAR((x"),
          QStringLiteral("-*:^"), QStringLiteral("   "), QStringLiteral("\U0001F600"),
          QString(10000, QLatin1Char('a'))}) {
        const ProcessRun run = search({QStringLiteral("--search"), query});
        EXPECT_EQ(run.status, QProcess::NormalExit);
        EXPECT_EQ(run.exitCode, 0) << query.left(20).toStdString() << ": " << run.err.toStdString();
    }
}

TEST(SearchCommand, UnknownLanguageIsOneLineAndExitCodeTwo) {
    const ProcessRun run = search({QStringLiteral("--search"), QStringLiteral("calcium"),
                                   QStringLiteral("--language"), QStringLiteral("xx")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("\"xx\"")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("en, ")));
}

TEST(SearchCommand, ADamagedSearchIndexIsAContentErrorNotAnUnknownLanguage) {
    // The English index dropped, or replaced by a table of another shape: these used to say
    // 'unknown language "en"' (exit 2) or "Parameter count mismatch". The engine reads the
    // index the compiler stored from FTS5 (search_passages, search_terms), not FTS5's own
    // tables, so damage there is what must be named now.
    const QStringList damage[] = {
        {QStringLiteral("DROP TABLE search_en")},
        {QStringLiteral("DROP TABLE search_en"),
         QStringLiteral("CREATE TABLE search_en (title, body)")},
        {QStringLiteral("DELETE FROM search_passages WHERE locale = 'en'")},
        {QStringLiteral("UPDATE search_terms SET positions = x'ff' WHERE locale = 'en'")},
        {QStringLiteral("DROP TABLE search_terms")},
        // Terms lost or moved to another language: these used to find nothing, exit 0.
        {QStringLiteral("DELETE FROM search_terms WHERE locale = 'en'")},
        {QStringLiteral("DELETE FROM search_terms WHERE locale = 'en' AND term = 'calcium'")},
        {QStringLiteral("UPDATE search_terms SET locale = 'xx' WHERE locale = 'en'")},
    };
    for (const QStringList &statements : damage) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("content.db"));
        ASSERT_TRUE(test::writableContentCopy(path));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(path);
            ASSERT_TRUE(db.open());
            for (const QString &statement : statements) {
                ASSERT_TRUE(QSqlQuery(db).exec(statement)) << statement.toStdString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        const ProcessRun run = test::runProgramHeadless(
            {QStringLiteral("--content"), path, QStringLiteral("--search"),
             QStringLiteral("calcium"), QStringLiteral("--language"), QStringLiteral("en")});
        EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
        EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(path)) << run.err.toStdString();
        EXPECT_FALSE(run.err.contains(QStringLiteral("unknown language")));
        EXPECT_TRUE(run.out.isEmpty());
    }
}

} // namespace
} // namespace cg
