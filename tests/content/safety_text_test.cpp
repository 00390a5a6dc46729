// SPDX-License-Identifier: GPL-3.0-or-later
// The safety text a clinic relies on is present in every language of the shipped content: the
// "do not stop it" caveat beside every warfarin passage and on the "not recommended" label,
// urgent help for thoughts of self-harm, sepsis escalated to emergency help, and the review
// and translation status that every view and handout prints.
#include "content/content_database.h"
#include "content/content_repository.h"
#include "test_support.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

namespace cg {
namespace {

// How each language says the two things checked here. Written from the shipped translations:
// if a translator rewords a caveat, this table changes with it, in the same review.
struct LanguagePhrases {
    QString code;
    QRegularExpression doNotStop;       // "do not stop it"
    QRegularExpression emergencyNumber; // "your local emergency number"
};

QList<LanguagePhrases> languagePhrases() {
    const auto re = [](const char *pattern) {
        return QRegularExpression(QString::fromUtf8(pattern),
                                  QRegularExpression::CaseInsensitiveOption |
                                      QRegularExpression::UseUnicodePropertiesOption);
    };
    return {
        {QStringLiteral("en"), re("do not stop"), re("local emergency number")},
        {QStringLiteral("es"), re("no l[oa]s? deje"), re("número de emergencias")},
        {QStringLiteral("fr"), re("ne l\\S*\\s?arr[êe]tez pas"), re("numéro d.urgence")},
        {QStringLiteral("de"), re("setzen sie (\\S+ ){0,3}nicht ab"), re("notruf")},
        {QStringLiteral("ar"), re("لا توقف"), re("الطوارئ")},
        {QStringLiteral("zh"), re("不要(自己)?停"), re("急救电话")},
    };
}

// The text between one heading and the next: a caveat must sit in the same part of a topic as
// the passage it qualifies, not somewhere further down.
QStringList headingBlocks(const QString &html) {
    static const QRegularExpression heading(QStringLiteral("<h[1-6][ >]"));
    return html.split(heading);
}

QString plain(const QString &html) {
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.replace(tags, QStringLiteral(" "));
    return text.simplified();
}

class SafetyText : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_db.open(test::contentDatabasePath())) << m_db.errorMessage().toStdString();
    }
    ContentDatabase m_db;
};

TEST_F(SafetyText, EveryLanguageOfTheContentHasItsPhrasesHere) {
    QStringList covered;
    for (const LanguagePhrases &phrases : languagePhrases()) {
        covered.append(phrases.code);
    }
    for (const LocaleInfo &locale : ContentRepository(m_db).locales()) {
        EXPECT_TRUE(covered.contains(locale.code))
            << "add the safety phrases of '" << locale.code.toStdString() << "' to this test";
    }
}

TEST_F(SafetyText, EveryWarfarinPassageSaysNotToStopABloodThinner) {
    const ContentRepository repository(m_db);
    for (const LanguagePhrases &phrases : languagePhrases()) {
        SCOPED_TRACE(phrases.code.toStdString());
        QString warfarin;
        for (const GlossaryTerm &term : repository.glossary(phrases.code)) {
            if (term.id == QStringLiteral("warfarin")) {
                ASSERT_FALSE(term.fallback);
                warfarin = term.term;
                EXPECT_TRUE(phrases.doNotStop.match(term.definition).hasMatch())
                    << "glossary: " << term.definition.toStdString();
            }
        }
        ASSERT_FALSE(warfarin.isEmpty());
        const QRegularExpression mentions(QRegularExpression::escape(warfarin),
                                          QRegularExpression::CaseInsensitiveOption);
        int passages = 0;
        for (const QString &section : kSectionKeys) {
            for (const Topic &topic : repository.topics(section, phrases.code)) {
                for (const QString &block : headingBlocks(topic.bodyHtml)) {
                    const QString text = plain(block);
                    if (!mentions.match(text).hasMatch()) {
                        continue;
                    }
                    ++passages;
                    EXPECT_TRUE(phrases.doNotStop.match(text).hasMatch())
                        << topic.id.toStdString() << ": " << text.toStdString();
                }
            }
            for (const Item &item : repository.items(section, phrases.code)) {
                const QString text = item.name + QLatin1Char(' ') + item.summary +
                                     QLatin1Char(' ') + item.evidenceNote;
                if (!mentions.match(text).hasMatch()) {
                    continue;
                }
                ++passages;
                EXPECT_TRUE(phrases.doNotStop.match(text).hasMatch())
                    << item.id.toStdString() << ": " << text.toStdString();
            }
        }
        // The medicines topic, what-is-known, and the warfarin treatment card at least.
        EXPECT_GE(passages, 3);
        // Any medicine labelled "not recommended" carries the same caveat on its label.
        const LocalizedString note =
            repository.string(QStringLiteral("evidence.not-recommended.note"), phrases.code);
        EXPECT_FALSE(note.fallback);
        EXPECT_TRUE(phrases.doNotStop.match(note.text).hasMatch()) << note.text.toStdString();
    }
}

TEST_F(SafetyText, MoodTopicAndEmergencyCardSignpostUrgentHelpForSelfHarm) {
    const ContentRepository repository(m_db);
    for (const LanguagePhrases &phrases : languagePhrases()) {
        SCOPED_TRACE(phrases.code.toStdString());
        const auto feelings = repository.topic(QStringLiteral("feelings"), phrases.code);
        ASSERT_TRUE(feelings.has_value());
        EXPECT_FALSE(feelings->fallback);
        EXPECT_TRUE(phrases.emergencyNumber.match(plain(feelings->bodyHtml)).hasMatch());
        const QList<CareCard> cards = repository.careCards(phrases.code);
        ASSERT_FALSE(cards.isEmpty());
        ASSERT_EQ(cards.first().urgency, QStringLiteral("emergency"));
        QStringList signs;
        for (const RedFlag &flag : cards.first().signs) {
            EXPECT_FALSE(flag.fallback) << flag.id.toStdString();
            signs.append(flag.id);
        }
        EXPECT_TRUE(signs.contains(QStringLiteral("rf-self-harm")));
        EXPECT_TRUE(signs.contains(QStringLiteral("rf-sepsis")));
    }
}

TEST_F(SafetyText, WoundCareEscalatesSepsisToEmergencyHelp) {
    const ContentRepository repository(m_db);
    for (const LanguagePhrases &phrases : languagePhrases()) {
        SCOPED_TRACE(phrases.code.toStdString());
        const auto topic =
            repository.topic(QStringLiteral("wound-and-supportive-care"), phrases.code);
        ASSERT_TRUE(topic.has_value());
        EXPECT_FALSE(topic->fallback);
        EXPECT_TRUE(phrases.emergencyNumber.match(plain(topic->bodyHtml)).hasMatch());
        EXPECT_TRUE(topic->terms.contains(QStringLiteral("sepsis")));
        EXPECT_TRUE(topic->sources.contains(QStringLiteral("harvard-sepsis")));
    }
}

TEST_F(SafetyText, NoTopicIsClaimedReviewedWithoutARecord) {
    // The shipped content has no clinical sign-off yet: every topic in every language must say
    // it is a draft, with the date the language was written.
    const ContentRepository repository(m_db);
    for (const LocaleInfo &locale : repository.locales()) {
        ASSERT_TRUE(locale.writtenOn.isValid()) << locale.code.toStdString();
        const QHash<QString, ReviewRecord> reviews = repository.reviews(locale.code);
        for (auto it = reviews.cbegin(); it != reviews.cend(); ++it) {
            EXPECT_FALSE(it->reviewed)
                << locale.code.toStdString() << " " << it.key().toStdString();
        }
        EXPECT_FALSE(
            repository.string(QStringLiteral("labels.written_not_reviewed"), locale.code).fallback)
            << locale.code.toStdString();
        EXPECT_FALSE(repository.string(QStringLiteral("labels.reviewed_by"), locale.code).fallback)
            << locale.code.toStdString();
    }
}

} // namespace
} // namespace cg
