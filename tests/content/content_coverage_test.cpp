// SPDX-License-Identifier: GPL-3.0-or-later
// The English content covers what the content guide asks for, in the amounts issue #3 sets,
// and every topic, item and red flag rests on at least one source.
#include "content/content_database.h"
#include "content/content_repository.h"
#include "test_support.h"

#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

namespace cg {
namespace {

class EnglishContent : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_db.open(test::contentDatabasePath())) << m_db.errorMessage().toStdString();
    }
    qsizetype topicCount(Page section) const {
        return ContentRepository(m_db).topics(section, kSourceLocale).size();
    }
    qsizetype itemCount(Page section, const QStringList &kinds) const {
        qsizetype count = 0;
        for (const QString &kind : kinds) {
            count += ContentRepository(m_db).items(section, kSourceLocale, kind).size();
        }
        return count;
    }
    ContentDatabase m_db;
};

TEST_F(EnglishContent, OverviewHasFiveTopicsAndTheFiveTypes) {
    EXPECT_GE(topicCount(Page::Overview), 5);
    const QList<Item> types =
        ContentRepository(m_db).items(Page::Overview, kSourceLocale, QStringLiteral("type"));
    EXPECT_EQ(types.size(), 5);
    for (const Item &type : types) {
        EXPECT_FALSE(type.bloodCalcium.isEmpty()) << type.id.toStdString();
    }
    EXPECT_GE(itemCount(Page::Overview, {QStringLiteral("body-site")}), 5);
}

TEST_F(EnglishContent, CausesHaveFourTopicsAndTwelveGroupedItems) {
    EXPECT_GE(topicCount(Page::Causes), 4);
    EXPECT_GE(itemCount(Page::Causes, {QStringLiteral("cause"), QStringLiteral("risk-factor")}),
              12);
    EXPECT_GE(ContentRepository(m_db).categories(Page::Causes, kSourceLocale).size(), 3);
}

TEST_F(EnglishContent, DiagnosisHasSymptomsAndTestsByKind) {
    EXPECT_GE(topicCount(Page::Diagnosis), 4);
    EXPECT_GE(itemCount(Page::Diagnosis, {QStringLiteral("symptom")}), 8);
    const QList<Item> tests =
        ContentRepository(m_db).items(Page::Diagnosis, kSourceLocale, QStringLiteral("test"));
    EXPECT_GE(tests.size(), 14);
    QSet<QString> kinds;
    for (const Item &test : tests) {
        kinds.insert(test.category);
        EXPECT_FALSE(test.shows.isEmpty()) << test.id.toStdString();
        EXPECT_FALSE(test.expect.isEmpty()) << test.id.toStdString();
    }
    EXPECT_EQ(kinds, QSet<QString>({QStringLiteral("exam"), QStringLiteral("blood-tests"),
                                    QStringLiteral("imaging"), QStringLiteral("biopsy")}));
}

TEST_F(EnglishContent, TreatmentsCarryKindEvidenceAndNote) {
    EXPECT_GE(topicCount(Page::Treatment), 5);
    const QList<Item> treatments = ContentRepository(m_db).items(
        QStringLiteral("treatment"), kSourceLocale, QStringLiteral("treatment"));
    EXPECT_GE(treatments.size(), 18);
    bool warfarinAdvisedAgainst = false;
    for (const Item &treatment : treatments) {
        EXPECT_FALSE(treatment.treatmentKind.isEmpty()) << treatment.id.toStdString();
        EXPECT_FALSE(treatment.evidence.isEmpty()) << treatment.id.toStdString();
        EXPECT_FALSE(treatment.evidenceNote.isEmpty()) << treatment.id.toStdString();
        if (treatment.name.contains(QStringLiteral("arfarin"))) {
            warfarinAdvisedAgainst = treatment.evidence == QStringLiteral("not-recommended");
        }
    }
    EXPECT_TRUE(warfarinAdvisedAgainst) << "the 2020 review advises against low-dose warfarin";
}

TEST_F(EnglishContent, LivingHasSixTopicsSelfCareAndTenQuestions) {
    EXPECT_GE(topicCount(Page::Living), 6);
    EXPECT_GE(itemCount(Page::Living, {QStringLiteral("self-care")}), 5);
    EXPECT_GE(itemCount(Page::Living, {QStringLiteral("question")}), 10);
}

TEST_F(EnglishContent, GlossaryHasThirtyFiveTermsWithLaySynonyms) {
    const QList<GlossaryTerm> terms = ContentRepository(m_db).glossary(kSourceLocale);
    EXPECT_GE(terms.size(), 35);
    qsizetype withSynonyms = 0;
    for (const GlossaryTerm &term : terms) {
        withSynonyms += term.synonyms.isEmpty() ? 0 : 1;
    }
    EXPECT_GE(withSynonyms, terms.size() / 2);
}

TEST_F(EnglishContent, EveryTopicAndItemIsCitedAndEverySourceUsed) {
    const ContentRepository repository(m_db);
    QSet<QString> cited;
    for (const Topic &topic : repository.topics(QString(), kSourceLocale)) {
        EXPECT_FALSE(topic.sources.isEmpty()) << topic.id.toStdString();
        cited.unite(QSet<QString>(topic.sources.begin(), topic.sources.end()));
    }
    for (const Item &item : repository.items(QString(), kSourceLocale)) {
        EXPECT_FALSE(item.sources.isEmpty()) << item.id.toStdString();
        cited.unite(QSet<QString>(item.sources.begin(), item.sources.end()));
    }
    for (const CareCard &card : repository.careCards(kSourceLocale)) {
        for (const RedFlag &flag : card.signs) {
            EXPECT_FALSE(flag.sources.isEmpty()) << flag.id.toStdString();
            cited.unite(QSet<QString>(flag.sources.begin(), flag.sources.end()));
        }
    }
    for (const Source &source : repository.sources()) {
        EXPECT_TRUE(cited.contains(source.id)) << source.id.toStdString();
    }
    // The published references the content guide names are all among the sources.
    for (const char *id : {"dm-guide", "healthdor", "rx-dystrophic", "myositis-dc", "cc-overview",
                           "traineau-2020", "balin-2012", "tansley-2014", "carra-2018"}) {
        EXPECT_TRUE(cited.contains(QLatin1String(id))) << id;
    }
}

TEST_F(EnglishContent, EveryTopicOpensWithAShortSummary) {
    for (const Topic &topic : ContentRepository(m_db).topics(QString(), kSourceLocale)) {
        const qsizetype sentences =
            topic.summary.count(QRegularExpression(QStringLiteral("[.!?](\\s|$)")));
        EXPECT_GE(sentences, 1) << topic.id.toStdString();
        EXPECT_LE(sentences, 3) << topic.id.toStdString();
    }
}

TEST_F(EnglishContent, RedFlagsAndDisclaimerArePresent) {
    const ContentRepository repository(m_db);
    const QList<CareCard> cards = repository.careCards(kSourceLocale);
    ASSERT_EQ(cards.size(), 3);
    QString all;
    for (const CareCard &card : cards) {
        all += card.heading + card.advice;
        for (const RedFlag &flag : card.signs) {
            all += flag.text;
        }
    }
    for (const char *needle : {"breath", "swallow", "fever", "dialysis", "new lump"}) {
        EXPECT_TRUE(all.contains(QLatin1String(needle), Qt::CaseInsensitive)) << needle;
    }
    EXPECT_TRUE(repository.string(QStringLiteral("disclaimer"), kSourceLocale)
                    .text.contains(QStringLiteral("not a diagnosis")));
}

// Claims the content guide says to avoid must not be made.
TEST_F(EnglishContent, EverySectionHasCitedTopics) {
    const ContentRepository repository(m_db);
    const QList<Source> sources = repository.sources();
    QStringList sourceIds;
    for (const Source &source : sources) {
        sourceIds.append(source.id);
    }
    for (const QString &key : kSectionKeys) {
        const QList<Topic> topics = repository.topics(key, QStringLiteral("en"));
        ASSERT_FALSE(topics.isEmpty()) << key.toStdString();
        for (const Topic &topic : topics) {
            EXPECT_EQ(topic.section, key);
            EXPECT_FALSE(topic.bodyHtml.isEmpty()) << topic.id.toStdString();
            EXPECT_FALSE(topic.bodyHtml.contains(QStringLiteral("style=")))
                << topic.id.toStdString();
            ASSERT_FALSE(topic.sources.isEmpty()) << topic.id.toStdString();
            for (const QString &source : topic.sources) {
                EXPECT_TRUE(sourceIds.contains(source)) << source.toStdString();
            }
        }
    }
}

TEST_F(EnglishContent, MetadataAndCareCards) {
    const ContentRepository repository(m_db);
    const ContentMetadata meta = repository.metadata();
    EXPECT_FALSE(meta.contentVersion.isEmpty());
    // Every language has a written date and, with no sign-off recorded, every topic is a draft.
    for (const LocaleInfo &locale : repository.locales()) {
        EXPECT_TRUE(locale.writtenOn.isValid()) << locale.code.toStdString();
        const QHash<QString, ReviewRecord> reviews = repository.reviews(locale.code);
        EXPECT_FALSE(reviews.isEmpty());
        for (auto it = reviews.cbegin(); it != reviews.cend(); ++it) {
            EXPECT_FALSE(it->reviewed) << it.key().toStdString();
            EXPECT_EQ(it->writtenOn, locale.writtenOn);
        }
    }
    const QList<CareCard> cards = repository.careCards(QStringLiteral("en"));
    ASSERT_EQ(cards.size(), 3);
    EXPECT_EQ(cards.at(0).urgency, QStringLiteral("emergency"));
    EXPECT_EQ(cards.at(1).urgency, QStringLiteral("urgent"));
    EXPECT_EQ(cards.at(2).urgency, QStringLiteral("soon"));
    for (const CareCard &card : cards) {
        EXPECT_FALSE(card.signs.isEmpty());
    }
    EXPECT_FALSE(
        repository.string(QStringLiteral("disclaimer"), QStringLiteral("en")).text.isEmpty());
}

// The shipped side of the repository's mechanism tests (tests/core/repository_test.cpp runs
// those on the minimal fixture): the five sections in order, each with its title and summary in
// English, every glossary term defined, and English the source language, left to right.
TEST_F(EnglishContent, SectionsGlossaryAndSourceLanguageAreFilledIn) {
    const ContentRepository repository(m_db);
    QStringList keys;
    for (const Section &section : repository.sections(kSourceLocale)) {
        keys.append(section.key);
        EXPECT_FALSE(section.title.isEmpty()) << section.key.toStdString();
        EXPECT_FALSE(section.summary.isEmpty()) << section.key.toStdString();
        EXPECT_FALSE(section.fallback) << section.key.toStdString();
    }
    EXPECT_EQ(keys, kSectionKeys);
    const QList<GlossaryTerm> terms = repository.glossary(kSourceLocale);
    ASSERT_FALSE(terms.isEmpty());
    for (const GlossaryTerm &term : terms) {
        EXPECT_FALSE(term.term.isEmpty()) << term.id.toStdString();
        EXPECT_FALSE(term.definition.isEmpty()) << term.id.toStdString();
    }
    const auto english = repository.locale(kSourceLocale);
    ASSERT_TRUE(english.has_value());
    EXPECT_EQ(english->status, QStringLiteral("source"));
    EXPECT_EQ(english->direction, Qt::LeftToRight);
}

TEST_F(EnglishContent, AvoidsTheDoubtfulClaims) {
    const ContentRepository repository(m_db);
    QString all;
    for (const Topic &topic : repository.topics(QString(), kSourceLocale)) {
        all += topic.summary + QLatin1Char('\n') + topic.bodyText + QLatin1Char('\n');
    }
    for (const Item &item : repository.items(QString(), kSourceLocale)) {
        all += item.name + QLatin1Char(' ') + item.summary + QLatin1Char(' ') + item.detailText +
               QLatin1Char('\n');
    }
    EXPECT_FALSE(all.contains(QStringLiteral("take calcium supplements"), Qt::CaseInsensitive));
    EXPECT_FALSE(all.contains(QStringLiteral("drain it yourself"), Qt::CaseInsensitive));
    EXPECT_FALSE(all.contains(QStringLiteral("70% of children"), Qt::CaseInsensitive));
}

} // namespace
} // namespace cg
