// SPDX-License-Identifier: GPL-3.0-or-later
// Readability: the formulas on texts whose scores are known by hand, the syllable rules, and
// the content guide's limits on the real English content.
#include "content/content_database.h"
#include "content/content_repository.h"
#include "test_support.h"
#include "text/readability.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace cg {
namespace {

TEST(Syllables, FollowTheDocumentedRules) {
    EXPECT_EQ(countSyllables(QStringLiteral("cat")), 1);
    EXPECT_EQ(countSyllables(QStringLiteral("lump")), 1);
    EXPECT_EQ(countSyllables(QStringLiteral("make")), 1);    // silent final e
    EXPECT_EQ(countSyllables(QStringLiteral("table")), 2);   // -le after a consonant
    EXPECT_EQ(countSyllables(QStringLiteral("the")), 1);     // never fewer than one
    EXPECT_EQ(countSyllables(QStringLiteral("calcium")), 2); // "iu" is one vowel group
    EXPECT_EQ(countSyllables(QStringLiteral("calcinosis")), 4);
    EXPECT_EQ(countSyllables(QStringLiteral("Dermatomyositis")), 6);
    EXPECT_EQ(countSyllables(QStringLiteral("you")), 1);
    EXPECT_EQ(countSyllables(QStringLiteral("doctor's")), 2);
    EXPECT_EQ(countSyllables(QStringLiteral("42")), 0);
}

TEST(Readability, OneShortSentence) {
    // 6 words, 6 syllables, 1 sentence.
    const ReadabilityScore score = measureReadability(QStringLiteral("The cat sat on the mat."));
    EXPECT_EQ(score.words, 6);
    EXPECT_EQ(score.sentences, 1);
    EXPECT_EQ(score.syllables, 6);
    EXPECT_NEAR(score.gradeLevel, 0.39 * 6 + 11.8 * 1 - 15.59, 1e-9);     // -1.45
    EXPECT_NEAR(score.readingEase, 206.835 - 1.015 * 6 - 84.6 * 1, 1e-9); // 116.145
}

TEST(Readability, LongWordsRaiseTheGrade) {
    // 2 sentences, 10 words; syllables: calcinosis 4 + is 1 + rare 1 = 6; doctors 2 + can 1 +
    // treat 1 + many 2 + painful 2 + deposits 3 + today 2 = 13; total 19.
    const ReadabilityScore score = measureReadability(
        QStringLiteral("Calcinosis is rare. Doctors can treat many painful deposits today."));
    EXPECT_EQ(score.words, 10);
    EXPECT_EQ(score.sentences, 2);
    EXPECT_EQ(score.syllables, 19);
    EXPECT_NEAR(score.gradeLevel, 0.39 * 5 + 11.8 * 1.9 - 15.59, 1e-9); // 8.78
}

TEST(Readability, ListItemsAndHeadingsEndSentences) {
    const ReadabilityScore score =
        measureReadability(QStringLiteral("What to do\nKeep warm\nDo not smoke.\n\n"));
    EXPECT_EQ(score.sentences, 3);
    EXPECT_EQ(score.words, 8);
}

TEST(Readability, NumbersAreNotWords) {
    const ReadabilityScore score = measureReadability(QStringLiteral("About 13% of 100 people."));
    EXPECT_EQ(score.words, 3);
}

TEST(Readability, EmptyTextScoresZero) {
    const ReadabilityScore score = measureReadability(QString());
    EXPECT_EQ(score.words, 0);
    EXPECT_EQ(score.gradeLevel, 0.0);
}

// The content guide's limits on every English topic: grade 8.0 at most, median 6.5 at most.
TEST(ContentReadability, EnglishTopicsMeetThePlainLanguageLimits) {
    ContentDatabase db;
    ASSERT_TRUE(db.open(test::contentDatabasePath())) << db.errorMessage().toStdString();
    const QList<Topic> topics = ContentRepository(db).topics(QString(), QStringLiteral("en"));
    ASSERT_FALSE(topics.isEmpty());
    QList<double> grades;
    for (const Topic &topic : topics) {
        const ReadabilityScore score =
            measureReadability(topic.summary + QLatin1Char('\n') + topic.bodyText);
        EXPECT_LE(score.gradeLevel, 8.0) << topic.id.toStdString();
        grades.append(score.gradeLevel);
    }
    std::sort(grades.begin(), grades.end());
    const qsizetype n = grades.size();
    const double median =
        n % 2 == 1 ? grades.at(n / 2) : (grades.at(n / 2 - 1) + grades.at(n / 2)) / 2;
    EXPECT_LE(median, 6.5);
}

} // namespace
} // namespace cg
