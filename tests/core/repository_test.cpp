// SPDX-License-Identifier: GPL-3.0-or-later
// The repository over the real compiled content database.
#include "content/content_database.h"
#include "content/content_repository.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace cg {
namespace {

class Repository : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_db.open(test::contentDatabasePath())) << m_db.errorMessage().toStdString();
    }
    ContentDatabase m_db;
};

TEST_F(Repository, HasTheFiveSectionsInOrder) {
    const QList<Section> sections = ContentRepository(m_db).sections(QStringLiteral("en"));
    QStringList keys;
    for (const Section &section : sections) {
        keys.append(section.key);
        EXPECT_FALSE(section.title.isEmpty());
        EXPECT_FALSE(section.summary.isEmpty());
        EXPECT_FALSE(section.fallback);
    }
    EXPECT_EQ(keys, kSectionKeys);
}

TEST_F(Repository, EverySectionHasCitedTopics) {
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

TEST_F(Repository, TopicLookupById) {
    const ContentRepository repository(m_db);
    const QList<Topic> topics = repository.topics(Page::Treatment, QStringLiteral("en"));
    ASSERT_FALSE(topics.isEmpty());
    const auto topic = repository.topic(topics.first().id, QStringLiteral("en"));
    ASSERT_TRUE(topic.has_value());
    EXPECT_EQ(topic->title, topics.first().title);
    EXPECT_FALSE(
        repository.topic(QStringLiteral("no-such-topic"), QStringLiteral("en")).has_value());
}

TEST_F(Repository, UnknownLocaleFallsBackVisiblyToEnglish) {
    const ContentRepository repository(m_db);
    const QList<Topic> english = repository.topics(Page::Overview, QStringLiteral("en"));
    const QList<Topic> other = repository.topics(Page::Overview, QStringLiteral("xx"));
    ASSERT_EQ(english.size(), other.size());
    for (qsizetype i = 0; i < other.size(); ++i) {
        EXPECT_EQ(other.at(i).title, english.at(i).title);
        EXPECT_TRUE(other.at(i).fallback);
    }
    EXPECT_TRUE(repository.string(QStringLiteral("disclaimer"), QStringLiteral("xx")).fallback);
}

TEST_F(Repository, MetadataAndCareCards) {
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

TEST_F(Repository, GlossaryIsPopulated) {
    const QList<GlossaryTerm> terms = ContentRepository(m_db).glossary(QStringLiteral("en"));
    ASSERT_FALSE(terms.isEmpty());
    for (const GlossaryTerm &term : terms) {
        EXPECT_FALSE(term.term.isEmpty());
        EXPECT_FALSE(term.definition.isEmpty());
    }
}

TEST_F(Repository, EnglishIsAListedLocale) {
    const auto english = ContentRepository(m_db).locale(QStringLiteral("en"));
    ASSERT_TRUE(english.has_value());
    EXPECT_EQ(english->status, QStringLiteral("source"));
    EXPECT_EQ(english->direction, Qt::LeftToRight);
}

} // namespace
} // namespace cg
