// SPDX-License-Identifier: GPL-3.0-or-later
// Folding: what search ignores (case, accents, Arabic harakat, tatweel, letter variants, the
// definite article) and the bigrams Chinese is indexed as.
#include "search/cjk_bigrams.h"
#include "search/search_index_layout.h"
#include "search/text_folding.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace cg::search {
namespace {

QString fold(const char *utf8, FoldOptions options = FoldOptions::ArabicArticles) {
    return foldText(QString::fromUtf8(utf8), options);
}

TEST(Folding, LatinCaseAndAccentsDoNotMatter) {
    EXPECT_EQ(fold("Crème Brûlée"), QStringLiteral("creme brulee"));
    EXPECT_EQ(fold("ÉCOLE"), fold("ecole"));
    EXPECT_EQ(fold("Kalkablagerungen in der Haut, größer"),
              QStringLiteral("kalkablagerungen in der haut, großer"));
    EXPECT_EQ(fold("articulación"), QStringLiteral("articulacion"));
    // A decomposed accent (e + combining acute) folds like the precomposed one.
    EXPECT_EQ(foldText(QStringLiteral("cafe\u0301")), fold("café"));
}

TEST(Folding, CompatibilityFormsBecomePlainLetters) {
    EXPECT_EQ(foldText(QStringLiteral("\uFB01le")), QStringLiteral("file")); // ﬁ ligature
    EXPECT_EQ(foldText(QStringLiteral("\uFF21\uFF22\uFF23")), QStringLiteral("abc")); // ＡＢＣ
    // Arabic presentation form of lam-alef.
    EXPECT_EQ(foldText(QStringLiteral("\uFEFB")), fold("لا"));
}

TEST(Folding, ArabicHarakatAndTatweelAreIgnored) {
    EXPECT_EQ(fold("التَّكَلُّسُ الجِلْدِيّ"), fold("التكلس الجلدي"));
    EXPECT_EQ(fold("كُتَلٌ صُلْبَةٌ"), fold("كتل صلبة"));
    EXPECT_EQ(fold("الكـــالسيوم"), fold("الكالسيوم"));
}

TEST(Folding, ArabicLetterVariantsAreOneLetter) {
    EXPECT_EQ(fold("أدوية"), fold("ادويه")); // alef with hamza above, teh marbuta
    EXPECT_EQ(fold("إزالة"), fold("ازاله")); // alef with hamza below
    EXPECT_EQ(fold("آلام"), fold("الام"));   // alef with madda
    EXPECT_EQ(fold("يختفى"), fold("يختفي")); // alef maqsura
    EXPECT_EQ(fold("ٱلدم"), fold("الدم"));   // alef wasla
}

TEST(Folding, ArabicArticleIsDroppedWhenThreeLettersRemain) {
    EXPECT_EQ(fold("الكالسيوم"), fold("كالسيوم"));
    EXPECT_EQ(fold("والكالسيوم"), fold("كالسيوم"));
    EXPECT_EQ(fold("بالكالسيوم"), fold("كالسيوم"));
    EXPECT_EQ(fold("للأطفال"), fold("اطفال"));
    // Too short to be article + word: kept whole ("pain", "god" would lose their letters).
    EXPECT_EQ(fold("ألم"), QString::fromUtf8("الم"));
    EXPECT_EQ(fold("إلى"), QString::fromUtf8("الي")); // only the letters fold
    // Find in page compares characters only.
    EXPECT_TRUE(fold("الكالسيوم", FoldOptions::Characters).startsWith(QString::fromUtf8("ال")));
}

TEST(Folding, OriginsPointIntoTheOriginalText) {
    const QString original = QStringLiteral("cafe\u0301 x");
    const FoldedText folded = foldTextWithOrigins(original);
    ASSERT_EQ(folded.text, QStringLiteral("cafe x"));
    ASSERT_EQ(folded.origins.size(), folded.text.size());
    EXPECT_EQ(folded.origins.at(3), 3); // 'e'; its accent at 4 was dropped
    EXPECT_EQ(folded.origins.at(4), 5); // the space
    EXPECT_EQ(folded.origins.at(5), 6);

    const FoldedText arabic = foldTextWithOrigins(QString::fromUtf8("في الكالسيوم"));
    EXPECT_EQ(arabic.text, fold("في كالسيوم"));
    EXPECT_EQ(arabic.origins.at(3), 5); // the article (3, 4) is gone
}

TEST(Folding, OddCharactersNeitherCrashNorLeak) {
    EXPECT_EQ(foldText(QStringLiteral("a\U0001F600b")), QStringLiteral("a\U0001F600b"));
    const QChar lone(char16_t(0xD800));
    EXPECT_EQ(foldText(QString(QString(lone) + QStringLiteral("ab"))), QStringLiteral("ab"));
    EXPECT_EQ(foldText(QStringLiteral("a\u200Db\u00ADc")), QStringLiteral("abc"));
    EXPECT_TRUE(foldText(QString()).isEmpty());
}

TEST(Folding, ChineseIsUnchangedAndIndexedAsBigrams) {
    EXPECT_EQ(fold("钙质沉着"), QString::fromUtf8("钙质沉着"));
    EXPECT_EQ(indexText(QString::fromUtf8("补钙剂"), IndexKind::Bigrams).text,
              QString::fromUtf8("补钙 钙剂 剂"));
    EXPECT_EQ(indexText(QString::fromUtf8("CT检查。"), IndexKind::Bigrams).text,
              QString::fromUtf8("ct 检查 查 。"));
    EXPECT_EQ(indexText(QString::fromUtf8("CT检查"), IndexKind::Words).text,
              QString::fromUtf8("ct检查"));
    EXPECT_EQ(bigramTokens(QString::fromUtf8("ct检查")),
              (QStringList{QStringLiteral("ct"), QString::fromUtf8("检查")}));
    EXPECT_EQ(bigramTokens(QString::fromUtf8("钙")), QStringList{QString::fromUtf8("钙")});
    EXPECT_EQ(bigramTokens(QString::fromUtf8("钙质沉着")),
              (QStringList{QString::fromUtf8("钙质"), QString::fromUtf8("质沉"),
                           QString::fromUtf8("沉着")}));
}

TEST(Folding, BigramOriginsFollowTheRepeatedCharacters) {
    const QString original = QString::fromUtf8("补钙剂");
    const FoldedText bigrams = indexText(original, IndexKind::Bigrams);
    ASSERT_EQ(bigrams.text.size(), bigrams.origins.size());
    // "补钙 钙剂 剂": the second 钙 comes from index 1 again.
    EXPECT_EQ(bigrams.origins.at(0), 0);
    EXPECT_EQ(bigrams.origins.at(1), 1);
    EXPECT_EQ(bigrams.origins.at(3), 1);
    EXPECT_EQ(bigrams.origins.at(4), 2);
}

TEST(Folding, LocalesChooseTheirIndex) {
    EXPECT_EQ(indexKindFor(QStringLiteral("zh")), IndexKind::Bigrams);
    EXPECT_EQ(indexKindFor(QStringLiteral("zh-Hant")), IndexKind::Bigrams);
    for (const char *code : {"en", "es", "fr", "de", "ar"}) {
        EXPECT_EQ(indexKindFor(QLatin1String(code)), IndexKind::Words) << code;
    }
    EXPECT_EQ(searchTableName(QStringLiteral("en")), QStringLiteral("search_en"));
    EXPECT_EQ(searchTableName(QStringLiteral("zh-Hant")), QStringLiteral("search_zh_hant"));
    EXPECT_TRUE(searchTableName(QStringLiteral("en; DROP TABLE meta")).isEmpty());
    EXPECT_TRUE(searchTableName(QString()).isEmpty());
}

} // namespace
} // namespace cg::search
