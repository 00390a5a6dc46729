// SPDX-License-Identifier: GPL-3.0-or-later
// Whatever a reader types becomes plain words, and the FTS5 expression built from them is
// always valid: hostile input, random input and pathological lengths.
#include "fts_expression.h"
#include "search/group_scorer.h"
#include "search/query_plan.h"
#include "search/query_sanitizer.h"
#include "search/search_index_layout.h"
#include "search/term_index.h"
#include "search_index_writer.h"
#include "test_support.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

namespace cg::search {
namespace {

QStringList words(const QString &text) {
    return sanitizeQuery(text).folded();
}

TEST(Sanitizer, EmptyAndBlankInputHasNoWords) {
    EXPECT_TRUE(sanitizeQuery(QString()).isEmpty());
    EXPECT_TRUE(sanitizeQuery(QStringLiteral("")).isEmpty());
    EXPECT_TRUE(sanitizeQuery(QStringLiteral(" \t\n\r  ")).isEmpty());
    EXPECT_TRUE(sanitizeQuery(QStringLiteral("\u00A0\u3000")).isEmpty());
}

TEST(Sanitizer, QuerySyntaxBecomesPlainWords) {
    EXPECT_EQ(
        words(QStringLiteral("calcium AND lumps")),
        (QStringList{QStringLiteral("calcium"), QStringLiteral("and"), QStringLiteral("lumps")}));
    EXPECT_EQ(words(QStringLiteral("NOT OR NEAR")),
              (QStringList{QStringLiteral("not"), QStringLiteral("or"), QStringLiteral("near")}));
    EXPECT_EQ(words(QStringLiteral("\"unbalanced")), QStringList{QStringLiteral("unbalanced")});
    EXPECT_EQ(words(QStringLiteral("(calcium")), QStringList{QStringLiteral("calcium")});
    EXPECT_EQ(words(QStringLiteral("-calcium*")), QStringList{QStringLiteral("calcium")});
    EXPECT_EQ(words(QStringLiteral("title:calcium")),
              (QStringList{QStringLiteral("title"), QStringLiteral("calcium")}));
    EXPECT_EQ(words(QStringLiteral("^lump + {body} NEAR(a b, 2)")),
              (QStringList{QStringLiteral("lump"), QStringLiteral("body"), QStringLiteral("near"),
                           QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("2")}));
    EXPECT_EQ(words(QStringLiteral("covid-19")),
              (QStringList{QStringLiteral("covid"), QStringLiteral("19")}));
    EXPECT_EQ(
        words(QStringLiteral("'; DROP TABLE meta; --")),
        (QStringList{QStringLiteral("drop"), QStringLiteral("table"), QStringLiteral("meta")}));
}

TEST(Sanitizer, EmojiAndSymbolsAreSeparators) {
    EXPECT_TRUE(sanitizeQuery(QStringLiteral("\U0001F600\U0001F389 \u2764\uFE0F")).isEmpty());
    EXPECT_EQ(words(QStringLiteral("lump\U0001F622pain")),
              (QStringList{QStringLiteral("lump"), QStringLiteral("pain")}));
}

TEST(Sanitizer, ScriptsAreKeptAndFolded) {
    EXPECT_EQ(words(QString::fromUtf8("Calcium كالسيوم 钙质")),
              (QStringList{QStringLiteral("calcium"), QString::fromUtf8("كالسيوم"),
                           QString::fromUtf8("钙质")}));
    EXPECT_EQ(words(QString::fromUtf8("التَّكَلُّس")), words(QString::fromUtf8("التكلس")));
}

TEST(Sanitizer, OriginalWordsKeepWhatWasTyped) {
    const SanitizedQuery query = sanitizeQuery(QStringLiteral("Cafe\u0301 (Crème)"));
    ASSERT_EQ(query.words.size(), 2);
    EXPECT_EQ(query.words.at(0).folded, QStringLiteral("cafe"));
    EXPECT_EQ(query.words.at(0).original, QStringLiteral("Cafe\u0301"));
    EXPECT_EQ(query.words.at(1).original, QStringLiteral("Crème"));
}

TEST(Sanitizer, TheLastWordIsOpenWhileTyped) {
    EXPECT_TRUE(sanitizeQuery(QStringLiteral("calc")).lastWordOpen);
    EXPECT_FALSE(sanitizeQuery(QStringLiteral("calc ")).lastWordOpen);
    EXPECT_FALSE(sanitizeQuery(QStringLiteral("calc?")).lastWordOpen);
}

TEST(Sanitizer, LongInputIsBounded) {
    const SanitizedQuery one = sanitizeQuery(QString(10000, QLatin1Char('a')));
    ASSERT_EQ(one.words.size(), 1);
    EXPECT_EQ(one.words.constFirst().folded.size(), kMaxWordLength);

    QString many;
    for (int i = 0; i < 5000; ++i) {
        many += QStringLiteral("w%1 ").arg(i);
    }
    EXPECT_EQ(sanitizeQuery(many).words.size(), kMaxWords);

    // The cut never leaves half a surrogate pair behind.
    const QString emoji =
        QString(kMaxQueryLength - 1, QLatin1Char('x')) + QStringLiteral("\U0001F600\u4E00");
    for (const QueryWord &word : sanitizeQuery(emoji).words) {
        EXPECT_FALSE(word.original.back().isHighSurrogate());
    }
}

TEST(Sanitizer, QuotesInWordsAreDoubledInExpressions) {
    EXPECT_EQ(ftsString(QStringLiteral("a\"b"), true), QStringLiteral("\"a\"\"b\"*"));
    EXPECT_EQ(ftsString(QStringLiteral("calcium lumps"), false),
              QStringLiteral("\"calcium lumps\""));
}

// Random text of every kind, sanitised, planned and matched against real FTS5 tables of both
// index kinds: SQLite must accept every expression (the tests' oracle), and the engine's
// in-memory index must find exactly the passages FTS5 finds for each group.
class SanitizerProperty : public ::testing::Test {
protected:
    void SetUp() override {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sanitizer"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        ASSERT_TRUE(m_db.open());
        for (const QString &locale : {QStringLiteral("en"), QStringLiteral("zh")}) {
            QSqlQuery create(m_db);
            ASSERT_TRUE(create.exec(createSearchTableSql(locale)))
                << create.lastError().text().toStdString();
            QSqlQuery insert(m_db);
            insert.prepare(QStringLiteral("INSERT INTO %1 (title, keywords, body, kind, id) "
                                          "VALUES (?, 'a', ?, 'topic', 'x')")
                               .arg(searchTableName(locale)));
            insert.addBindValue(QStringLiteral("calcium lumps"));
            insert.addBindValue(
                indexText(QString::fromUtf8("钙质沉着 and near not"), indexKindFor(locale)).text);
            ASSERT_TRUE(insert.exec());
            // The index the engine reads, stored from the FTS5 table as the compiler stores it.
            if (locale == QStringLiteral("en")) {
                ASSERT_TRUE(create.exec(createTermsTableSql()));
                ASSERT_TRUE(create.exec(createPassagesTableSql()));
            }
            ASSERT_NO_THROW(compiler::writeStoredIndex(m_db, locale));
            QString error;
            ASSERT_TRUE(m_terms[locale].load(m_db, locale, error)) << error.toStdString();
        }
    }
    void TearDown() override {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("sanitizer"));
    }

    void expectValid(const QString &text) {
        for (const QString &locale : {QStringLiteral("en"), QStringLiteral("zh")}) {
            const QueryPlan plan =
                planQuery(sanitizeQuery(text), Thesaurus(), {}, indexKindFor(locale));
            for (const Join join : {Join::All, Join::Any}) {
                const QString expression = matchExpression(plan.groups, join);
                if (expression.isEmpty()) {
                    continue;
                }
                QSqlQuery query(m_db);
                query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?")
                                  .arg(searchTableName(locale)));
                query.addBindValue(expression);
                EXPECT_TRUE(query.exec())
                    << expression.toStdString() << ": " << query.lastError().text().toStdString();
            }
            GroupScorer scorer(m_terms[locale]);
            for (const QueryGroup &group : plan.groups) {
                QSqlQuery query(m_db);
                query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?")
                                  .arg(searchTableName(locale)));
                query.addBindValue(matchExpression({group}, Join::Any));
                ASSERT_TRUE(query.exec() && query.next());
                EXPECT_EQ(scorer.count(group, kIndexedColumns), query.value(0).toLongLong())
                    << text.toStdString();
                EXPECT_EQ(qsizetype(scorer.score(group).size()), query.value(0).toLongLong())
                    << text.toStdString();
            }
        }
    }

    QSqlDatabase m_db;
    QHash<QString, TermIndex> m_terms;
};

TEST_F(SanitizerProperty, HostileQueriesGiveValidExpressions) {
    const QStringList hostile = {
        QStringLiteral("\""),
        QStringLiteral("\"\""),
        QStringLiteral("*"),
        QStringLiteral("calcium*"),
        QStringLiteral("AND"),
        QStringLiteral("a AND"),
        QStringLiteral("OR OR OR"),
        QStringLiteral("NOT calcium"),
        QStringLiteral("NEAR(calcium lumps, 3)"),
        QStringLiteral("(((("),
        QStringLiteral("))"),
        QStringLiteral("-"),
        QStringLiteral("- - -"),
        QStringLiteral("title:lump"),
        QStringLiteral("{title body}: x"),
        QStringLiteral("^start"),
        QStringLiteral("col : \"a\" + \"b\""),
        QStringLiteral("\U0001F600"),
        QStringLiteral("\\"),
        QStringLiteral("%_"),
        QString::fromUtf8("钙 \"质\" AND 沉着*"),
        QString::fromUtf8("الكــالسيوم OR التَّكَلُّس"),
        QString(10000, QLatin1Char('"')),
        QString(10000, QLatin1Char('a')),
    };
    for (const QString &text : hostile) {
        expectValid(text);
    }
}

TEST_F(SanitizerProperty, RandomTextGivesValidExpressions) {
    // Characters chosen to hit every branch: syntax, spaces, Latin, accents, Arabic marks and
    // letters, Chinese, surrogates (paired and lone), private use, controls.
    const QString alphabet = QStringLiteral(
        "\"*()-:^+{}[]ANDORNTE andorntear  \t\n0123456789\u00E9\u0301\u0627\u0623\u064E\u0640"
        "\u0629\u4E00\u9499\u8D28\uE000\uE001\u200D\u0000\uFEFF");
    QRandomGenerator random(20261121);
    for (int round = 0; round < 2000; ++round) {
        QString text;
        const int length = random.bounded(1, 40);
        for (int i = 0; i < length; ++i) {
            if (random.bounded(20) == 0) {
                text += QStringLiteral("\U0001F600"); // a surrogate pair
            } else if (random.bounded(40) == 0) {
                text += QChar(char16_t(0xDC00)); // a lone low surrogate
            } else {
                text += alphabet.at(random.bounded(int(alphabet.size())));
            }
        }
        expectValid(text);
    }
}

} // namespace
} // namespace cg::search
