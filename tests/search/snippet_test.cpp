// SPDX-License-Identifier: GPL-3.0-or-later
// Snippets and marks: matched tokens of the indexed text mapped back onto the original text,
// escaped, cut to size; and folded find for the page.
#include "search/index_tokens.h"
#include "search/search_index_layout.h"
#include "search/snippet.h"
#include "search/text_ranges.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace cg::search {
namespace {

// The run of tokens of `indexed` inside its characters [start, end): what the index reports
// when those words match.
QList<TokenRun> runsWithin(const FoldedText &indexed, qsizetype start, qsizetype end) {
    const QList<TokenSpan> spans = indexTokenSpans(indexed.text);
    TokenRun run{-1, 0};
    for (qsizetype i = 0; i < spans.size(); ++i) {
        if (spans.at(i).start >= start && spans.at(i).end <= end) {
            run.first = run.first < 0 ? i : run.first;
            ++run.count;
        }
    }
    return run.count > 0 ? QList<TokenRun>{run} : QList<TokenRun>();
}

QString marked(const QString &original, qsizetype start, qsizetype end,
               IndexKind kind = IndexKind::Words) {
    const FoldedText indexed = indexText(original, kind);
    return markedHtml(original,
                      rangesFromTokens(runsWithin(indexed, start, end), indexed, original));
}

TEST(Snippet, MarksLandOnTheOriginalWord) {
    // "crème fraîche" folds to "creme fraiche": mark the second word.
    EXPECT_EQ(marked(QStringLiteral("Crème Fraîche"), 6, 13),
              QStringLiteral("Crème <b>Fraîche</b>"));
    // A decomposed accent stays inside the mark.
    EXPECT_EQ(marked(QStringLiteral("cafe\u0301 noir"), 0, 4),
              QStringLiteral("<b>cafe\u0301</b> noir"));
}

TEST(Snippet, ArabicMarksKeepHarakatTatweelAndArticle) {
    const QString original = QString::fromUtf8("في الكـــالسيوم");
    // Folded: "في كالسيوم"; the word starts at 3.
    const QString folded = indexText(original, IndexKind::Words).text;
    ASSERT_EQ(folded, QString::fromUtf8("في كالسيوم"));
    EXPECT_EQ(marked(original, 3, folded.size()), QString::fromUtf8("في <b>الكـــالسيوم</b>"));
    const QString harakat = QString::fromUtf8("كُتَلٌ صُلْبَةٌ");
    EXPECT_EQ(marked(harakat, 0, 3), QString::fromUtf8("<b>كُتَلٌ</b> صُلْبَةٌ"));
}

TEST(Snippet, ChineseMarksCoverTheMatchedBigram) {
    const QString original = QString::fromUtf8("补钙剂很好");
    // Bigram text "补钙 钙剂 剂很 很好 好": mark the token 钙剂 (positions 3..5).
    EXPECT_EQ(marked(original, 3, 5, IndexKind::Bigrams), QString::fromUtf8("补<b>钙剂</b>很好"));
}

TEST(Snippet, TextIsEscaped) {
    const QString original = QStringLiteral("a <script> & \"b\" lump");
    const qsizetype at = original.indexOf(QStringLiteral("lump"));
    EXPECT_EQ(marked(original, at, at + 4),
              QStringLiteral("a &lt;script&gt; &amp; &quot;b&quot; <b>lump</b>"));
    EXPECT_EQ(snippetHtml(QStringLiteral("<i>x</i>"), {}), QStringLiteral("&lt;i&gt;x&lt;/i&gt;"));
}

TEST(Snippet, RunsOutsideTheTextAreIgnored) {
    const QString original = QStringLiteral("calcium lumps");
    const FoldedText indexed = indexText(original, IndexKind::Words);
    EXPECT_TRUE(rangesFromTokens({{2, 1}, {1, 2}, {-1, 1}, {0, 0}}, indexed, original).isEmpty());
    EXPECT_EQ(rangesFromTokens({{1, 1}, {0, 1}}, indexed, original),
              (QList<TextRange>{{0, 7}, {8, 13}}));
    EXPECT_EQ(rangesFromTokens({{0, 2}}, indexed, original), (QList<TextRange>{{0, 13}}));
}

TEST(Snippet, LongTextIsCutAroundTheFirstMatch) {
    QString text;
    for (int i = 0; i < 60; ++i) {
        text += QStringLiteral("word%1 ").arg(i);
    }
    text += QStringLiteral("target ");
    for (int i = 60; i < 120; ++i) {
        text += QStringLiteral("word%1 ").arg(i);
    }
    const qsizetype at = text.indexOf(QStringLiteral("target"));
    const QString html = snippetHtml(text, {{at, at + 6}}, 120);
    EXPECT_TRUE(html.startsWith(QStringLiteral("\u2026"))) << html.toStdString();
    EXPECT_TRUE(html.endsWith(QStringLiteral("\u2026"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<b>target</b>")));
    EXPECT_LT(html.size(), 160);
    // Cut at spaces: no half words at either end.
    EXPECT_TRUE(html.mid(1, 4) == QStringLiteral("word"));
    // Without a match the snippet is the start of the text.
    EXPECT_TRUE(snippetHtml(text, {}, 60).startsWith(QStringLiteral("word0 ")));
    // Line breaks: a space after a sentence, a dot between a heading or list item and the next.
    EXPECT_EQ(snippetHtml(QStringLiteral("One.\nTwo"), {}), QStringLiteral("One. Two"));
    EXPECT_EQ(snippetHtml(QStringLiteral("Other names\n\nCalcinosis\nCalcium deposits"), {}),
              QStringLiteral("Other names \u00B7 Calcinosis \u00B7 Calcium deposits"));
    EXPECT_EQ(snippetHtml(QString::fromUtf8("钙。\n硬块"), {}), QString::fromUtf8("钙。 硬块"));
}

TEST(Snippet, AFocusBringsItsSentenceFromItsStart) {
    QString text = QStringLiteral("The lump is here. ");
    for (int i = 0; i < 20; ++i) {
        text += QStringLiteral("Filler words go on and on. ");
    }
    text += QStringLiteral("A rare word stands in this sentence. ");
    for (int i = 0; i < 20; ++i) {
        text += QStringLiteral("More filler follows it. ");
    }
    const qsizetype lump = text.indexOf(QStringLiteral("lump"));
    const qsizetype rare = text.indexOf(QStringLiteral("rare"));
    const QList<TextRange> ranges{{lump, lump + 4}, {rare, rare + 4}};
    // By default the first match leads.
    EXPECT_TRUE(snippetHtml(text, ranges, 120).startsWith(QStringLiteral("The <b>lump</b>")));
    // With the focus on the second, the snippet starts at its sentence.
    const QString focused = snippetHtml(text, ranges, 120, TextRange{rare, rare + 4});
    EXPECT_TRUE(focused.startsWith(QStringLiteral("\u2026A <b>rare</b> word stands")))
        << focused.toStdString();
    EXPECT_TRUE(focused.endsWith(QStringLiteral("\u2026"))) << focused.toStdString();
    // A sentence that starts too far before the focus: a little context before it instead.
    QString longSentence = QStringLiteral("Start. ");
    for (int i = 0; i < 30; ++i) {
        longSentence += QStringLiteral("word%1 ").arg(i);
    }
    const qsizetype at = longSentence.size();
    longSentence += QStringLiteral("target and then ");
    for (int i = 30; i < 60; ++i) {
        longSentence += QStringLiteral("word%1 ").arg(i);
    }
    const QString cut = snippetHtml(longSentence, {{at, at + 6}}, 120, TextRange{at, at + 6});
    EXPECT_TRUE(cut.startsWith(QStringLiteral("\u2026word"))) << cut.toStdString();
    EXPECT_TRUE(cut.contains(QStringLiteral("<b>target</b>")));
}

TEST(FindFolded, FindsEveryFormOfTheNeedle) {
    const QString text = QStringLiteral("Calcium, CALCIUM and calcïum.");
    const QList<TextRange> ranges = findFolded(text, {QStringLiteral("calcium")}, 10);
    ASSERT_EQ(ranges.size(), 3);
    EXPECT_EQ(text.mid(ranges.at(2).start, ranges.at(2).end - ranges.at(2).start),
              QStringLiteral("calcïum"));
    EXPECT_EQ(findFolded(text, {QStringLiteral("calcium")}, 2).size(), 2);
    EXPECT_TRUE(findFolded(text, {QStringLiteral("  ")}, 10).isEmpty());

    const QString arabic = QString::fromUtf8("كُتَلٌ صُلْبَةٌ تحت الجلد");
    const QList<TextRange> found = findFolded(arabic, {QString::fromUtf8("صلبة")}, 10);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(arabic.mid(found.at(0).start, found.at(0).end - found.at(0).start),
              QString::fromUtf8("صُلْبَةٌ"));
    // Overlapping needles merge into one mark.
    EXPECT_EQ(findFolded(QStringLiteral("calcium lumps"),
                         {QStringLiteral("calcium"), QStringLiteral("calcium lumps")}, 10)
                  .size(),
              1);
}

} // namespace
} // namespace cg::search
