// SPDX-License-Identifier: GPL-3.0-or-later
// The speech script over the real compiled content database, in every language: what each page
// says, sentence by sentence.
#include "content/content_database.h"
#include "content/content_repository.h"
#include "speech/speech_script.h"
#include "test_support.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

namespace cg {
namespace {

using namespace Qt::StringLiterals;

const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
                                QStringLiteral("de"), QStringLiteral("ar"), QStringLiteral("zh")};
class SpeechScriptTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_db.open(test::contentDatabasePath())) << m_db.errorMessage().toStdString();
        m_repository = std::make_unique<ContentRepository>(m_db);
    }
    const ContentRepository &repository() const { return *m_repository; }

    ContentDatabase m_db;
    std::unique_ptr<ContentRepository> m_repository;
};

// A short form standing alone, or before a hyphen and a word ("DM-Medikamente").
bool containsBare(const QString &text, const QString &shortForm) {
    if (!text.contains(shortForm)) {
        return false;
    }
    const QRegularExpression bare(
        QStringLiteral("(?<![A-Za-z0-9\\-])%1(?![A-Za-z0-9])(?!-(?!\\p{L}))")
            .arg(QRegularExpression::escape(shortForm)));
    return bare.match(text).hasMatch();
}

// The text without brackets that only name a short form ("(DM)", "（简称 DM）"): those are not
// said at all.
QString withoutShortFormBrackets(QString text, const QString &shortForm) {
    const QRegularExpression bracket(
        QStringLiteral("[(\\x{FF08}][^()\\x{FF08}\\x{FF09}]{0,12}?%1\\s*[)\\x{FF09}]")
            .arg(QRegularExpression::escape(shortForm)));
    return text.remove(bracket);
}

TEST_F(SpeechScriptTest, NoPageSaysASymbolInAnyLanguage) {
    for (const QString &language : kLanguages) {
        const SpeechScript script(repository(), language);
        for (const Page page : kPages) {
            const QList<Utterance> utterances = script.page(page);
            ASSERT_FALSE(utterances.isEmpty())
                << pageKey(page).toStdString() << " " << language.toStdString();
            for (const Utterance &utterance : utterances) {
                EXPECT_FALSE(SpeechText::containsSymbol(utterance.spoken))
                    << language.toStdString() << " " << pageKey(page).toStdString() << ": "
                    << utterance.spoken.toStdString();
                EXPECT_FALSE(utterance.shown.isEmpty());
                EXPECT_EQ(utterance.spoken, utterance.spoken.simplified());
            }
        }
    }
}

TEST_F(SpeechScriptTest, EveryGlossaryAbbreviationIsSaidInFull) {
    for (const QString &language : kLanguages) {
        const SpeechScript script(repository(), language);
        const QList<Abbreviation> abbreviations =
            glossaryAbbreviations(repository().glossary(language), repository().glossary(u"en"_s));
        ASSERT_FALSE(abbreviations.isEmpty()) << language.toStdString();
        int expanded = 0;
        for (const Page page : kPages) {
            const QList<Utterance> utterances = script.page(page);
            for (const Utterance &utterance : utterances) {
                for (const Abbreviation &entry : abbreviations) {
                    EXPECT_FALSE(containsBare(utterance.spoken, entry.shortForm))
                        << language.toStdString() << ": '" << entry.shortForm.toStdString()
                        << "' left in: " << utterance.spoken.toStdString();
                    if (!containsBare(utterance.shown, entry.shortForm)) {
                        continue;
                    }
                    ++expanded;
                    // Outside a bracket that only names it, it is said as its long form.
                    if (containsBare(withoutShortFormBrackets(utterance.shown, entry.shortForm),
                                     entry.shortForm)) {
                        EXPECT_TRUE(utterance.spoken.contains(entry.longForm, Qt::CaseInsensitive))
                            << utterance.spoken.toStdString();
                    }
                }
            }
        }
        // DM and JDM appear in every language's text.
        EXPECT_GT(expanded, 5) << language.toStdString();
    }
}

TEST_F(SpeechScriptTest, DmAndJdmAreTheirTermNames) {
    const QList<Abbreviation> english = glossaryAbbreviations(repository().glossary(u"en"_s));
    QHash<QString, QString> byShort;
    for (const Abbreviation &entry : english) {
        byShort.insert(entry.shortForm, entry.longForm);
    }
    EXPECT_EQ(byShort.value(u"DM"_s), QStringLiteral("Dermatomyositis"));
    EXPECT_EQ(byShort.value(u"JDM"_s), QStringLiteral("Juvenile dermatomyositis"));
    EXPECT_EQ(byShort.value(u"ANA"_s), QStringLiteral("antinuclear antibodies"));
    // u"CREST syndrome"_s would only repeat the short form: it is left as written.
    EXPECT_FALSE(byShort.contains(u"CREST"_s));
    EXPECT_EQ(byShort.value(u"SSc"_s), QStringLiteral("Systemic sclerosis"));
}

QHash<QString, QString> abbreviationsOf(const ContentRepository &repository,
                                        const QString &language) {
    QHash<QString, QString> byShort;
    const QList<Abbreviation> list =
        glossaryAbbreviations(repository.glossary(language), repository.glossary(u"en"_s));
    for (const Abbreviation &entry : list) {
        byShort.insert(entry.shortForm, entry.longForm);
    }
    return byShort;
}

QList<Utterance> everyPage(const SpeechScript &script) {
    QList<Utterance> all;
    for (const Page page : kPages) {
        all += script.page(page);
    }
    return all;
}

TEST_F(SpeechScriptTest, ABracketNamingAShortFormIsNotSaidTwice) {
    for (const QString &language : kLanguages) {
        const SpeechScript script(repository(), language);
        const QList<Abbreviation> abbreviations =
            glossaryAbbreviations(repository().glossary(language), repository().glossary(u"en"_s));
        // "التهاب الجلد والعضلات (ويختصر التهاب الجلد والعضلات)", "皮肌炎（简称 皮肌炎）"
        QList<QRegularExpression> doubled;
        for (const Abbreviation &entry : abbreviations) {
            doubled.append(
                QRegularExpression(QStringLiteral("%1\\s*[(\\x{FF08}][^()\\x{FF08}\\x{FF09}]*%1")
                                       .arg(QRegularExpression::escape(entry.longForm)),
                                   QRegularExpression::CaseInsensitiveOption));
        }
        for (const Utterance &utterance : everyPage(script)) {
            for (const QRegularExpression &twice : std::as_const(doubled)) {
                EXPECT_FALSE(twice.match(utterance.spoken).hasMatch())
                    << language.toStdString() << ": " << utterance.spoken.toStdString();
            }
        }
    }
    // The sentences the audit heard.
    const SpeechScript arabic(repository(), u"ar"_s);
    const SpeechScript chinese(repository(), u"zh"_s);
    EXPECT_EQ(arabic.text().spoken(u"يأتي غالبا مع التهاب الجلد والعضلات (ويختصر DM). في"_s),
              QStringLiteral("يأتي غالبا مع التهاب الجلد والعضلات. في"));
    EXPECT_EQ(chinese.text().spoken(u"它常和皮肌炎（简称 DM）一起出现。"_s),
              QStringLiteral("它常和皮肌炎一起出现。"));
    EXPECT_EQ(chinese.text().spoken(u"比如超声、CT或磁共振（MRI），能显示更多细节。"_s),
              QStringLiteral("比如超声、 C T 或磁共振，能显示更多细节。").simplified());
}

TEST_F(SpeechScriptTest, AShortFormThatIsPartOfTheEnglishNameIsNotTheTerm) {
    // Arabic "حاصرات عامل نخر الورم (TNF)" is "TNF blockers": "a signal called TNF" must not
    // become "called TNF blockers".
    EXPECT_FALSE(abbreviationsOf(repository(), u"ar"_s).contains(u"TNF"_s));
    const SpeechScript arabic(repository(), u"ar"_s);
    int seen = 0;
    for (const Utterance &utterance : arabic.page(Page::Glossary)) {
        if (utterance.shown.contains(u"تسمى TNF"_s)) {
            EXPECT_TRUE(utterance.spoken.contains(u"تسمى TNF"_s)) << utterance.spoken.toStdString();
            ++seen;
        }
    }
    EXPECT_EQ(seen, 1);
    // The rule itself, on terms of its own.
    const QList<GlossaryTerm> terms = {
        {u"tnf"_s, u"حاصرات عامل نخر الورم (TNF)"_s, {}, {}, {}, {}, false}};
    const QList<GlossaryTerm> english = {{u"tnf"_s, u"TNF blockers"_s, {}, {}, {}, {}, false}};
    EXPECT_EQ(glossaryAbbreviations(terms).size(), 1);
    EXPECT_TRUE(glossaryAbbreviations(terms, english).isEmpty());
}

TEST_F(SpeechScriptTest, MixedCaseAndHyphenedShortFormsAreSaidInFull) {
    EXPECT_TRUE(isAbbreviation(u"IgIV"_s));
    EXPECT_TRUE(isAbbreviation(u"SSc"_s));
    EXPECT_TRUE(isAbbreviation(u"NXP2"_s));
    EXPECT_FALSE(isAbbreviation(u"MabThera"_s)); // a brand name, not a short form
    EXPECT_FALSE(isAbbreviation(u"Dm"_s));
    EXPECT_FALSE(isAbbreviation(u"dsDNA"_s));
    EXPECT_EQ(abbreviationsOf(repository(), u"fr"_s).value(u"IgIV"_s),
              QStringLiteral("immunoglobulines intraveineuses"));
    const SpeechScript french(repository(), u"fr"_s);
    int igiv = 0;
    for (const Utterance &utterance : french.page(Page::Treatment)) {
        if (utterance.shown.contains(u"IgIV"_s)) {
            EXPECT_FALSE(utterance.spoken.contains(u"IgIV"_s)) << utterance.spoken.toStdString();
            ++igiv;
        }
    }
    EXPECT_GT(igiv, 1);

    const SpeechScript german(repository(), u"de"_s);
    EXPECT_EQ(german.text().spoken(u"Nehmen Sie die DM-Medikamente."_s),
              QStringLiteral("Nehmen Sie die Dermatomyositis-Medikamente."));
    EXPECT_EQ(german.text().spoken(u"DM-1 und anti-DM bleiben."_s),
              QStringLiteral("DM-1 und anti-DM bleiben."));
    int medicines = 0;
    for (const Utterance &utterance : german.page(Page::Causes)) {
        if (utterance.shown.contains(u"DM-Medikamente"_s)) {
            EXPECT_TRUE(utterance.spoken.contains(u"Dermatomyositis-Medikamente"_s))
                << utterance.spoken.toStdString();
            ++medicines;
        }
    }
    EXPECT_GE(medicines, 2);
}

TEST_F(SpeechScriptTest, GermanJdmReadsRightAfterAPreposition) {
    // "bei JDM", "mit JDM", "der JDM": the expansion has no adjective to inflect.
    EXPECT_EQ(abbreviationsOf(repository(), u"de"_s).value(u"JDM"_s),
              QStringLiteral("Dermatomyositis im Kindesalter"));
    const SpeechScript german(repository(), u"de"_s);
    const QRegularExpression wrongCase(
        QStringLiteral("\\b(?:bei|mit|der|von|schwerer)\\s+Juvenile\\b"));
    int jdm = 0;
    for (const Utterance &utterance : everyPage(german)) {
        EXPECT_FALSE(wrongCase.match(utterance.spoken).hasMatch())
            << utterance.spoken.toStdString();
        jdm += utterance.spoken.contains(u"Dermatomyositis im Kindesalter"_s) ? 1 : 0;
    }
    EXPECT_GT(jdm, 5);
}

TEST_F(SpeechScriptTest, ChineseSpellsCodesLetterByLetter) {
    const SpeechScript chinese(repository(), u"zh"_s);
    const QRegularExpression code(
        QStringLiteral("(?<![A-Za-z0-9])(?=[0-9]*[A-Z])[A-Z0-9]{2,}(?![A-Za-z0-9])"));
    int spelt = 0;
    QList<Utterance> chineseText; // the sources' titles are English, said the English way
    for (const Page page : kPages) {
        if (page != Page::Sources) {
            chineseText += chinese.page(page);
        }
    }
    for (const Utterance &utterance : std::as_const(chineseText)) {
        QRegularExpressionMatchIterator it = code.globalMatch(utterance.spoken);
        while (it.hasNext()) {
            const QString word = it.next().captured(0);
            EXPECT_EQ(word, u"CREST"_s) << utterance.spoken.toStdString();
        }
        spelt += utterance.spoken.contains(u" D N A "_s) ? 1 : 0;
        spelt += utterance.spoken.contains(u"N X P 2"_s) ? 1 : 0;
    }
    EXPECT_GT(spelt, 3);
    EXPECT_EQ(chinese.text().spoken(u"抗双链DNA抗体"_s), QStringLiteral("抗双链 D N A 抗体"));
    EXPECT_EQ(chinese.text().spoken(u"抗NXP2抗体。"_s), QStringLiteral("抗 N X P 2 抗体。"));
    EXPECT_EQ(chinese.text().spoken(u"CREST 综合征，X光片，维生素D，25岁。"_s),
              QStringLiteral("CREST 综合征，X光片，维生素D，25岁。"));
    // Other languages keep their codes: their voices spell them.
    EXPECT_EQ(SpeechText(u"en"_s, {}).spoken(u"Anti-dsDNA and NXP2."_s),
              QStringLiteral("Anti-dsDNA and NXP2."));
}

TEST_F(SpeechScriptTest, NoSentenceIsOnlyANumber) {
    const QRegularExpression numberOnly(QStringLiteral("^\\d+[.)]$"));
    for (const QString &language : kLanguages) {
        const SpeechScript script(repository(), language);
        for (const Utterance &utterance : everyPage(script)) {
            EXPECT_FALSE(numberOnly.match(utterance.shown).hasMatch())
                << language.toStdString() << " " << utterance.anchor.toStdString();
        }
    }
    EXPECT_EQ(SpeechText(u"en"_s, {}).sentences(u"1. Dystrophic: after damage. Then more."_s),
              (QStringList{u"1. Dystrophic: after damage."_s, u"Then more."_s}));
}

TEST_F(SpeechScriptTest, SourceTitlesAreSaidByEnglishRules) {
    const QList<Utterance> english = SpeechScript(repository(), u"en"_s).page(Page::Sources);
    bool range = false;
    for (const Utterance &utterance : english) {
        range = range || utterance.spoken.contains(u"1996 to 2009"_s);
    }
    EXPECT_TRUE(range);
    for (const QString &language : kLanguages) {
        const QList<Utterance> utterances =
            SpeechScript(repository(), language).page(Page::Sources);
        QStringList titles;
        QStringList englishTitles;
        for (const Utterance &utterance : utterances) {
            if (utterance.anchor != u"about"_s) {
                titles.append(utterance.spoken);
            }
        }
        for (const Utterance &utterance : english) {
            if (utterance.anchor != u"about"_s) {
                englishTitles.append(utterance.spoken);
            }
        }
        EXPECT_EQ(titles, englishTitles) << language.toStdString();
    }
}

TEST_F(SpeechScriptTest, SentenceCountsAreSaneInEveryLanguage) {
    const SpeechScript english(repository(), QStringLiteral("en"));
    for (const Page page : kPages) {
        const qsizetype englishCount = english.page(page).size();
        for (const QString &language : kLanguages) {
            const SpeechScript script(repository(), language);
            const QList<Utterance> utterances = script.page(page);
            // Translations split their sentences their own way, but not wildly differently:
            // a language whose full stops were not seen would read whole paragraphs as one.
            EXPECT_GT(utterances.size(), englishCount * 6 / 10)
                << language.toStdString() << " " << pageKey(page).toStdString();
            EXPECT_LT(utterances.size(), englishCount * 2)
                << language.toStdString() << " " << pageKey(page).toStdString();
            for (const Utterance &utterance : utterances) {
                EXPECT_LT(utterance.spoken.size(), 400) << utterance.spoken.toStdString();
            }
        }
        if (page != Page::Sources) {
            EXPECT_GT(englishCount, 30) << pageKey(page).toStdString();
        }
    }
}

TEST_F(SpeechScriptTest, EachSentenceEndsAtItsOwnStop) {
    for (const QString &language : kLanguages) {
        const SpeechScript script(repository(), language);
        const QList<Utterance> utterances = script.page(Page::Overview);
        for (const Utterance &utterance : utterances) {
            // A sentence stop inside an utterance means two sentences were read as one (the
            // number of a numbered heading, "1. Dystrophic", belongs to it).
            static const QRegularExpression headingNumber(QStringLiteral("^\\d+[.)] "));
            const QString inner = QString(utterance.shown).remove(headingNumber).chopped(1);
            EXPECT_FALSE(inner.contains(QStringLiteral("。")) ||
                         inner.contains(QStringLiteral("؟")) ||
                         inner.contains(QStringLiteral(". ")))
                << language.toStdString() << ": " << utterance.shown.toStdString();
        }
    }
}

TEST_F(SpeechScriptTest, CareCardsAreReadHeadingSignsThenAdvice) {
    for (const QString &language : kLanguages) {
        const SpeechScript script(repository(), language);
        const QList<Utterance> utterances = script.page(Page::Living);
        const QList<CareCard> cards = repository().careCards(language);
        ASSERT_FALSE(cards.isEmpty());
        for (const CareCard &card : cards) {
            const QString anchor = QStringLiteral("care:") + card.urgency;
            QStringList shown;
            for (const Utterance &utterance : utterances) {
                if (utterance.anchor == anchor) {
                    shown.append(utterance.shown);
                }
            }
            ASSERT_FALSE(shown.isEmpty()) << anchor.toStdString();
            EXPECT_EQ(shown.constFirst(), card.heading.simplified()) << language.toStdString();
            // The heading leads into the signs, as on the card: the first sign comes right after
            // it, and the advice after the last sign.
            ASSERT_FALSE(card.signs.isEmpty()) << anchor.toStdString();
            ASSERT_GE(shown.size(), 2) << anchor.toStdString();
            EXPECT_EQ(shown.at(1), script.text().sentences(card.signs.constFirst().text).value(0))
                << language.toStdString() << " " << anchor.toStdString();
            const QStringList advice = script.text().sentences(card.advice);
            if (!advice.isEmpty()) {
                EXPECT_EQ(shown.constLast(), advice.constLast()) << language.toStdString();
            }
            const QString all = shown.join(QLatin1Char(' '));
            for (const RedFlag &sign : card.signs) {
                EXPECT_TRUE(all.contains(script.text().sentences(sign.text).constFirst()))
                    << sign.text.toStdString();
            }
        }
    }
}

TEST_F(SpeechScriptTest, PageStartsWithItsTitleThenTopicsInOrder) {
    for (const QString &language : kLanguages) {
        const SpeechScript script(repository(), language);
        for (const Page section : kSectionPages) {
            const QList<Utterance> utterances = script.page(section);
            EXPECT_EQ(utterances.constFirst().shown,
                      repository().section(section, language)->title.simplified());
            // Each topic's title comes before its body, topics in the content's order.
            qsizetype last = -1;
            const QList<Topic> topics = repository().topics(section, language);
            for (const Topic &topic : topics) {
                qsizetype at = -1;
                for (qsizetype i = 0; i < utterances.size(); ++i) {
                    if (utterances.at(i).anchor == topic.id) {
                        at = i;
                        break;
                    }
                }
                ASSERT_GT(at, last) << topic.id.toStdString();
                EXPECT_EQ(utterances.at(at).shown, topic.title.simplified());
                last = at;
            }
        }
    }
}

TEST(SpeechText, NumbersAndRangesAreSaidInTheLanguage) {
    EXPECT_EQ(SpeechText(u"en"_s, {}).spoken(u"About 25–40% of children."_s),
              QStringLiteral("About 25 to 40 percent of children."));
    EXPECT_EQ(SpeechText(u"en"_s, {}).spoken(u"It takes 2-3 weeks; 30% improve."_s),
              QStringLiteral("It takes 2 to 3 weeks; 30 percent improve."));
    EXPECT_EQ(SpeechText(u"es"_s, {}).spoken(u"Entre el 25 % y el 40 %."_s),
              QStringLiteral("Entre el 25 por ciento y el 40 por ciento."));
    EXPECT_EQ(SpeechText(u"de"_s, {}).spoken(u"25–40 %"_s), QStringLiteral("25 bis 40 Prozent"));
    EXPECT_EQ(SpeechText(u"fr"_s, {}).spoken(u"25\u00a0%"_s), QStringLiteral("25 pour cent"));
    EXPECT_EQ(SpeechText(u"zh"_s, {}).spoken(u"约25–40%的孩子。"_s),
              QStringLiteral("约百分之25至百分之40的孩子。"));
    EXPECT_EQ(SpeechText(u"ar"_s, {}).spoken(u"25–40%"_s), QStringLiteral("25 إلى 40 في المئة"));
    // Words stay words; codes and names with numbers stay as written.
    EXPECT_EQ(SpeechText(u"en"_s, {}).spoken(u"About 1 in 5 children."_s),
              QStringLiteral("About 1 in 5 children."));
    EXPECT_EQ(SpeechText(u"en"_s, {}).spoken(u"Anti-NXP2 and COVID-19."_s),
              QStringLiteral("Anti-NXP2 and COVID-19."));
    EXPECT_EQ(SpeechText(u"en"_s, {}).spoken(u"Less than <5 & more."_s),
              QStringLiteral("Less than less than 5 and more."));
}

TEST(SpeechText, SymbolsAreNeverSaid) {
    const SpeechText text(u"en"_s, {});
    EXPECT_EQ(text.spoken(u"\u2611 Self-care \u00b7 tips \u2192 here"_s),
              QStringLiteral("Self-care tips here"));
    EXPECT_EQ(text.spoken(u"\u2022 Keep the skin **clean**"_s),
              QStringLiteral("Keep the skin clean"));
    EXPECT_EQ(text.spoken(u"\u2610"_s), QString());
    EXPECT_EQ(text.spoken(u"Rest \u2013 then walk."_s), QStringLiteral("Rest, then walk."));
    EXPECT_TRUE(SpeechText::containsSymbol(QStringLiteral("a \u2611")));
    EXPECT_TRUE(SpeechText::containsSymbol(QStringLiteral("\U0001F600")));
    EXPECT_FALSE(SpeechText::containsSymbol(QStringLiteral("Ça va? ¿Qué? 你好。 مرحبا؟")));
}

TEST(SpeechText, SentencesSplitInEveryScript) {
    EXPECT_EQ(SpeechText(u"en"_s, {})
                  .sentences(u"One here. Two there? Three!\nA heading\n- a list line"_s),
              (QStringList{u"One here."_s, u"Two there?"_s, u"Three!"_s, u"A heading"_s,
                           u"a list line"_s}));
    EXPECT_EQ(SpeechText(u"zh"_s, {}).sentences(u"钙质沉着。会痛吗？不一定！"_s),
              (QStringList{u"钙质沉着。"_s, u"会痛吗？"_s, u"不一定！"_s}));
    EXPECT_EQ(SpeechText(u"ar"_s, {}).sentences(u"ما هو التكلس؟ هو ترسب الكالسيوم. انتهى"_s),
              (QStringList{u"ما هو التكلس؟"_s, u"هو ترسب الكالسيوم."_s, u"انتهى"_s}));
    EXPECT_EQ(SpeechText(u"es"_s, {}).sentences(u"¿Duele? A veces. Con 2.5 mg."_s),
              (QStringList{u"¿Duele?"_s, u"A veces."_s, u"Con 2.5 mg."_s}));
}

TEST(SpeechText, AbbreviationsExpandOnceWhateverTheScript) {
    const QList<Abbreviation> abbreviations = {{u"JDM"_s, u"juvenile dermatomyositis"_s},
                                               {u"DM"_s, u"dermatomyositis"_s},
                                               {u"ANA"_s, u"antinuclear antibodies"_s},
                                               {u"MRI"_s, u"磁共振检查"_s}};
    const SpeechText text(u"en"_s, abbreviations);
    EXPECT_EQ(
        text.spoken(u"Children with JDM or adults with DM."_s),
        QStringLiteral("Children with juvenile dermatomyositis or adults with dermatomyositis."));
    EXPECT_EQ(text.spoken(u"An ANA (antinuclear antibodies) test."_s),
              QStringLiteral("An antinuclear antibodies test."));
    EXPECT_EQ(text.spoken(u"DMX and anti-DM stay."_s), QStringLiteral("DMX and anti-DM stay."));
    EXPECT_EQ(SpeechText(u"zh"_s, abbreviations).spoken(u"做磁共振检查（MRI）或MRI。"_s),
              QStringLiteral("做磁共振检查或磁共振检查。"));
}

} // namespace
} // namespace cg
