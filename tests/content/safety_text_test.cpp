// SPDX-License-Identifier: GPL-3.0-or-later
// The safety text a clinic relies on is present in every language of the shipped content: the
// "do not stop it" caveat beside every warfarin passage and on the "not recommended" label,
// urgent help for thoughts of self-harm, sepsis escalated to emergency help, and the review
// and translation status that every view and handout prints; and the wording an accuracy audit
// pinned down (sepsis signs, pregnancy, how common, lupus X-rays, surgery, disease-first for DM).
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

// How each language says what the accuracy and safety audit pinned down. Like the table above,
// written from the shipped translations and changed with them.
struct AuditPhrases {
    QString code;
    QList<QRegularExpression> sepsisSigns; // unwell, confused, sleepy, fever with shivering
    QRegularExpression hidesSigns;         // immune-calming medicines can hide the signs
    QRegularExpression fewSigns;           // very ill with a mild fever or none
    QRegularExpression sideEffects;        // ask about side effects
    QRegularExpression pregnant;           // pregnant, or could become pregnant
    QRegularExpression breastfeed;         // breastfeeding
    QRegularExpression commonFigure;       // "1 in 4 to 2 in 5" (JDM and limited SSc)
    QRegularExpression xRaysOnly;          // most of this calcium is seen only on X-rays
    QRegularExpression lumpsUncommon;      // skin lumps are uncommon in lupus
    QRegularExpression oftenComeBack;      // lumps often come back after surgery
    QRegularExpression oneClinic;          // the surgery figure comes from one clinic
    QRegularExpression dm;                 // how the language names dermatomyositis
    QRegularExpression notShown;           // the link is not shown in SSc and lupus
    QRegularExpression raynaud;
    QRegularExpression gout;
};

QList<AuditPhrases> auditPhrases() {
    const auto re = [](const char *pattern) {
        return QRegularExpression(QString::fromUtf8(pattern),
                                  QRegularExpression::CaseInsensitiveOption |
                                      QRegularExpression::UseUnicodePropertiesOption);
    };
    return {
        {QStringLiteral("en"),
         {re("very unwell"), re("confused"), re("very sleepy"), re("fever with shivering")},
         re("calm the immune system.{0,40} can hide the signs"),
         re("mild fever or none"),
         re("side effects"),
         re("pregnant"),
         re("breastfeed"),
         re("1 in\\s+4 to 2\\s+in 5"),
         re("most of this calcium is found only on x-rays"),
         re("lumps .{0,40}in the skin are uncommon in lupus"),
         re("often (come|grow) back"),
         re("one (large )?clinic"),
         re("\\bDM\\b"),
         re("has not been shown"),
         re("raynaud"),
         re("\\bgout\\b")},
        {QStringLiteral("es"),
         {re("muy mal"), re("confusión"), re("mucho sueño"), re("fiebre con escalofríos")},
         re("calman el sistema inmunitario.{0,40} pueden ocultar las señales"),
         re("poco de fiebre o sin fiebre"),
         re("efectos secundarios"),
         re("embarazada"),
         re("da el pecho"),
         re("1 de cada 4 y 2 de cada 5"),
         re("la mayor parte de este calcio solo se ve en las radiografías"),
         re("poco frecuente tener bultos en la piel"),
         re("a menudo|suelen volver"),
         re("una (sola )?clínica"),
         re("\\bDM\\b"),
         re("no se ha demostrado"),
         re("raynaud"),
         re("\\bgota\\b")},
        {QStringLiteral("fr"),
         {re("très mal"), re("idées confuses"), re("très sommeil"), re("fièvre avec des frissons")},
         re("calment le système immunitaire.{0,40} peuvent cacher les signes"),
         re("peu de fièvre, ou sans fièvre"),
         re("effets indésirables"),
         re("enceinte"),
         re("allaitez"),
         re("1 personne sur 4 à 2 personnes sur 5"),
         re("la plus grande partie de ce calcium se voit seulement sur les radiographies"),
         re("boules .{0,50}dans la peau sont peu fréquentes dans le lupus"),
         re("(reviennent|repoussent) souvent"),
         re("d.un (seul |grand )?centre|un grand centre"),
         re("\\bDM\\b"),
         re("n.a pas été démontré"),
         re("raynaud"),
         re("\\bgoutte\\b")},
        {QStringLiteral("de"),
         {re("sehr krank"), re("verwirrt"), re("sehr schläfrig"), re("Fieber mit Schüttelfrost")},
         re("Immunsystem beruhigen.{0,40} können (\\S+ ){0,4}Zeichen einer (schweren )?Infektion "
            "verdecken"),
         re("leichtes oder gar kein Fieber"),
         re("Nebenwirkungen"),
         re("schwanger"),
         re("stillen"),
         re("1 von 4 bis 2 von\\s+5"),
         re("den größten Teil dieses Kalziums sieht man nur auf dem Röntgenbild"),
         re("Knoten in der Haut.{0,40} sind bei Lupus selten"),
         re("oft wieder"),
         re("einer (großen |einzigen )?Klinik"),
         re("\\bDM\\b"),
         re("nicht nachgewiesen"),
         re("raynaud"),
         re("Gicht")},
        {QStringLiteral("ar"),
         {re("بتوعك شديد"), re("مرتبكا"), re("شديد النعاس"), re("حمى مع قشعريرة")},
         re("تهدئ جهاز المناعة.{0,40} قد تخفي علامات"),
         re("حمى خفيفة فقط أو بلا حمى"),
         re("الآثار الجانبية"),
         re("حمل"),
         re("رضاعة"),
         re("1 من كل 4 إلى 2 من كل 5"),
         re("معظم هذا الكالسيوم لا يظهر إلا في صور الأشعة السينية"),
         re("الكتل .{0,40}في الجلد فهي غير شائعة في الذئبة"),
         re("كثيرا ما تعود|تعود كثيرا"),
         re("عياد(ة|ات)"),
         re("التهاب الجلد\\s+والعضلات"),
         re("لم تثبت"),
         re("رينو"),
         re("النقرس")},
        {QStringLiteral("zh"),
         {re("非常难受"), re("神志不清"), re("特别犯困"), re("发烧并打寒战")},
         re("让免疫系统平静下来的药物.{0,10}可能会掩盖.{0,4}感染的迹象"),
         re("只是有点低烧，甚至不发烧"),
         re("副作用"),
         re("怀孕"),
         re("哺乳"),
         re("每4个人中有1个，到每5个人中有2个"),
         re("这些钙大多只能在X光片上看到"),
         re("皮肤里能看到或摸到的硬块并不常见"),
         re("常常会再长出来"),
         re("一家(大型)?医院"),
         re("皮肌炎"),
         re("还没有研究证明"),
         re("雷诺"),
         re("痛风")},
    };
}

TEST_F(SafetyText, EveryLanguageOfTheContentHasItsAuditPhrasesHere) {
    QStringList covered;
    for (const AuditPhrases &phrases : auditPhrases()) {
        covered.append(phrases.code);
    }
    for (const LocaleInfo &locale : ContentRepository(m_db).locales()) {
        EXPECT_TRUE(covered.contains(locale.code))
            << "add the audit phrases of '" << locale.code.toStdString() << "' to this test";
    }
}

TEST_F(SafetyText, EmergencyCardAndWoundCareNameTheSepsisSignsAndHiddenInfection) {
    const ContentRepository repository(m_db);
    for (const AuditPhrases &phrases : auditPhrases()) {
        SCOPED_TRACE(phrases.code.toStdString());
        const QList<CareCard> cards = repository.careCards(phrases.code);
        ASSERT_FALSE(cards.isEmpty());
        ASSERT_EQ(cards.first().urgency, QStringLiteral("emergency"));
        EXPECT_FALSE(cards.first().fallback);
        EXPECT_TRUE(phrases.hidesSigns.match(cards.first().advice).hasMatch())
            << cards.first().advice.toStdString();
        QString sepsis;
        for (const RedFlag &flag : cards.first().signs) {
            if (flag.id == QStringLiteral("rf-sepsis")) {
                EXPECT_FALSE(flag.fallback);
                sepsis = flag.text;
            }
        }
        ASSERT_FALSE(sepsis.isEmpty());
        const auto wound =
            repository.topic(QStringLiteral("wound-and-supportive-care"), phrases.code);
        ASSERT_TRUE(wound.has_value());
        const QString woundText = plain(wound->bodyHtml);
        for (const QRegularExpression &sign : phrases.sepsisSigns) {
            EXPECT_TRUE(sign.match(sepsis).hasMatch())
                << "card: " << sign.pattern().toStdString() << " in " << sepsis.toStdString();
            EXPECT_TRUE(sign.match(woundText).hasMatch())
                << "wound care: " << sign.pattern().toStdString();
        }
        EXPECT_TRUE(phrases.hidesSigns.match(woundText).hasMatch());
        EXPECT_TRUE(phrases.fewSigns.match(woundText).hasMatch());
    }
}

TEST_F(SafetyText, MedicinesTopicAndKeyPointsAskAboutSideEffectsAndPregnancy) {
    const ContentRepository repository(m_db);
    for (const AuditPhrases &phrases : auditPhrases()) {
        SCOPED_TRACE(phrases.code.toStdString());
        for (const QString &id :
             {QStringLiteral("medicines-for-calcinosis"), QStringLiteral("key-points")}) {
            SCOPED_TRACE(id.toStdString());
            const auto topic = repository.topic(id, phrases.code);
            ASSERT_TRUE(topic.has_value());
            EXPECT_FALSE(topic->fallback);
            const QString text = plain(topic->bodyHtml);
            EXPECT_TRUE(phrases.sideEffects.match(text).hasMatch());
            EXPECT_TRUE(phrases.pregnant.match(text).hasMatch());
            EXPECT_TRUE(phrases.breastfeed.match(text).hasMatch());
        }
    }
}

TEST_F(SafetyText, HowCommonLupusXRaysAndSurgeryAreWordedAsTheSourcesSay) {
    const ContentRepository repository(m_db);
    for (const AuditPhrases &phrases : auditPhrases()) {
        SCOPED_TRACE(phrases.code.toStdString());
        // Common in JDM and limited SSc alike, roughly 1 in 4 to 2 in 5.
        const auto who = repository.topic(QStringLiteral("who-gets-it"), phrases.code);
        ASSERT_TRUE(who.has_value());
        EXPECT_FALSE(who->fallback);
        EXPECT_TRUE(phrases.commonFigure.match(who->summary).hasMatch())
            << who->summary.toStdString();
        // Lupus: most of the calcium is seen only on X-rays; skin lumps are uncommon.
        const QString whoText = plain(who->bodyHtml);
        EXPECT_TRUE(phrases.xRaysOnly.match(whoText).hasMatch()) << whoText.toStdString();
        EXPECT_TRUE(phrases.lumpsUncommon.match(whoText).hasMatch());
        // Lumps often come back after surgery; the figure is one clinic's.
        const auto surgery =
            repository.topic(QStringLiteral("surgery-and-procedures"), phrases.code);
        ASSERT_TRUE(surgery.has_value());
        const QString surgeryText = plain(surgery->bodyHtml);
        EXPECT_TRUE(phrases.oftenComeBack.match(surgery->summary).hasMatch());
        EXPECT_TRUE(phrases.oftenComeBack.match(surgeryText).hasMatch());
        EXPECT_TRUE(phrases.oneClinic.match(surgeryText).hasMatch());
        bool surgeryItem = false;
        for (const Item &item : repository.items(QStringLiteral("treatment"), phrases.code)) {
            if (item.id == QStringLiteral("tx-surgery")) {
                surgeryItem = true;
                EXPECT_TRUE(phrases.oftenComeBack.match(item.evidenceNote).hasMatch())
                    << item.evidenceNote.toStdString();
                EXPECT_TRUE(phrases.oneClinic.match(item.evidenceNote).hasMatch());
            }
        }
        EXPECT_TRUE(surgeryItem);
        bool goAway = false;
        for (const Item &item : repository.items(QStringLiteral("overview"), phrases.code)) {
            if (item.id == QStringLiteral("fact-go-away")) {
                goAway = true;
                EXPECT_TRUE(phrases.oftenComeBack.match(item.summary).hasMatch());
            }
        }
        EXPECT_TRUE(goAway);
        const auto keyPoints = repository.topic(QStringLiteral("key-points"), phrases.code);
        ASSERT_TRUE(keyPoints.has_value());
        EXPECT_TRUE(phrases.oftenComeBack.match(plain(keyPoints->bodyHtml)).hasMatch());
    }
}

TEST_F(SafetyText, DiseaseControlIsSaidToPreventLumpsInDermatomyositisOnly) {
    const ContentRepository repository(m_db);
    for (const AuditPhrases &phrases : auditPhrases()) {
        SCOPED_TRACE(phrases.code.toStdString());
        const auto first = repository.topic(QStringLiteral("treat-disease-first"), phrases.code);
        ASSERT_TRUE(first.has_value());
        EXPECT_TRUE(phrases.dm.match(first->summary).hasMatch());
        EXPECT_TRUE(phrases.notShown.match(first->summary).hasMatch())
            << first->summary.toStdString();
        const auto overTime = repository.topic(QStringLiteral("over-time"), phrases.code);
        ASSERT_TRUE(overTime.has_value());
        EXPECT_FALSE(overTime->fallback);
        EXPECT_TRUE(phrases.dm.match(overTime->summary).hasMatch())
            << overTime->summary.toStdString();
        // The part on lumps coming back after surgery says which disease to keep under control.
        const auto surgery =
            repository.topic(QStringLiteral("surgery-and-procedures"), phrases.code);
        ASSERT_TRUE(surgery.has_value());
        int comeBackBlocks = 0;
        for (const QString &block : headingBlocks(surgery->bodyHtml)) {
            const QString text = plain(block);
            if (phrases.oftenComeBack.match(text).hasMatch() &&
                !phrases.oneClinic.match(text).hasMatch()) {
                ++comeBackBlocks;
                EXPECT_TRUE(phrases.dm.match(text).hasMatch()) << text.toStdString();
            }
        }
        EXPECT_GE(comeBackBlocks, 1);
        bool question = false;
        for (const Item &item : repository.items(QStringLiteral("living"), phrases.code)) {
            if (item.id == QStringLiteral("q-disease-control")) {
                question = true;
                EXPECT_TRUE(phrases.dm.match(item.summary).hasMatch());
            }
        }
        EXPECT_TRUE(question);
    }
}

TEST_F(SafetyText, GermanCardsSayInfectedNeverInflamed) {
    const ContentRepository repository(m_db);
    static const QRegularExpression infected(QStringLiteral("infiziert|Infektion"));
    static const QRegularExpression inflamed(QStringLiteral("entzünd"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QList<CareCard> cards = repository.careCards(QStringLiteral("de"));
    ASSERT_EQ(cards.size(), 3);
    QString all;
    for (const CareCard &card : cards) {
        EXPECT_FALSE(card.fallback);
        all += card.heading + QLatin1Char(' ') + card.advice + QLatin1Char(' ');
        for (const RedFlag &flag : card.signs) {
            EXPECT_FALSE(flag.fallback) << flag.id.toStdString();
            all += flag.text + QLatin1Char(' ');
            if (flag.id == QStringLiteral("rf-sepsis") ||
                flag.id == QStringLiteral("rf-fever-with-sore")) {
                EXPECT_TRUE(infected.match(flag.text).hasMatch()) << flag.text.toStdString();
            }
        }
    }
    EXPECT_TRUE(infected.match(cards.first().advice).hasMatch());
    EXPECT_FALSE(inflamed.match(all).hasMatch()) << all.toStdString();
}

TEST_F(SafetyText, RedFlagSignsCiteTheirSourcesAndTheGuidesOwnAdvice) {
    const ContentRepository repository(m_db);
    const QStringList muscleSigns = {QStringLiteral("rf-breathing"), QStringLiteral("rf-choking"),
                                     QStringLiteral("rf-sudden-weakness"),
                                     QStringLiteral("rf-new-swallowing")};
    for (const LocaleInfo &locale : repository.locales()) {
        SCOPED_TRACE(locale.code.toStdString());
        QStringList seen;
        for (const CareCard &card : repository.careCards(locale.code)) {
            for (const RedFlag &flag : card.signs) {
                SCOPED_TRACE(flag.id.toStdString());
                seen.append(flag.id);
                // How fast to act is the guide's own advice, on every emergency and urgent sign.
                if (card.urgency != QStringLiteral("soon")) {
                    EXPECT_TRUE(flag.sources.contains(QStringLiteral("guide-advice")));
                }
                if (muscleSigns.contains(flag.id)) {
                    EXPECT_TRUE(flag.sources.contains(QStringLiteral("msd-iim")));
                }
                if (flag.id == QStringLiteral("rf-infection") ||
                    flag.id == QStringLiteral("rf-sepsis")) {
                    EXPECT_TRUE(flag.sources.contains(QStringLiteral("harvard-sepsis")));
                }
            }
        }
        for (const QString &id : muscleSigns) {
            EXPECT_TRUE(seen.contains(id)) << id.toStdString();
        }
        EXPECT_TRUE(seen.contains(QStringLiteral("rf-infection")));
    }
}

TEST_F(SafetyText, EveryLanguageHasTheSclerosisFingersTopicAndGoutInLookAlikes) {
    const ContentRepository repository(m_db);
    for (const AuditPhrases &phrases : auditPhrases()) {
        SCOPED_TRACE(phrases.code.toStdString());
        const auto hands =
            repository.topic(QStringLiteral("systemic-sclerosis-hands"), phrases.code);
        ASSERT_TRUE(hands.has_value());
        EXPECT_FALSE(hands->fallback);
        EXPECT_TRUE(phrases.raynaud.match(plain(hands->bodyHtml)).hasMatch());
        EXPECT_TRUE(hands->terms.contains(QStringLiteral("raynauds")));
        const auto lookAlikes = repository.topic(QStringLiteral("look-alikes"), phrases.code);
        ASSERT_TRUE(lookAlikes.has_value());
        EXPECT_FALSE(lookAlikes->fallback);
        EXPECT_TRUE(phrases.gout.match(plain(lookAlikes->bodyHtml)).hasMatch());
        EXPECT_TRUE(lookAlikes->terms.contains(QStringLiteral("gout-tophi")));
        EXPECT_TRUE(lookAlikes->sources.contains(QStringLiteral("tophi-health-library")));
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
