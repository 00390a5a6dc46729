// SPDX-License-Identifier: GPL-3.0-or-later
// Typing mistakes: the edit distance, which words may be corrected and to what, and the engine
// over the real content ("diltiazam" finds diltiazem; common words are left alone).
#include "content/content_database.h"
#include "search/search_engine.h"
#include "search/spelling.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace cg::search {
namespace {

TEST(Spelling, CountsEditsUpToALimit) {
    EXPECT_EQ(editDistance(u"diltiazem", u"diltiazem", 2), 0);
    EXPECT_EQ(editDistance(u"diltiazam", u"diltiazem", 2), 1);  // substitution
    EXPECT_EQ(editDistance(u"dilitazem", u"diltiazem", 2), 1);  // neighbours swapped
    EXPECT_EQ(editDistance(u"diltazem", u"diltiazem", 2), 1);   // one left out
    EXPECT_EQ(editDistance(u"diltiazemm", u"diltiazem", 2), 1); // one too many
    EXPECT_EQ(editDistance(u"dltiazm", u"diltiazem", 2), 2);
    EXPECT_EQ(editDistance(u"warfarin", u"diltiazem", 2), 3); // over the limit: limit + 1
}

TEST(Spelling, CorrectsOnlyLongerWordsToOneClearCandidate) {
    const QSet<QString> words = {QStringLiteral("diltiazem"),  QStringLiteral("warfarin"),
                                 QStringLiteral("calcinosis"), QStringLiteral("child"),
                                 QStringLiteral("lupus"),      QStringLiteral("lumps")};
    EXPECT_EQ(closestWord(QStringLiteral("diltiazam"), words), QStringLiteral("diltiazem"));
    EXPECT_EQ(closestWord(QStringLiteral("calsinosis"), words), QStringLiteral("calcinosis"));
    EXPECT_EQ(closestWord(QStringLiteral("warfrin"), words), QStringLiteral("warfarin"));
    // Short words are never corrected: too many real words are one slip apart.
    EXPECT_TRUE(closestWord(QStringLiteral("chil"), words).isEmpty());
    EXPECT_TRUE(closestWord(QStringLiteral("away"), words).isEmpty());
    // A word already in the vocabulary, or two candidates at the same distance: left alone.
    EXPECT_TRUE(closestWord(QStringLiteral("child"), words).isEmpty());
    EXPECT_TRUE(closestWord(QStringLiteral("lumus"), words).isEmpty()); // lupus or lumps?
    // The first letter is kept: slips rarely fall there, and it keeps noise out.
    EXPECT_TRUE(closestWord(QStringLiteral("xiltiazem"), words).isEmpty());
}

class SpellingSearch : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_database.open(test::contentDatabasePath()))
            << m_database.errorMessage().toStdString();
        m_engine = std::make_unique<SearchEngine>(m_database.connection());
    }
    void TearDown() override { m_engine.reset(); }

    bool leadsWith(const QString &query, const QString &word) {
        const SearchResults results = m_engine->search(query, QStringLiteral("en"));
        for (qsizetype i = 0; i < qMin<qsizetype>(3, results.hits.size()); ++i) {
            const SearchHit &hit = results.hits.at(i);
            if (hit.title.contains(word, Qt::CaseInsensitive) ||
                hit.id.contains(word, Qt::CaseInsensitive)) {
                return true;
            }
        }
        return false;
    }

    ContentDatabase m_database;
    std::unique_ptr<SearchEngine> m_engine;
};

TEST_F(SpellingSearch, SlipsInGlossaryTermsAndMedicinesStillFindThem) {
    EXPECT_TRUE(m_engine->search(QStringLiteral("diltiazem"), QStringLiteral("en")).hits.size() >
                0);
    for (const QString &slip :
         {QStringLiteral("diltiazam"), QStringLiteral("dilitazem"), QStringLiteral("diltiazm")}) {
        EXPECT_TRUE(leadsWith(slip, QStringLiteral("diltiazem"))) << slip.toStdString();
        // The page then highlights the real word.
        EXPECT_TRUE(m_engine->search(slip, QStringLiteral("en"))
                        .highlightTerms.contains(QStringLiteral("diltiazem")))
            << slip.toStdString();
    }
    EXPECT_TRUE(leadsWith(QStringLiteral("calsinosis"), QStringLiteral("calcinosis")));
}

TEST_F(SpellingSearch, CommonWordsAreLeftAsTheyAre) {
    for (const QString &query : {QStringLiteral("go"), QStringLiteral("away"),
                                 QStringLiteral("child"), QStringLiteral("go away child")}) {
        const SearchResults results = m_engine->search(query, QStringLiteral("en"));
        for (const QString &term : results.highlightTerms) {
            EXPECT_TRUE(query.contains(term, Qt::CaseInsensitive))
                << query.toStdString() << " became " << term.toStdString();
        }
    }
}

} // namespace
} // namespace cg::search
