// SPDX-License-Identifier: GPL-3.0-or-later
// Handouts a patient can act on without the screen, read back from real PDFs: the two-page
// key-points sheet, the care cards on page 1 or 2 of every handout and never cut, the tools the
// text points to printed on paper, numbered sources, and the clinic's details.
#include "handout/handout_document_builder.h"
#include "handout/handout_export.h"
#include "handout/handout_presets.h"
#include "handout/handout_selection.h"
#include "handout_test_support.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace cg {
namespace {

using test::HandoutTest;
using test::pdfText;
using test::searchable;

class HandoutActionable : public HandoutTest {
protected:
    // The PDF's text in reading order (columns one after the other, as a reader reads the
    // cards), one entry per page: pdftotext ends every page with a form feed.
    QStringList exportPages(const HandoutRequest &request, const QString &name) {
        const QString path = m_dir.filePath(name);
        const HandoutExportResult result = exportHandoutFile(build(request), path);
        EXPECT_TRUE(result.ok) << name.toStdString() << ": " << result.error.toStdString();
        QStringList pages = pdfText(path, 0, 0, false).split(QLatin1Char('\f'));
        while (!pages.isEmpty() && pages.last().trimmed().isEmpty()) {
            pages.removeLast();
        }
        EXPECT_EQ(pages.size(), result.pages) << name.toStdString();
        return pages;
    }
    QStringList cardHeadings(const QString &locale) const {
        QStringList headings;
        for (const CareCard &card : repository().careCards(locale)) {
            headings.append(card.heading);
        }
        return headings;
    }
    // The first page (1-based) whose text contains `text`, or 0.
    static int pageOf(const QStringList &pages, const QString &text) {
        // pdftotext drops the hyphen of a word broken at a line end ("self-" "harm").
        auto plain = [](const QString &value) {
            return searchable(value).remove(QLatin1Char('-'));
        };
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (plain(pages.at(i)).contains(plain(text))) {
                return int(i) + 1;
            }
        }
        return 0;
    }
    QTemporaryDir m_dir;
};

TEST_F(HandoutActionable, KeyPointsFitsTwoA4PagesWithTheCareCardsAndQuestions) {
    HandoutRequest request;
    request.preset = QStringLiteral("key-points");
    request.paper = HandoutRequest::Paper::A4;
    applyPresetDefaults(request);
    const QStringList pages = exportPages(request, QStringLiteral("key-points-en.pdf"));
    EXPECT_LE(pages.size(), 2);
    const QString text = searchable(pages.join(QString()));
    for (const QString &heading : cardHeadings(kSourceLocale)) {
        EXPECT_TRUE(text.contains(searchable(heading))) << heading.toStdString();
    }
    EXPECT_TRUE(text.contains(
        searchable(repository().topic(QStringLiteral("key-points"), kSourceLocale)->title)));
    EXPECT_TRUE(text.contains(
        searchable(repository().string(QStringLiteral("questions_heading"), kSourceLocale).text)));
    // Only the preset's few questions, each with a box, and room to write two more.
    EXPECT_EQ(QString(pages.join(QString())).count(QChar(0x2610)),
              findHandoutPreset(request.preset)->questionIds.size() + 2);
}

// Arabic runs taller than English (a larger type for its letters, marks above and below). The
// goal is three pages; the sheet takes four today, because the row of the second and third
// care cards does not fit under the emergency card on page 1. This keeps it from growing.
TEST_F(HandoutActionable, KeyPointsInArabicIsAtMostFourPages) {
    HandoutRequest request;
    request.preset = QStringLiteral("key-points");
    request.language = QStringLiteral("ar");
    request.paper = HandoutRequest::Paper::A4;
    applyPresetDefaults(request);
    EXPECT_LE(exportPages(request, QStringLiteral("key-points-ar.pdf")).size(), 4);
}

// Safety first: every handout, in every preset, in a left-to-right and a right-to-left language,
// has all three care cards on page 1 or 2 (in large print the emergency card), each card whole
// on one page.
TEST_F(HandoutActionable, EveryHandoutHasTheCareCardsWholeOnPageOneOrTwo) {
    QStringList presets{QString()}; // no preset: every section
    for (const HandoutPreset &preset : handoutPresets()) {
        presets.append(preset.id);
    }
    for (const QString &locale : {QStringLiteral("en"), QStringLiteral("ar")}) {
        const QList<CareCard> cards = repository().careCards(locale);
        ASSERT_EQ(cards.size(), 3);
        for (const QString &preset : presets) {
            for (const bool large : {false, true}) {
                const QString trace = locale + QLatin1Char(' ') + preset +
                                      (large ? QStringLiteral(" large") : QString());
                SCOPED_TRACE(trace.toStdString());
                HandoutRequest request;
                request.language = locale;
                request.preset = preset;
                request.largePrint = large;
                applyPresetDefaults(request);
                const QStringList pages = exportPages(
                    request, QStringLiteral("cards-%1-%2-%3.pdf").arg(locale, preset).arg(large));
                for (const CareCard &card : cards) {
                    const int headingPage = pageOf(pages, card.heading);
                    EXPECT_GE(headingPage, 1) << card.urgency.toStdString();
                    // At 18 pt the three cards fill about two pages of their own: in large
                    // print the emergency card is still first, the others follow at once.
                    const int latest = large && card.urgency != QStringLiteral("emergency") ? 4 : 2;
                    EXPECT_LE(headingPage, latest) << card.urgency.toStdString();
                    // The card's last sign is on the same page as its heading: never split.
                    EXPECT_EQ(pageOf(pages, card.signs.last().text), headingPage)
                        << card.urgency.toStdString();
                }
            }
        }
    }
}

// The text says "tick the signs below", "the checklist below", "each treatment has a label"
// and names the five types: on paper those are printed after the topic that points to them.
TEST_F(HandoutActionable, TheToolsTheTextPointsToArePrinted) {
    HandoutRequest request;
    request.topics = {QStringLiteral("five-types"), QStringLiteral("signs-of-calcinosis"),
                      QStringLiteral("known-and-unknown"), QStringLiteral("self-care-steps"),
                      QStringLiteral("when-and-where")};
    const QStringList pages = exportPages(request, QStringLiteral("tools.pdf"));
    const QString all = pages.join(QString());
    const QString text = searchable(all);
    for (const Item &type :
         repository().items(Page::Overview, kSourceLocale, QStringLiteral("type"))) {
        EXPECT_TRUE(text.contains(searchable(type.name))) << type.id.toStdString();
    }
    for (const Item &treatment :
         repository().items(Page::Treatment, kSourceLocale, QStringLiteral("treatment"))) {
        EXPECT_TRUE(text.contains(searchable(treatment.name))) << treatment.id.toStdString();
    }
    EXPECT_TRUE(text.contains(
        searchable(repository()
                       .string(QStringLiteral("evidence.not-recommended.label"), kSourceLocale)
                       .text)));
    const int symptoms =
        int(repository().items(Page::Diagnosis, kSourceLocale, QStringLiteral("symptom")).size());
    const int selfCare =
        int(repository().items(Page::Living, kSourceLocale, QStringLiteral("self-care")).size());
    // A box for every sign and every self-care step, plus the questions checklist's.
    EXPECT_GE(all.count(QChar(0x2610)), symptoms + selfCare);
    EXPECT_TRUE(text.contains(searchable(
        repository().string(QStringLiteral("signs_checklist_heading"), kSourceLocale).text)));
    EXPECT_TRUE(text.contains(
        searchable(repository().string(QStringLiteral("regions.elbows"), kSourceLocale).text)));
}

// One numbered list of sources at the end; a topic's line gives numbers, not titles.
TEST_F(HandoutActionable, SourcesAreOneNumberedListThatTopicsReferTo) {
    HandoutRequest request;
    request.topics = {QStringLiteral("medicines-for-calcinosis")};
    const HandoutDocument document = build(request);
    ASSERT_FALSE(document.citedSources.isEmpty());
    const QString pattern =
        repository().string(QStringLiteral("labels.sources_for_this_page"), kSourceLocale).text;
    const QString prefix = pattern.section(QStringLiteral("%1"), 0, 0);
    const qsizetype at = document.bodyHtml.indexOf(prefix);
    ASSERT_GE(at, 0);
    const QString line = document.bodyHtml.mid(at, 80);
    EXPECT_TRUE(line.contains(QRegularExpression(QStringLiteral("\\d+, \\d+"))))
        << line.toStdString();
    EXPECT_FALSE(document.bodyHtml.contains(QChar(0x27e6))); // every reference resolved
    // On paper the list at the end numbers every cited source in citation order.
    const QStringList pages = exportPages(request, QStringLiteral("sources.pdf"));
    const QString text = searchable(pages.join(QString()));
    QString firstTitle;
    for (const Source &source : repository().sources()) {
        if (source.id == document.citedSources.constFirst()) {
            firstTitle = source.title;
        }
    }
    ASSERT_FALSE(firstTitle.isEmpty());
    EXPECT_TRUE(text.contains(searchable(QStringLiteral("1. ") + firstTitle)))
        << firstTitle.toStdString();
}

} // namespace
} // namespace cg
