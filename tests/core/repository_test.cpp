// SPDX-License-Identifier: GPL-3.0-or-later
// The repository's reading of a compiled database (sections in order, lookups, the visible
// fallback to English, the glossary, the locale list), on the minimal fixture compiled
// in-process. What the shipped content holds is checked in tests/content.
#include "compiled_fixture.h"
#include "content/content_database.h"
#include "content/content_repository.h"

#include <gtest/gtest.h>

namespace cg {
namespace {

class Repository : public ::testing::Test {
protected:
    void SetUp() override {
        const QString path = test::compiledFixture(QStringLiteral("minimal-content"));
        ASSERT_FALSE(path.isEmpty());
        ASSERT_TRUE(m_db.open(path)) << m_db.errorMessage().toStdString();
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
