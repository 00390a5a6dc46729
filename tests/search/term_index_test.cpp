// SPDX-License-Identifier: GPL-3.0-or-later
// The engine matches and ranks in memory (TermIndex, GroupScorer), from what FTS5 stored. These
// tests hold it to SQLite's own FTS5 on the real content database, in every language: the same
// tokens per passage, the same passages per query group and the same bm25 for each.
#include "fts_expression.h"
#include "search/group_scorer.h"
#include "search/index_tokens.h"
#include "search/query_plan.h"
#include "search/query_sanitizer.h"
#include "search/search_index_layout.h"
#include "search/stop_words.h"
#include "search/term_index.h"
#include "test_support.h"

#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <cmath>
#include <gtest/gtest.h>
#include <map>

namespace cg::search {
namespace {

class TermIndexTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("term-index"));
        m_db.setDatabaseName(test::contentDatabasePath());
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        ASSERT_TRUE(m_db.open()) << m_db.lastError().text().toStdString();
        QSqlQuery codes(m_db);
        ASSERT_TRUE(codes.exec(QStringLiteral("SELECT code FROM locales ORDER BY position")));
        while (codes.next()) {
            m_locales.append(codes.value(0).toString());
        }
        ASSERT_GE(m_locales.size(), 6);
    }
    void TearDown() override {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("term-index"));
    }

    // The questions of a language and what a reader types on the way to them.
    static QStringList queries(const QString &locale) {
        QFile file(QStringLiteral(CG_SEARCH_QUESTIONS "/") + locale + QStringLiteral(".tsv"));
        QStringList result;
        if (!file.open(QIODevice::ReadOnly)) {
            return result;
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QString question = line.section(QLatin1Char('\t'), 0, 0).trimmed();
            if (question.isEmpty() || question.startsWith(QLatin1Char('#'))) {
                continue;
            }
            result.append(question);
            for (qsizetype cut = 2; cut < question.size(); cut += 3) {
                result.append(question.left(cut));
            }
        }
        return result;
    }

    // The groups of a query's plan, and variants that exercise what glossary groups do: all
    // alternatives in one group, the whole query as one phrase, keyword-only and title-only
    // column filters.
    static QList<QueryGroup> groupsOf(const QString &text, const QString &locale) {
        const QueryPlan plan =
            planQuery(sanitizeQuery(text), Thesaurus(), stopWords(locale), indexKindFor(locale));
        QList<QueryGroup> groups = plan.groups;
        if (plan.groups.size() > 1) {
            QueryGroup merged;
            Alternative phrase;
            for (const QueryGroup &group : plan.groups) {
                merged.alternatives += group.alternatives;
                phrase.words += group.alternatives.constFirst().words;
                phrase.prefix = group.alternatives.constFirst().prefix;
            }
            merged.alternatives.append(phrase);
            groups.append(merged);
            merged.columns = columnBit(KeywordsColumn);
            groups.append(merged);
            merged.columns = columnBit(TitleColumn) | columnBit(BodyColumn);
            groups.append(merged);
        }
        return groups;
    }

    QSqlDatabase m_db;
    QStringList m_locales;
};

// Rows of search_terms lost, or moved to another language, are damage, not "nothing found".
TEST(TermIndexDamage, TermRowsThatDoNotMatchTheStoredCountAreRefused) {
    const QStringList damage[] = {
        {QStringLiteral("DELETE FROM search_terms WHERE locale = 'en'")},
        {QStringLiteral("DELETE FROM search_terms WHERE locale = 'en' AND term = 'calcium'")},
        {QStringLiteral("UPDATE search_terms SET locale = 'xx' WHERE locale = 'en'")},
        {QStringLiteral("UPDATE search_terms SET locale = 'en' WHERE locale = 'es' AND term NOT "
                        "IN (SELECT term FROM search_terms WHERE locale = 'en')")},
    };
    for (const QStringList &statements : damage) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("content.db"));
        ASSERT_TRUE(test::writableContentCopy(path));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damaged"));
            db.setDatabaseName(path);
            ASSERT_TRUE(db.open());
            TermIndex before;
            QString error;
            ASSERT_TRUE(before.load(db, QStringLiteral("en"), error)) << error.toStdString();
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
                ASSERT_GT(query.numRowsAffected(), 0) << statement.toStdString();
            }
            TermIndex after;
            EXPECT_FALSE(after.load(db, QStringLiteral("en"), error))
                << statements.join(QLatin1Char(';')).toStdString();
            EXPECT_TRUE(error.contains(QStringLiteral("cannot read the search index of 'en'")))
                << error.toStdString();
            EXPECT_TRUE(error.contains(QStringLiteral("terms stored"))) << error.toStdString();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damaged"));
    }
}

TEST_F(TermIndexTest, TokensAgreeWithFts5) {
    for (const QString &locale : std::as_const(m_locales)) {
        const QString table = searchTableName(locale);
        QSqlQuery query(m_db);
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.oracle_%1 USING "
                                              "fts5vocab(main, %1, instance)")
                                   .arg(table)))
            << query.lastError().text().toStdString();
        // (rowid, column) -> offset -> term, as FTS5 stored them.
        std::map<std::pair<qint64, QString>, std::map<int, QString>> stored;
        ASSERT_TRUE(query.exec(
            QStringLiteral("SELECT doc, col, offset, term FROM temp.oracle_%1").arg(table)));
        while (query.next()) {
            stored[{query.value(0).toLongLong(), query.value(1).toString()}]
                  [query.value(2).toInt()] = query.value(3).toString();
        }
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TABLE temp.oracle_%1").arg(table)));
        ASSERT_FALSE(stored.empty()) << locale.toStdString();

        ASSERT_TRUE(
            query.exec(QStringLiteral("SELECT rowid, title, keywords, body FROM %1").arg(table)));
        int passages = 0;
        while (query.next()) {
            ++passages;
            const QStringList columns{QStringLiteral("title"), QStringLiteral("keywords"),
                                      QStringLiteral("body")};
            for (int c = 0; c < 3; ++c) {
                QStringList expected;
                const auto found = stored.find({query.value(0).toLongLong(), columns.at(c)});
                if (found != stored.end()) {
                    for (const auto &[offset, term] : found->second) {
                        ASSERT_EQ(offset, expected.size());
                        expected.append(term);
                    }
                }
                EXPECT_EQ(indexTokens(query.value(c + 1).toString()), expected)
                    << locale.toStdString() << " row " << query.value(0).toLongLong() << " "
                    << columns.at(c).toStdString();
            }
        }
        EXPECT_GT(passages, 300) << locale.toStdString();
    }
}

TEST_F(TermIndexTest, MatchesAndBm25AgreeWithFts5) {
    for (const QString &locale : std::as_const(m_locales)) {
        const QString table = searchTableName(locale);
        TermIndex terms;
        QString error;
        ASSERT_TRUE(terms.load(m_db, locale, error)) << error.toStdString();
        GroupScorer scorer(terms);
        QSqlQuery scores(m_db);
        scores.prepare(
            QStringLiteral("SELECT rowid, -bm25(%1, %2, %3, %4, 0.0, 0.0) FROM %1 WHERE %1 MATCH ?")
                .arg(table)
                .arg(kTitleWeight)
                .arg(kKeywordsWeight)
                .arg(kBodyWeight));
        QSqlQuery count(m_db);
        count.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?").arg(table));

        const QStringList texts = queries(locale);
        ASSERT_GE(texts.size(), 50) << locale.toStdString();
        int compared = 0;
        for (const QString &text : texts) {
            const QList<QueryGroup> groups = groupsOf(text, locale);
            for (const QueryGroup &group : groups) {
                const QString expression = matchExpression({group}, Join::Any);
                const std::string where = locale.toStdString() + ": " + text.toStdString() +
                                          " -> " + expression.toStdString();
                scores.addBindValue(expression);
                ASSERT_TRUE(scores.exec()) << where << scores.lastError().text().toStdString();
                QHash<qint64, double> expected;
                while (scores.next()) {
                    expected.insert(scores.value(0).toLongLong(), scores.value(1).toDouble());
                }
                const std::vector<GroupScorer::Match> matches = scorer.score(group);
                EXPECT_EQ(qsizetype(matches.size()), expected.size()) << where;
                for (const GroupScorer::Match &match : matches) {
                    const qint64 rowid = terms.rowid(match.passage);
                    ASSERT_TRUE(expected.contains(rowid)) << where << " row " << rowid;
                    EXPECT_NEAR(match.bm25, expected.value(rowid),
                                1e-9 * std::max(1.0, std::abs(match.bm25)))
                        << where << " row " << rowid;
                }
                // In the title and text only, as widening counts.
                QueryGroup shown = group;
                shown.columns = group.columns & kShownColumns;
                if (shown.columns != 0) {
                    count.addBindValue(matchExpression({shown}, Join::Any));
                    ASSERT_TRUE(count.exec() && count.next()) << where;
                    EXPECT_EQ(scorer.count(group, kShownColumns), count.value(0).toLongLong())
                        << where;
                }
                count.finish();
                ++compared;
            }
        }
        EXPECT_GT(compared, 200) << locale.toStdString();
    }
}

TEST_F(TermIndexTest, PassagesAndLengthsAreFts5s) {
    const QString table = searchTableName(QStringLiteral("en"));
    TermIndex terms;
    QString error;
    ASSERT_TRUE(terms.load(m_db, QStringLiteral("en"), error)) << error.toStdString();
    QSqlQuery rows(m_db);
    ASSERT_TRUE(rows.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && rows.next());
    EXPECT_EQ(qint64(terms.passageCount()), rows.value(0).toLongLong());
    EXPECT_GT(terms.termCount(), 500);
    for (quint32 passage = 0; passage < terms.passageCount(); ++passage) {
        EXPECT_EQ(terms.passage(terms.rowid(passage)), passage);
    }
    EXPECT_FALSE(terms.passage(-1).has_value());
    EXPECT_GT(terms.averageLength(), 10.0);
}

TEST_F(TermIndexTest, AMissingLanguageIsNamed) {
    TermIndex terms;
    QString error;
    EXPECT_FALSE(terms.load(m_db, QStringLiteral("xx"), error));
    EXPECT_TRUE(error.contains(QStringLiteral("'xx'"))) << error.toStdString();
    EXPECT_EQ(terms.passageCount(), 0U);
}

} // namespace
} // namespace cg::search
