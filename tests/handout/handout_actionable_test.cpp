// SPDX-License-Identifier: GPL-3.0-or-later
// Handouts a patient can act on without the screen, read back from real PDFs: the two-page
// key-points sheet, the care cards on page 1 or 2 of every handout and never cut, the tools the
// text points to printed on paper, numbered sources, and the clinic's details.
#include "handout/handout_body_map.h"
#include "handout/handout_document_builder.h"
#include "handout/handout_export.h"
#include "handout/handout_presets.h"
#include "handout/handout_selection.h"
#include "handout_test_support.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace cg {
namespace {

using test::HandoutTest;
using test::searchable;

class HandoutActionable : public HandoutTest {
protected:
    // The PDF's text in reading order (columns one after the other, as a reader reads the
    // cards), one entry per page.
    QStringList exportPages(const HandoutRequest &request, const QString &name) {
        const QString path = m_dir.filePath(name);
        const HandoutExportResult result = exportHandoutFile(build(request), path);
        EXPECT_TRUE(result.ok) << name.toStdString() << ": " << result.error.toStdString();
        QStringList pages = test::pdfPages(path);
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
    QTemporaryDir m_dir;
};

// Two pages on A4 and on the shorter US Letter, with and without the clinic's details.
TEST_F(HandoutActionable, KeyPointsFitsTwoPagesWithTheCareCardsAndQuestions) {
    for (const auto paper : {HandoutRequest::Paper::A4, HandoutRequest::Paper::Letter}) {
        for (const bool clinic : {false, true}) {
            const bool a4 = paper == HandoutRequest::Paper::A4;
            SCOPED_TRACE(std::string(a4 ? "A4" : "Letter") + (clinic ? " with clinic" : ""));
            HandoutRequest request;
            request.preset = QStringLiteral("key-points");
            request.paper = paper;
            if (clinic) {
                request.clinicName = QStringLiteral("Riverside Rheumatology Clinic");
                request.clinicPhone = QStringLiteral("+1 555 0100");
            }
            applyPresetDefaults(request);
            const QStringList pages = exportPages(
                request, QStringLiteral("key-points-en-%1-%2.pdf").arg(int(a4)).arg(int(clinic)));
            EXPECT_LE(pages.size(), 2);
            const QString text = searchable(pages.join(QString()));
            for (const QString &heading : cardHeadings(kSourceLocale)) {
                EXPECT_TRUE(text.contains(searchable(heading))) << heading.toStdString();
            }
            EXPECT_TRUE(text.contains(searchable(
                repository().topic(QStringLiteral("key-points"), kSourceLocale)->title)));
            EXPECT_TRUE(text.contains(searchable(
                repository().string(QStringLiteral("questions_heading"), kSourceLocale).text)));
            // Only the preset's few questions, each with a box, and room to write two more.
            EXPECT_EQ(QString(pages.join(QString())).count(QChar(0x2610)),
                      findHandoutPreset(request.preset)->questionIds.size() + 2);
            if (clinic) {
                // In the running header of page 1 and on the "soon" card.
                EXPECT_GE(pages.first().count(request.clinicName), 2);
                EXPECT_TRUE(pages.first().contains(request.clinicPhone));
            }
        }
    }
}

// Arabic runs taller than English (a larger type for its letters, marks above and below): the
// goal is three pages. Side by side, the urgent and "soon" cards do not fit under the emergency
// card, so the renderer stacks the three cards and the urgent card stays on page 1.
TEST_F(HandoutActionable, KeyPointsInArabicIsAtMostThreePages) {
    for (const auto paper : {HandoutRequest::Paper::A4, HandoutRequest::Paper::Letter}) {
        HandoutRequest request;
        request.preset = QStringLiteral("key-points");
        request.language = QStringLiteral("ar");
        request.paper = paper;
        applyPresetDefaults(request);
        EXPECT_LE(
            exportPages(request, QStringLiteral("key-points-ar-%1.pdf").arg(int(paper))).size(), 3);
    }
}

// Arabic lines are set at a fixed 1.6 ems and its letters 10% larger, so an Arabic handout
// runs longer than the English one, but by no more than 30%: at the Arabic font's own line
// height (about 2.1 ems) it ran 40% and more. The key-points sheet has its own goal (3 pages).
TEST_F(HandoutActionable, ArabicHandoutsAreAtMostThirtyPercentLongerThanEnglish) {
    QStringList presets{QString()}; // no preset: every section
    for (const HandoutPreset &preset : handoutPresets()) {
        if (preset.id != QStringLiteral("key-points")) {
            presets.append(preset.id);
        }
    }
    for (const QString &preset : presets) {
        SCOPED_TRACE(preset.toStdString());
        QList<qsizetype> pages;
        for (const QString &locale : {QStringLiteral("en"), QStringLiteral("ar")}) {
            HandoutRequest request;
            request.language = locale;
            request.preset = preset;
            request.paper = HandoutRequest::Paper::A4;
            applyPresetDefaults(request);
            pages.append(
                exportPages(request, QStringLiteral("ratio-%1-%2.pdf").arg(locale, preset)).size());
        }
        ASSERT_GT(pages.at(0), 0);
        EXPECT_LE(double(pages.at(1)), 1.3 * double(pages.at(0)))
            << pages.at(1) << " Arabic pages, " << pages.at(0) << " English";
    }
}

// Safety first: every handout, in every preset, in a left-to-right and a right-to-left language,
// has all three care cards on page 1 or 2 (in large print the emergency card), each card whole
// on one page. The handout with no preset (every section) is checked on the full handouts of
// FullHandoutPdf.
TEST_F(HandoutActionable, EveryHandoutHasTheCareCardsWholeOnPageOneOrTwo) {
    QStringList presets;
    for (const HandoutPreset &preset : handoutPresets()) {
        presets.append(preset.id);
    }
    ASSERT_FALSE(presets.isEmpty());
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
                test::expectCareCardsWholeOnPageOneOrTwo(pages, cards, large);
            }
        }
    }
}

// With a condition chosen, the body map is printed after "when and where" with that
// condition's places filled in; without one there is no picture (the table lists every
// condition). The HTML export carries the same picture inside the file.
TEST_F(HandoutActionable, TheBodyMapOfTheChosenConditionIsPrinted) {
    auto imagesIn = [](const QString &pdf) {
        QProcess process;
        process.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        EXPECT_TRUE(process.waitForFinished(30000));
        // Two header lines, then one line per image.
        return QString::fromUtf8(process.readAllStandardOutput())
                   .trimmed()
                   .count(QLatin1Char('\n')) -
               1;
    };
    for (const QString &condition : {QString(), QStringLiteral("systemic-sclerosis")}) {
        SCOPED_TRACE(condition.toStdString());
        HandoutRequest request;
        request.topics = {QStringLiteral("when-and-where")};
        request.condition = condition;
        const HandoutDocument document = build(request);
        const QString pdf = m_dir.filePath(QStringLiteral("map-%1.pdf").arg(condition));
        ASSERT_TRUE(exportHandoutFile(document, pdf).ok);
        EXPECT_EQ(imagesIn(pdf), condition.isEmpty() ? 0 : 1);
        const QString html = m_dir.filePath(QStringLiteral("map-%1.html").arg(condition));
        ASSERT_TRUE(exportHandoutFile(document, html).ok);
        QFile file(html);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(file.readAll().contains("src=\"data:image/png;base64,"), !condition.isEmpty());
    }
}

// The text speaks to "you or your child"; the chosen condition says which this copy is for.
TEST_F(HandoutActionable, TheChosenConditionSaysWhomTheHandoutIsFor) {
    const QString child =
        repository().string(QStringLiteral("labels.handout_for_child"), kSourceLocale).text;
    const QString person =
        repository().string(QStringLiteral("labels.handout_for_person"), kSourceLocale).text;
    ASSERT_TRUE(child.contains(QStringLiteral("%1")) && person.contains(QStringLiteral("%1")));
    const auto bodyFor = [this](const QString &condition) {
        HandoutRequest request;
        request.preset = QStringLiteral("key-points");
        request.condition = condition;
        applyPresetDefaults(request);
        return build(request).bodyHtml;
    };
    const auto label = [this](const QString &condition) {
        return repository()
            .string(QStringLiteral("conditions.") + condition, kSourceLocale)
            .text.toHtmlEscaped();
    };
    const QString jdm = bodyFor(QStringLiteral("juvenile-dermatomyositis"));
    EXPECT_TRUE(jdm.contains(child.arg(label(QStringLiteral("juvenile-dermatomyositis")))));
    const QString lupus = bodyFor(QStringLiteral("lupus"));
    EXPECT_TRUE(lupus.contains(person.arg(label(QStringLiteral("lupus")))));
    EXPECT_FALSE(lupus.contains(child.section(QStringLiteral("%1"), 0, 0)));
    const QString none = bodyFor(QString());
    EXPECT_FALSE(none.contains(QStringLiteral("class=\"audience\"")));
}

// The picture itself: the places of the condition are filled black on a grey figure.
TEST(HandoutBodyMap, ThePlacesOfTheConditionAreFilledBlack) {
    QFont font;
    font.setPixelSize(24);
    const QImage none =
        paperBodyMap({}, QStringLiteral("Front"), QStringLiteral("Back"), 600, font);
    const QImage knees = paperBodyMap({QStringLiteral("knees"), QStringLiteral("elbows")},
                                      QStringLiteral("Front"), QStringLiteral("Back"), 600, font);
    ASSERT_FALSE(none.isNull());
    ASSERT_EQ(none.size(), knees.size());
    EXPECT_EQ(none.width(), 600);
    auto darkPixels = [](const QImage &image) {
        qsizetype dark = 0;
        for (int y = 0; y < image.height(); ++y) {
            const uchar *line = image.constScanLine(y);
            for (int x = 0; x < image.width(); ++x) {
                dark += line[x] < 64 ? 1 : 0;
            }
        }
        return dark;
    };
    // The labels are dark in both; the filled knees and elbows add thousands of pixels.
    EXPECT_GT(darkPixels(knees), darkPixels(none) + 2000);
    EXPECT_EQ(knees.format(), QImage::Format_Grayscale8);
}

// Every table on paper names each of its columns, in every language: a header cell left blank
// leaves a reader guessing what the column holds.
TEST_F(HandoutActionable, EveryTableHeaderCellIsNamed) {
    for (const LocaleInfo &locale : repository().locales()) {
        SCOPED_TRACE(locale.code.toStdString());
        HandoutRequest request;
        request.language = locale.code;
        request.topics = {QStringLiteral("five-types"), QStringLiteral("known-and-unknown"),
                          QStringLiteral("when-and-where"), QStringLiteral("having-tests")};
        const QString body = build(request).bodyHtml;
        ASSERT_TRUE(body.contains(QStringLiteral("<table class=\"tool\"")));
        EXPECT_FALSE(body.contains(QStringLiteral("<b></b>")));
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
