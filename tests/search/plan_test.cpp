// SPDX-License-Identifier: GPL-3.0-or-later
// Query planning: glossary phrases, stop words, stems, prefixes and the expressions built from
// them, without a database.
#include "fts_expression.h"
#include "search/query_plan.h"
#include "search/stop_words.h"
#include "search/thesaurus.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <optional>

namespace cg::search {
namespace {

Thesaurus englishGlossary() {
    Thesaurus thesaurus;
    thesaurus.addTerm(QStringLiteral("calcinosis-cutis"),
                      {QStringLiteral("Calcinosis cutis"), QStringLiteral("calcium lumps"),
                       QStringLiteral("chalky bumps"),
                       QStringLiteral("hard spots under the skin")});
    thesaurus.addTerm(QStringLiteral("calcium"),
                      {QStringLiteral("Calcium"), QStringLiteral("chalk")});
    thesaurus.addTerm(
        QStringLiteral("warfarin"),
        {QStringLiteral("Warfarin"), QStringLiteral("blood thinner"), QStringLiteral("Coumadin")});
    thesaurus.addTerm(QStringLiteral("systemic-sclerosis"),
                      {QStringLiteral("Systemic sclerosis"), QStringLiteral("tight skin")});
    thesaurus.addTerm(QStringLiteral("scleroderma"),
                      {QStringLiteral("Scleroderma"), QStringLiteral("tight skin")});
    return thesaurus;
}

QueryPlan plan(const QString &text, const ExpansionFilter &expand = {}) {
    return planQuery(sanitizeQuery(text), englishGlossary(), stopWords(QStringLiteral("en")),
                     IndexKind::Words, expand);
}

std::optional<QueryGroup> glossaryGroup(const QueryPlan &plan) {
    for (const QueryGroup &group : plan.groups) {
        if (!group.termIds.isEmpty()) {
            return group;
        }
    }
    return std::nullopt;
}

TEST(Thesaurus, LongestPhraseWinsAndPhrasesDoNotOverlap) {
    const Thesaurus thesaurus = englishGlossary();
    const QList<Thesaurus::Match> matches =
        thesaurus.findPhrases({QStringLiteral("calcium"), QStringLiteral("lumps"),
                               QStringLiteral("and"), QStringLiteral("chalk")},
                              false);
    ASSERT_EQ(matches.size(), 2);
    EXPECT_EQ(matches.at(0).first, 0);
    EXPECT_EQ(matches.at(0).count, 2);
    EXPECT_EQ(matches.at(0).termIds, QStringList{QStringLiteral("calcinosis-cutis")});
    EXPECT_EQ(matches.at(1).first, 3);
    EXPECT_EQ(matches.at(1).termIds, QStringList{QStringLiteral("calcium")});
}

TEST(Thesaurus, OnePhraseCanStandForSeveralTerms) {
    const QList<Thesaurus::Match> matches =
        englishGlossary().findPhrases({QStringLiteral("tight"), QStringLiteral("skin")}, false);
    ASSERT_EQ(matches.size(), 1);
    EXPECT_EQ(matches.at(0).termIds,
              (QStringList{QStringLiteral("scleroderma"), QStringLiteral("systemic-sclerosis")}));
}

TEST(Thesaurus, PluralsAndWordsBeingTypedMatch) {
    EXPECT_TRUE(wordMatches(QStringLiteral("thinners"), QStringLiteral("thinner")));
    EXPECT_TRUE(wordMatches(QStringLiteral("bumpes"), QStringLiteral("bump")));
    EXPECT_FALSE(wordMatches(QStringLiteral("bump"), QStringLiteral("bumps")));
    EXPECT_FALSE(wordMatches(QStringLiteral("blooded"), QStringLiteral("blood")));
    const Thesaurus thesaurus = englishGlossary();
    EXPECT_EQ(
        thesaurus.findPhrases({QStringLiteral("blood"), QStringLiteral("thinners")}, false).size(),
        1);
    // "blood thi|" while typing, but not once the word is finished.
    EXPECT_EQ(thesaurus.findPhrases({QStringLiteral("blood"), QStringLiteral("thi")}, true).size(),
              1);
    EXPECT_TRUE(
        thesaurus.findPhrases({QStringLiteral("blood"), QStringLiteral("thi")}, false).isEmpty());
}

TEST(Thesaurus, ChinesePhrasesAreFoundInsideText) {
    Thesaurus thesaurus;
    thesaurus.addTerm(QStringLiteral("warfarin"),
                      {QString::fromUtf8("华法林"), QString::fromUtf8("抗凝血药")});
    const QList<Thesaurus::Phrase> found = thesaurus.findInText(QString::fromUtf8("华法林能治吗"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.at(0).termId, QStringLiteral("warfarin"));
    EXPECT_EQ(thesaurus.phrasesOf({QStringLiteral("warfarin")}).size(), 2);
}

TEST(QueryPlan, StopWordsAreDroppedUnlessNothingElseIsLeft) {
    const QueryPlan question = plan(QStringLiteral("can my child go to school"));
    ASSERT_EQ(question.groups.size(), 3);
    EXPECT_EQ(question.groups.at(0).alternatives.at(0).words, QStringList{QStringLiteral("child")});
    EXPECT_EQ(question.groups.at(1).alternatives.at(0).words, QStringList{QStringLiteral("go")});
    EXPECT_EQ(question.groups.at(2).alternatives.at(0).words,
              QStringList{QStringLiteral("school")});
    EXPECT_EQ(plan(QStringLiteral("what is it")).groups.size(), 3);
    EXPECT_TRUE(plan(QStringLiteral("  ?!  ")).isEmpty());
}

TEST(QueryPlan, WordsAreStemmedAndMatchedAsPrefixes) {
    const QueryPlan lumps = plan(QStringLiteral("lumps articulaciones squeeze x"));
    ASSERT_EQ(lumps.groups.size(), 4);
    EXPECT_EQ(lumps.groups.at(0).alternatives.at(0), (Alternative{{QStringLiteral("lump")}, true}));
    EXPECT_EQ(lumps.groups.at(1).alternatives.at(0),
              (Alternative{{QStringLiteral("articulacion")}, true}));
    EXPECT_EQ(lumps.groups.at(2).alternatives.at(0),
              (Alternative{{QStringLiteral("squeez")}, true}));
    // One letter is matched exactly even while typed; two letters only while typed.
    EXPECT_EQ(lumps.groups.at(3).alternatives.at(0), (Alternative{{QStringLiteral("x")}, false}));
    EXPECT_TRUE(plan(QStringLiteral("ck")).groups.at(0).alternatives.at(0).prefix);
    EXPECT_FALSE(plan(QStringLiteral("ck ")).groups.at(0).alternatives.at(0).prefix);
}

TEST(QueryPlan, AGlossaryPhraseAddsItsTermAtHalfWeight) {
    const QueryPlan widened = plan(QStringLiteral("blood thinner"));
    ASSERT_EQ(widened.groups.size(), 3); // blood, thinner, and the term
    const std::optional<QueryGroup> term = glossaryGroup(widened);
    ASSERT_TRUE(term.has_value());
    EXPECT_EQ(term->termIds, QStringList{QStringLiteral("warfarin")});
    EXPECT_DOUBLE_EQ(term->weight, kInferredWeight);
    EXPECT_EQ(term->columns, kIndexedColumns);
    EXPECT_EQ(term->alternatives.at(0).words,
              (QStringList{QStringLiteral("blood"), QStringLiteral("thinner")}));
    EXPECT_TRUE(term->alternatives.contains(Alternative{{QStringLiteral("warfarin")}, true}));
    EXPECT_TRUE(term->alternatives.contains(Alternative{{QStringLiteral("coumadin")}, true}));
    // The page highlights the typed words first, then the term's words.
    EXPECT_EQ(widened.highlightTerms.mid(0, 3),
              (QStringList{QStringLiteral("blood"), QStringLiteral("thinner"),
                           QStringLiteral("Warfarin")}));
}

TEST(QueryPlan, StopWordsInsideAPhraseStillMatchIt) {
    const std::optional<QueryGroup> term =
        glossaryGroup(plan(QStringLiteral("hard spots under the skin")));
    ASSERT_TRUE(term.has_value());
    EXPECT_EQ(term->termIds, QStringList{QStringLiteral("calcinosis-cutis")});
}

TEST(QueryPlan, TheEngineDecidesHowFarToWiden) {
    const auto fixed = [](Widening widening) {
        return [widening](const QueryGroup &) { return widening; };
    };
    EXPECT_FALSE(
        glossaryGroup(plan(QStringLiteral("chalky bumps"), fixed(Widening::None))).has_value());
    const std::optional<QueryGroup> keywords =
        glossaryGroup(plan(QStringLiteral("chalky bumps"), fixed(Widening::Keywords)));
    ASSERT_TRUE(keywords.has_value());
    EXPECT_EQ(keywords.value_or(QueryGroup()).columns, columnBit(KeywordsColumn));
    // Inside a longer question a lay name of a common term is just the subject.
    EXPECT_FALSE(glossaryGroup(plan(QStringLiteral("can warfarin treat chalky bumps"),
                                    fixed(Widening::Keywords)))
                     .has_value());
    EXPECT_TRUE(glossaryGroup(plan(QStringLiteral("can warfarin treat chalky bumps"),
                                   fixed(Widening::Everywhere)))
                    .has_value());
}

TEST(QueryPlan, ChineseQueriesBecomeBigrams) {
    Thesaurus thesaurus;
    thesaurus.addTerm(QStringLiteral("warfarin"),
                      {QString::fromUtf8("华法林"), QString::fromUtf8("抗凝血药")});
    const QueryPlan single = planQuery(sanitizeQuery(QString::fromUtf8("钙")), thesaurus,
                                       stopWords(QStringLiteral("zh")), IndexKind::Bigrams);
    ASSERT_EQ(single.groups.size(), 1);
    EXPECT_EQ(single.groups.at(0).alternatives.at(0),
              (Alternative{{QString::fromUtf8("钙")}, true}));

    const QueryPlan question =
        planQuery(sanitizeQuery(QString::fromUtf8("华法林有用吗")), thesaurus,
                  stopWords(QStringLiteral("zh")), IndexKind::Bigrams);
    QStringList tokens;
    std::optional<QueryGroup> term;
    for (const QueryGroup &group : question.groups) {
        if (!group.termIds.isEmpty()) {
            term = group;
        } else {
            ASSERT_EQ(group.alternatives.size(), 1);
            tokens += group.alternatives.at(0).words;
        }
    }
    // 华法 and 法林 stay the reader's own words beside the glossary term they name; 有 and 吗
    // are function characters that end a piece, as a space would, so 用 is left on its own.
    EXPECT_EQ(tokens, (QStringList{QString::fromUtf8("华法"), QString::fromUtf8("法林"),
                                   QString::fromUtf8("用")}));
    ASSERT_TRUE(term.has_value());
    EXPECT_TRUE(term->alternatives.contains(Alternative{
        {QString::fromUtf8("抗凝"), QString::fromUtf8("凝血"), QString::fromUtf8("血药")}, false}));
}

TEST(QueryPlan, ChineseFunctionCharactersEndPieces) {
    // "Which blood (tests) are checked": 要, 哪 and 些 are function characters; the pieces
    // across them ("查哪", "些血") occur in no text, the characters between them do.
    const QueryPlan plan = planQuery(sanitizeQuery(QString::fromUtf8("要查哪些血")), Thesaurus{},
                                     stopWords(QStringLiteral("zh")), IndexKind::Bigrams);
    QList<Alternative> alternatives;
    for (const QueryGroup &group : plan.groups) {
        alternatives += group.alternatives;
    }
    EXPECT_EQ(alternatives, (QList<Alternative>{{{QString::fromUtf8("查")}, true},
                                                {{QString::fromUtf8("血")}, true}}));
}

TEST(FtsExpression, GroupsAndColumnsAreSpelledOut) {
    QueryGroup one;
    one.alternatives = {{{QStringLiteral("calcium")}, true}};
    QueryGroup two;
    two.alternatives = {{{QStringLiteral("blood"), QStringLiteral("thinner")}, false},
                        {{QStringLiteral("warfarin")}, true}};
    EXPECT_EQ(matchExpression({one, two}, Join::Any),
              QStringLiteral("\"calcium\"* OR (\"blood thinner\" OR \"warfarin\"*)"));
    EXPECT_EQ(matchExpression({one, two}, Join::All),
              QStringLiteral("\"calcium\"* AND (\"blood thinner\" OR \"warfarin\"*)"));
    one.columns = columnBit(KeywordsColumn);
    EXPECT_EQ(matchExpression({one}, Join::Any), QStringLiteral("{keywords} : (\"calcium\"*)"));
    EXPECT_TRUE(matchExpression({}, Join::Any).isEmpty());
}

} // namespace
} // namespace cg::search
