// SPDX-License-Identifier: GPL-3.0-or-later
// The glossary marker on its own (made-up terms) and over the real content.
#include "content/content_database.h"
#include "content/content_repository.h"
#include "document/content_html.h"
#include "document/glossary_marker.h"
#include "document/ordinary_words.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>
#include <gtest/gtest.h>

namespace cg {
namespace {

GlossaryMarker englishMarker() {
    GlossaryMarker marker;
    marker.addPhrase(QStringLiteral("calcium"), QStringLiteral("Calcium"));
    marker.addPhrase(QStringLiteral("dermatomyositis"), QStringLiteral("Dermatomyositis"));
    marker.addPhrase(QStringLiteral("dermatomyositis"), QStringLiteral("DM"));
    marker.addPhrase(QStringLiteral("juvenile-dermatomyositis"),
                     QStringLiteral("Juvenile dermatomyositis"));
    marker.addPhrase(QStringLiteral("milk-alkali"), QStringLiteral("milk & alkali"));
    return marker;
}

QString link(const QString &id, const QString &text) {
    return QStringLiteral("<a class=\"term\" href=\"glossary:%1\">%2</a>").arg(id, text);
}

TEST(GlossaryMarker, MarksATermAsAGlossaryLinkKeepingItsCase) {
    const QString marked = englishMarker().mark(QStringLiteral("<p>Your calcium is normal.</p>"));
    EXPECT_EQ(marked, QStringLiteral("<p>Your ") +
                          link(QStringLiteral("calcium"), QStringLiteral("calcium")) +
                          QStringLiteral(" is normal.</p>"));
    EXPECT_TRUE(englishMarker()
                    .mark(QStringLiteral("<p>CALCIUM</p>"))
                    .contains(link(QStringLiteral("calcium"), QStringLiteral("CALCIUM"))));
}

TEST(GlossaryMarker, LongestPhraseWinsAndNothingNests) {
    const QString marked =
        englishMarker().mark(QStringLiteral("<p>Children with juvenile dermatomyositis.</p>"));
    EXPECT_TRUE(marked.contains(link(QStringLiteral("juvenile-dermatomyositis"),
                                     QStringLiteral("juvenile dermatomyositis"))));
    EXPECT_EQ(marked.count(QStringLiteral("<a ")), 1);
}

TEST(GlossaryMarker, MatchesWholeWordsOnly) {
    const GlossaryMarker marker = englishMarker();
    EXPECT_EQ(marker.mark(QStringLiteral("<p>ADMIT the calciums</p>")),
              QStringLiteral("<p>ADMIT the calciums</p>"));
    EXPECT_TRUE(marker.mark(QStringLiteral("<p>(DM)</p>"))
                    .contains(link(QStringLiteral("dermatomyositis"), QStringLiteral("DM"))));
}

TEST(GlossaryMarker, LeavesTagsLinksAndHeadingsAlone) {
    const GlossaryMarker marker = englishMarker();
    const QString html = QStringLiteral(
        "<h2>Calcium</h2><p title=\"calcium\"><a href=\"topic:x\">calcium</a> then calcium</p>");
    const QString marked = marker.mark(html);
    EXPECT_TRUE(marked.startsWith(
        QStringLiteral("<h2>Calcium</h2><p title=\"calcium\"><a href=\"topic:x\">calcium</a>")));
    EXPECT_TRUE(marked.endsWith(QStringLiteral(" then ") +
                                link(QStringLiteral("calcium"), QStringLiteral("calcium")) +
                                QStringLiteral("</p>")));
    EXPECT_EQ(marked.count(QStringLiteral("glossary:")), 1);
}

TEST(GlossaryMarker, LeavesTableHeadersAlone) {
    const QString marked = englishMarker().mark(
        QStringLiteral("<table><tr><th>Calcium</th></tr><tr><td>calcium</td></tr></table>"));
    EXPECT_TRUE(marked.contains(QStringLiteral("<th>Calcium</th>")));
    EXPECT_EQ(marked.count(QStringLiteral("glossary:calcium")), 1);
}

TEST(GlossaryMarker, MarksTheFirstOccurrenceUnlessAskedForAll) {
    const GlossaryMarker marker = englishMarker();
    const QString html = QStringLiteral("<p>calcium, calcium and calcium</p>");
    EXPECT_EQ(marker.mark(html).count(QStringLiteral("glossary:calcium")), 1);
    EXPECT_EQ(marker.mark(html, GlossaryMarker::Scope::EveryOccurrence)
                  .count(QStringLiteral("glossary:calcium")),
              3);
    EXPECT_EQ(
        marker.mark(html, GlossaryMarker::Scope::EveryOccurrence, {QStringLiteral("calcium")}),
        html);
}

TEST(GlossaryMarker, MatchesAcrossEntitiesAndKeepsThemEscaped) {
    const QString marked =
        englishMarker().mark(QStringLiteral("<p>The milk &amp; alkali syndrome</p>"));
    EXPECT_TRUE(
        marked.contains(link(QStringLiteral("milk-alkali"), QStringLiteral("milk &amp; alkali"))));
}

TEST(GlossaryMarker, ChineseNeedsNoWordBoundaries) {
    GlossaryTerm term;
    term.id = QStringLiteral("calcinosis-cutis");
    term.term = QStringLiteral("钙质沉着症");
    const GlossaryMarker marker({term}, QStringLiteral("zh"));
    EXPECT_FALSE(marker.requiresWordBoundaries());
    EXPECT_TRUE(marker.mark(QStringLiteral("<p>皮肤钙质沉着症是</p>"))
                    .contains(QStringLiteral("glossary:calcinosis-cutis")));
    const GlossaryMarker english({term}, QStringLiteral("en"));
    EXPECT_TRUE(english.requiresWordBoundaries());
}

TEST(GlossaryMarker, ArabicKeepsWordBoundaries) {
    GlossaryTerm term;
    term.id = QStringLiteral("calcium");
    term.term = QStringLiteral("الكالسيوم");
    const GlossaryMarker marker({term}, QStringLiteral("ar"));
    EXPECT_TRUE(marker.mark(QStringLiteral("<p>نسبة الكالسيوم في الدم</p>"))
                    .contains(QStringLiteral("glossary:calcium")));
    // Attached to another word (here a made-up prefix), it is not a whole word.
    EXPECT_FALSE(
        marker.mark(QStringLiteral("<p>بالكالسيوم</p>")).contains(QStringLiteral("glossary:")));
}

TEST(GlossaryMarker, AbbreviationsMatchOnlyAsWritten) {
    GlossaryMarker marker;
    marker.addPhrase(QStringLiteral("systemic-sclerosis"), QStringLiteral("ES"));
    marker.addPhrase(QStringLiteral("lupus"), QStringLiteral("LES"));
    marker.addPhrase(QStringLiteral("lupus"), QStringLiteral("Lupus"));
    const QString text = QStringLiteral("<p>Lo que es la ES y les dice el LES sobre el lupus.</p>");
    const QString marked = marker.mark(text, GlossaryMarker::Scope::EveryOccurrence);
    EXPECT_EQ(marked, QStringLiteral("<p>Lo que es la ") +
                          link(QStringLiteral("systemic-sclerosis"), QStringLiteral("ES")) +
                          QStringLiteral(" y les dice el ") +
                          link(QStringLiteral("lupus"), QStringLiteral("LES")) +
                          QStringLiteral(" sobre el ") +
                          link(QStringLiteral("lupus"), QStringLiteral("lupus")) +
                          QStringLiteral(".</p>"));
    EXPECT_TRUE(GlossaryMarker::isAbbreviation(QStringLiteral("SSc")));
    EXPECT_TRUE(GlossaryMarker::isAbbreviation(QStringLiteral("CO2")));
    EXPECT_FALSE(GlossaryMarker::isAbbreviation(QStringLiteral("Coumadin")));
    EXPECT_FALSE(GlossaryMarker::isAbbreviation(QStringLiteral("CT scan")));
}

class MarkerOverContent : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_db.open(test::contentDatabasePath())); }
    ContentDatabase m_db;
};

TEST_F(MarkerOverContent, MarksRealTopicsButNeverInsideHeadings) {
    const ContentRepository repository(m_db);
    for (const QString &locale :
         {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("zh")}) {
        const QList<GlossaryTerm> terms = repository.glossary(locale);
        ASSERT_FALSE(terms.isEmpty());
        const GlossaryMarker marker(terms, locale);
        const ContentHtml html(repository, locale, DocumentOptions{});
        int marked = 0;
        for (const QString &section : kSectionKeys) {
            const QList<Topic> topics = repository.topics(section, locale);
            for (const Topic &topic : topics) {
                const QString result = marker.mark(html.topic(topic));
                marked += static_cast<int>(result.count(QStringLiteral("glossary:")));
                static const QRegularExpression heading(QStringLiteral("<h\\d[^>]*>.*?</h\\d>"));
                auto it = heading.globalMatch(result);
                while (it.hasNext()) {
                    EXPECT_FALSE(it.next().captured(0).contains(QStringLiteral("glossary:")))
                        << topic.id.toStdString();
                }
                EXPECT_FALSE(result.contains(QStringLiteral("<a class=\"term\" href=\"glossary:"
                                                            "calcium\"><a")));
            }
        }
        EXPECT_GT(marked, 20) << locale.toStdString();
    }
}

// Renders every topic of every language with every occurrence marked, writes each marked word
// to glossary-marks.txt (in the test's working folder) for a reader to review, and fails on
// words that are ordinary words of the language: those would mark plain text as a term.
TEST_F(MarkerOverContent, MarksNoOrdinaryWordInAnyLanguage) {
    const ContentRepository repository(m_db);
    // Words seen marked before, by language: the verb "es", the article "les", "dressing" as in
    // getting dressed, "support" as in good support, and other everyday words.
    static const QRegularExpression markedLink(
        QStringLiteral("<a class=\"term\" href=\"glossary:([^\"]+)\">(.*?)</a>"));
    QFile report(QDir::current().filePath(QStringLiteral("glossary-marks.txt")));
    ASSERT_TRUE(report.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text));
    QTextStream out(&report);
    for (const LocaleInfo &locale : repository.locales()) {
        SCOPED_TRACE(locale.code.toStdString());
        const GlossaryMarker marker(repository.glossary(locale.code), locale.code);
        const OrdinaryWords ordinary(locale.code);
        QMap<QString, int> counts; // "term-id\tword" -> times marked
        // What the window marks: topic bodies and summaries, the items' texts (cards, tests,
        // treatments) and glossary definitions, each under a name for the report.
        QList<std::pair<QString, QString>> fragments;
        for (const QString &section : kSectionKeys) {
            for (const Topic &topic : repository.topics(section, locale.code)) {
                fragments.append({topic.id, topic.bodyHtml});
                fragments.append({topic.id, topic.summary.toHtmlEscaped()});
            }
            for (const Item &item : repository.items(section, locale.code)) {
                for (const QString &text :
                     {item.summary, item.shows, item.expect, item.evidenceNote}) {
                    fragments.append({item.id, text.toHtmlEscaped()});
                }
                fragments.append({item.id, item.detailHtml});
            }
        }
        for (const GlossaryTerm &term : repository.glossary(locale.code)) {
            fragments.append({term.id, term.definition.toHtmlEscaped()});
        }
        for (const auto &[where, fragment] : std::as_const(fragments)) {
            {
                const QString result =
                    marker.mark(fragment, GlossaryMarker::Scope::EveryOccurrence);
                auto it = markedLink.globalMatch(result);
                while (it.hasNext()) {
                    const auto match = it.next();
                    const QString word = match.captured(2);
                    ++counts[match.captured(1) + QLatin1Char('\t') + word];
                    // "DM" is an abbreviation; "dm" (decimetre) or "Les" would be the word.
                    EXPECT_FALSE(ordinary.contains(word))
                        << where.toStdString() << ": everyday word '" << word.toStdString()
                        << "' marked as " << match.captured(1).toStdString();
                }
            }
        }
        EXPECT_GT(counts.size(), 20);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            out << locale.code << '\t' << it.key() << '\t' << it.value() << '\n';
        }
    }
}

} // namespace
} // namespace cg
