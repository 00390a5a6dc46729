// SPDX-License-Identifier: GPL-3.0-or-later
// The search engine over a small compiled fixture in English, Arabic and Chinese: what the
// index holds, folding at work end to end, Chinese bigrams, glossary widening, result fields,
// and that no input is an error.
#include "content/content_database.h"
#include "search/search_engine.h"
#include "search_fixture.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace cg::search {
namespace {

class FixtureSearch : public ::testing::Test {
protected:
    void SetUp() override {
        const QString path = test::compiledSearchFixture();
        ASSERT_FALSE(path.isEmpty());
        ASSERT_TRUE(m_database.open(path)) << m_database.errorMessage().toStdString();
        m_engine = std::make_unique<SearchEngine>(m_database.connection());
    }
    void TearDown() override { m_engine.reset(); }

    QStringList ids(const QString &query, const QString &locale, int limit = 10) {
        SearchOptions options;
        options.limit = limit;
        const SearchResults results = m_engine->search(query, locale, options);
        EXPECT_TRUE(m_engine->lastError().isEmpty()) << m_engine->lastError().toStdString();
        QStringList found;
        for (const SearchHit &hit : results.hits) {
            found.append(hit.id);
        }
        return found;
    }

    SearchHit first(const QString &query, const QString &locale) {
        const SearchResults results = m_engine->search(query, locale);
        EXPECT_FALSE(results.hits.isEmpty()) << query.toStdString();
        return results.hits.value(0);
    }

    ContentDatabase m_database;
    std::unique_ptr<SearchEngine> m_engine;
};

TEST_F(FixtureSearch, EveryLocaleHasAnIndexAndTheDatabaseStaysReadOnly) {
    EXPECT_TRUE(m_engine->isAvailable());
    EXPECT_EQ(m_engine->locales(),
              (QStringList{QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("zh")}));
    // The content database is opened read-only and search works on it.
    QSqlQuery write(m_database.connection());
    EXPECT_FALSE(write.exec(QStringLiteral("DELETE FROM search_entries")));
    EXPECT_FALSE(ids(QStringLiteral("calcium"), QStringLiteral("en")).isEmpty());
}

TEST_F(FixtureSearch, UntranslatedEntriesAreFoundInEnglish) {
    const SearchHit hit = first(QStringLiteral("school"), QStringLiteral("ar"));
    EXPECT_EQ(hit.id, QStringLiteral("school-and-work"));
    EXPECT_TRUE(hit.fallback);
    EXPECT_FALSE(first(QString::fromUtf8("التكلس"), QStringLiteral("ar")).fallback);
}

TEST_F(FixtureSearch, AccentsDoNotMatterInLatinScript) {
    EXPECT_EQ(first(QStringLiteral("creme"), QStringLiteral("en")).id,
              QStringLiteral("what-it-is"));
    EXPECT_EQ(first(QStringLiteral("CRÈME"), QStringLiteral("en")).id,
              QStringLiteral("what-it-is"));
}

TEST_F(FixtureSearch, ArabicIgnoresHarakatTatweelVariantsAndArticle) {
    const QString ar = QStringLiteral("ar");
    // The title is written with harakat.
    EXPECT_EQ(first(QString::fromUtf8("التكلس الجلدي"), ar).id, QStringLiteral("what-it-is"));
    // With harakat and tatweel in the query instead.
    EXPECT_TRUE(ids(QString::fromUtf8("التَّكَلُّـــس"), ar).contains(QStringLiteral("what-it-is")));
    // "الكـــالسيوم" (article, tatweel) in the text, bare "كالسيوم" typed.
    EXPECT_TRUE(ids(QString::fromUtf8("كالسيوم"), ar).contains(QStringLiteral("what-it-is")));
    EXPECT_TRUE(ids(QString::fromUtf8("كالسيوم"), ar).contains(QStringLiteral("medicines")));
    // Alef with hamza and teh marbuta in the text ("أدوية"), typed plain.
    EXPECT_EQ(first(QString::fromUtf8("ادويه"), ar).id, QStringLiteral("medicines"));
    // Alef with hamza below in the text ("إزالة"), typed plain.
    EXPECT_EQ(first(QString::fromUtf8("ازالة"), ar).id, QStringLiteral("tx-surgery"));
    // Alef maqsura in the title ("يختفى"), typed with yeh.
    EXPECT_EQ(first(QString::fromUtf8("يختفي"), ar).id, QStringLiteral("fact-go-away"));
}

TEST_F(FixtureSearch, ArabicSnippetsShowTheTextAsWritten) {
    const SearchResults results =
        m_engine->search(QString::fromUtf8("كالسيوم"), QStringLiteral("ar"));
    bool shown = false;
    for (const SearchHit &hit : results.hits) {
        if (hit.id == QStringLiteral("what-it-is")) {
            EXPECT_TRUE(hit.snippetHtml.contains(QString::fromUtf8("<b>الكـــالسيوم</b>")))
                << hit.snippetHtml.toStdString();
            shown = true;
        }
    }
    EXPECT_TRUE(shown);
    const SearchHit title = first(QString::fromUtf8("التكلس"), QStringLiteral("ar"));
    EXPECT_TRUE(title.titleHtml.contains(QString::fromUtf8("<b>التَّكَلُّسُ</b>")))
        << title.titleHtml.toStdString();
}

TEST_F(FixtureSearch, ChineseFindsOneTwoAndMoreCharacters) {
    const QString zh = QStringLiteral("zh");
    EXPECT_EQ(first(QString::fromUtf8("钙质沉着"), zh).id, QStringLiteral("what-it-is"));
    // One character: a prefix of the bigrams it starts.
    const QStringList one = ids(QString::fromUtf8("钙"), zh);
    EXPECT_TRUE(one.contains(QStringLiteral("what-it-is")));
    EXPECT_TRUE(one.contains(QStringLiteral("medicines"))); // 钙块
    // Two characters at the end of a run ("消失吗" in the title, "消失。" in the text).
    EXPECT_EQ(first(QString::fromUtf8("消失"), zh).id, QStringLiteral("fact-go-away"));
    // A question without spaces shares pieces with the passage that answers it.
    EXPECT_EQ(first(QString::fromUtf8("硬块会不会消失呢"), zh).id, QStringLiteral("fact-go-away"));
    // A character only in the middle of a word.
    EXPECT_TRUE(ids(QString::fromUtf8("尔"), zh).contains(QStringLiteral("medicines"))); // 地尔硫卓
    // Latin words in untranslated entries.
    EXPECT_EQ(first(QStringLiteral("school"), zh).id, QStringLiteral("school-and-work"));
}

TEST_F(FixtureSearch, ChineseSnippetsMarkTheCharactersFound) {
    const SearchHit hit = first(QString::fromUtf8("华法林"), QStringLiteral("zh"));
    EXPECT_TRUE(
        QStringList({QStringLiteral("warfarin"), QStringLiteral("medicines")}).contains(hit.id));
    const SearchResults results =
        m_engine->search(QString::fromUtf8("华法林"), QStringLiteral("zh"));
    bool marked = false;
    for (const SearchHit &result : results.hits) {
        marked = marked || result.snippetHtml.contains(QString::fromUtf8("<b>华法林</b>")) ||
                 result.titleHtml.contains(QString::fromUtf8("<b>华法林</b>"));
    }
    EXPECT_TRUE(marked);
}

TEST_F(FixtureSearch, LayWordsFindTheirTopics) {
    EXPECT_TRUE(ids(QStringLiteral("chalky bumps"), QStringLiteral("en"), 3)
                    .contains(QStringLiteral("what-it-is")));
    EXPECT_TRUE(ids(QStringLiteral("hard spots under the skin"), QStringLiteral("en"), 3)
                    .contains(QStringLiteral("what-it-is")));
    EXPECT_TRUE(ids(QStringLiteral("blood thinner"), QStringLiteral("en"), 3)
                    .contains(QStringLiteral("medicines")));
    EXPECT_TRUE(ids(QString::fromUtf8("مميع الدم"), QStringLiteral("ar"), 3)
                    .contains(QStringLiteral("medicines")));
    EXPECT_TRUE(ids(QString::fromUtf8("抗凝血药"), QStringLiteral("zh"), 3)
                    .contains(QStringLiteral("medicines")));
    const SearchResults widened =
        m_engine->search(QStringLiteral("blood thinner"), QStringLiteral("en"));
    EXPECT_TRUE(widened.highlightTerms.contains(QStringLiteral("Warfarin")));
}

TEST_F(FixtureSearch, ResultsSayWhereToOpenThem) {
    const SearchResults results =
        m_engine->search(QStringLiteral("warfarin"), QStringLiteral("en"));
    bool term = false;
    for (const SearchHit &hit : results.hits) {
        if (hit.kind == ResultKind::Term) {
            EXPECT_EQ(hit.id, QStringLiteral("warfarin"));
            EXPECT_EQ(hit.sectionKey, QStringLiteral("glossary"));
            EXPECT_TRUE(hit.sectionTitle.isEmpty());
            term = true;
        }
        if (hit.id == QStringLiteral("medicines")) {
            EXPECT_EQ(hit.kind, ResultKind::Topic);
            EXPECT_EQ(hit.sectionKey, QStringLiteral("treatment"));
            EXPECT_EQ(hit.sectionTitle, QStringLiteral("Treatment"));
            EXPECT_EQ(hit.title, QStringLiteral("Medicines for calcium lumps"));
            EXPECT_TRUE(hit.snippetHtml.contains(QStringLiteral("<b>Warfarin</b>")));
        }
    }
    EXPECT_TRUE(term);
    const SearchHit sign = first(QStringLiteral("breathe"), QStringLiteral("en"));
    EXPECT_EQ(sign.kind, ResultKind::RedFlag);
    EXPECT_EQ(sign.id, QStringLiteral("rf-a"));
    EXPECT_EQ(sign.sectionKey, QStringLiteral("red-flags"));
    EXPECT_EQ(sign.title, QStringLiteral("You cannot breathe")); // "you cannot breathe"
    EXPECT_EQ(kindName(sign.kind), QStringLiteral("red-flag"));
    EXPECT_EQ(kindFromName(QStringLiteral("red-flag")), ResultKind::RedFlag);
}

TEST_F(FixtureSearch, EachEntryOnceAndTheLimitHolds) {
    const QStringList all = ids(QStringLiteral("lumps calcium skin"), QStringLiteral("en"), 50);
    EXPECT_EQ(all.size(), QSet<QString>(all.begin(), all.end()).size());
    EXPECT_EQ(ids(QStringLiteral("lumps calcium skin"), QStringLiteral("en"), 2).size(), 2);
    EXPECT_TRUE(ids(QStringLiteral("calcium"), QStringLiteral("en"), 0).isEmpty());
}

TEST_F(FixtureSearch, NoInputIsAnError) {
    const QStringList hostile = {QString(),
                                 QStringLiteral("   "),
                                 QStringLiteral("\""),
                                 QStringLiteral("AND OR NOT"),
                                 QStringLiteral("NEAR(a b)"),
                                 QStringLiteral("(((("),
                                 QStringLiteral("-x*"),
                                 QStringLiteral("body:lump"),
                                 QStringLiteral("^a"),
                                 QStringLiteral("\U0001F600"),
                                 QString(10000, QLatin1Char('x')),
                                 QString(10000, QLatin1Char(' ')),
                                 QString::fromUtf8("\"钙\" OR 质*"),
                                 QString::fromUtf8("التَّكَلُّس: AND")};
    for (const QString &locale : m_engine->locales()) {
        for (const QString &text : hostile) {
            m_engine->search(text, locale);
            EXPECT_TRUE(m_engine->lastError().isEmpty())
                << locale.toStdString() << ": " << m_engine->lastError().toStdString();
        }
    }
    EXPECT_TRUE(ids(QStringLiteral("zzzzqqq"), QStringLiteral("en")).isEmpty());
}

TEST_F(FixtureSearch, AnUnknownLanguageIsReportedNotSearched) {
    EXPECT_TRUE(m_engine->search(QStringLiteral("calcium"), QStringLiteral("xx")).hits.isEmpty());
    EXPECT_FALSE(m_engine->lastError().isEmpty());
    EXPECT_FALSE(m_engine->hasLocale(QStringLiteral("de")));
}

// Damage that passes no check at open (the file changed after it was opened, say): a term whose
// stored positions cannot be read fails the search with an error naming the language, and a
// language whose passages cannot be read is not searched at all.
TEST(FixtureSearchDamage, AStoredIndexThatCannotBeReadIsAnError) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    ASSERT_TRUE(test::writableCopy(test::compiledSearchFixture(), path));
    const QString name = QStringLiteral("fixture-damage");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE search_terms SET positions = x'ffff' "
                                              "WHERE locale = 'en' AND term = 'calcium'")));
        ASSERT_EQ(query.numRowsAffected(), 1);
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE search_passages SET lengths = x'01' "
                                              "WHERE locale = 'zh'")));
        ASSERT_EQ(query.numRowsAffected(), 1);
        {
            SearchEngine engine(db);
            EXPECT_FALSE(
                engine.search(QStringLiteral("school"), QStringLiteral("en")).hits.isEmpty());
            EXPECT_TRUE(engine.lastError().isEmpty()) << engine.lastError().toStdString();
            EXPECT_TRUE(
                engine.search(QStringLiteral("calcium"), QStringLiteral("en")).hits.isEmpty());
            EXPECT_TRUE(engine.lastError().contains(QStringLiteral("'en'")))
                << engine.lastError().toStdString();
            EXPECT_TRUE(
                engine.search(QStringLiteral("calcium"), QStringLiteral("zh")).hits.isEmpty());
            EXPECT_TRUE(engine.lastError().contains(QStringLiteral("'zh'")))
                << engine.lastError().toStdString();
            // Arabic is whole.
            EXPECT_FALSE(
                engine.search(QStringLiteral("school"), QStringLiteral("ar")).hits.isEmpty());
            EXPECT_TRUE(engine.lastError().isEmpty()) << engine.lastError().toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// An index of the first layout (read from FTS5 at the first search) is not read: the engine
// says it has no index, which the command line and the window name as such.
TEST(FixtureSearchDamage, AnIndexOfAnotherVersionIsNotSearched) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    ASSERT_TRUE(test::writableCopy(test::compiledSearchFixture(), path));
    const QString name = QStringLiteral("fixture-old");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE meta SET value = '1' WHERE key = "
                                              "'search_index_version'")));
        {
            SearchEngine engine(db);
            EXPECT_FALSE(engine.isAvailable());
            EXPECT_TRUE(engine.locales().isEmpty());
            EXPECT_TRUE(
                engine.search(QStringLiteral("calcium"), QStringLiteral("en")).hits.isEmpty());
            EXPECT_FALSE(engine.lastError().isEmpty());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace
} // namespace cg::search
