// SPDX-License-Identifier: GPL-3.0-or-later
// Real PDFs, read back with poppler: in every content language of the database, in large
// print and bilingual. Languages are taken from the database, so the suite follows whatever
// translations exist (a partial one shows its missing passages in English, as the app does).
#include "handout_test_support.h"

#include <QLocale>
#include <QTemporaryDir>
#include <optional>

namespace cg {
namespace {

using test::HandoutTest;
using test::pdfPageCount;
using test::pdfText;
using test::searchable;

class HandoutPdfTest : public HandoutTest {
protected:
    // Exports and returns the path; fails the test when the export fails.
    QString exportPdf(const HandoutRequest &request, const QString &name) {
        const QString path = m_dir.filePath(name);
        const HandoutExportResult result = exportHandoutFile(build(request), path);
        EXPECT_TRUE(result.ok) << name.toStdString() << ": " << result.error.toStdString();
        EXPECT_EQ(pdfPageCount(path), result.pages) << name.toStdString();
        return path;
    }
    // Words on a page, on average, not counting the running header and footer.
    static double wordsPerPage(const QString &path) {
        const int pages = pdfPageCount(path);
        return pages > 0 ? static_cast<double>(test::wordCount(pdfText(path))) / pages : 0.0;
    }

    QTemporaryDir m_dir;
};

// The languages of the full-handout checks below. Parameters are fixed when the tests are
// listed, before any database is open, so this test holds the list to the database's: a new
// content language fails here until it is added.
const QStringList kFullHandoutLocales = {QStringLiteral("en"), QStringLiteral("es"),
                                         QStringLiteral("fr"), QStringLiteral("de"),
                                         QStringLiteral("ar"), QStringLiteral("zh")};

TEST_F(HandoutPdfTest, FullHandoutsAreCheckedInEveryContentLanguage) {
    QStringList codes;
    for (const LocaleInfo &locale : repository().locales()) {
        codes.append(locale.code);
    }
    ASSERT_FALSE(codes.isEmpty());
    codes.sort();
    QStringList checked = kFullHandoutLocales;
    checked.sort();
    EXPECT_EQ(codes, checked);
}

// A full handout (every section) in one content language, on A4, in standard and in large
// print: each is exported once and read back once (in reading order and in layout order), and
// every check that concerns a full handout is made on that PDF.
class FullHandoutPdf : public HandoutPdfTest, public ::testing::WithParamInterface<QString> {
protected:
    // Headings in that language, page numbers with that language's label, and a sane number of
    // pages. The whole English content is about 5,000 words plus care cards, checklists and
    // sources; at 12 pt on A4 with 1.5 line spacing a page holds 150-400 words, so 10-45 pages.
    // Translations run longer (Arabic lines are taller, German words longer): 5-80 pages
    // catches both an empty handout and a runaway layout.
    void expectTheLanguagesHeadingsPageNumbersAndDisclaimer(const LocaleInfo &locale,
                                                            const QString &path) {
        SCOPED_TRACE("headings, page numbers and disclaimer in the handout's language");
        const int pages = pdfPageCount(path);
        EXPECT_GE(pages, 5);
        EXPECT_LE(pages, 80);
        const QString text = searchable(pdfText(path));
        ASSERT_FALSE(text.isEmpty());

        for (const Section &section : repository().sections(locale.code)) {
            EXPECT_TRUE(text.contains(searchable(section.title))) << section.key.toStdString();
            for (const Topic &topic : repository().topics(section.key, locale.code)) {
                EXPECT_TRUE(text.contains(searchable(topic.title))) << topic.id.toStdString();
            }
        }
        const QString title =
            repository().string(QStringLiteral("labels.handout_title"), locale.code).text;
        EXPECT_TRUE(text.contains(searchable(title)));

        // "Page 1 of N" .. "Page N of N", in the language's words and digits.
        const QString pageOf =
            repository().string(QStringLiteral("labels.page_of"), locale.code).text;
        const QLocale numbers(locale.code);
        for (int page : {1, pages}) {
            const QString label = pageOf.arg(numbers.toString(page), numbers.toString(pages));
            EXPECT_TRUE(test::pdfHas(pdfText(path, page, page), label, locale.direction))
                << "page " << page;
        }
        const QString disclaimer =
            repository().string(QStringLiteral("handout_footer"), locale.code).text;
        EXPECT_TRUE(test::pdfHas(pdfText(path, pages, pages), disclaimer, locale.direction));
    }

    // Every topic title is a heading; none may be the last line of body text on a page.
    void expectNoPageEndsWithAHeading(const QString &path) {
        SCOPED_TRACE("no page ends with a heading");
        QStringList headings;
        for (const QString &section : kSectionKeys) {
            headings.append(repository().section(section, kSourceLocale)->title);
            for (const Topic &topic : repository().topics(section, kSourceLocale)) {
                headings.append(topic.title);
            }
        }
        const QString pageOf =
            repository().string(QStringLiteral("labels.page_of"), kSourceLocale).text;
        const int pages = pdfPageCount(path);
        const QStringList layoutPages = test::pdfPages(path, true);
        ASSERT_EQ(layoutPages.size(), pages);
        for (int page = 1; page < pages; ++page) {
            // In layout order the body's last line comes just before the footer.
            const QStringList lines =
                layoutPages.at(page - 1).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            const QString footer = pageOf.arg(page).arg(pages);
            QString lastBodyLine;
            QString lineBefore;
            for (const QString &line : lines) {
                if (line.trimmed().startsWith(footer)) {
                    break;
                }
                if (!line.trimmed().isEmpty()) {
                    lineBefore = lastBodyLine;
                    lastBodyLine = line.trimmed();
                }
            }
            ASSERT_FALSE(lastBodyLine.isEmpty()) << "page " << page;
            // A long heading may wrap: its last two lines together are the heading.
            const QString lastTwo = lineBefore + QLatin1Char(' ') + lastBodyLine;
            EXPECT_FALSE(headings.contains(lastBodyLine) || headings.contains(lastTwo))
                << "page " << page << " ends with the heading " << lastBodyLine.toStdString();
        }
    }

    // Long headings wrap in large print and in longer languages; the first part of one must
    // never be the last body line of a page.
    void expectNoHeadingIsSplitAcrossPages(const LocaleInfo &locale, const QString &path) {
        SCOPED_TRACE("no heading is split across pages");
        QStringList headings;
        for (const Section &section : repository().sections(locale.code)) {
            headings.append(searchable(section.title));
            for (const Topic &topic : repository().topics(section.key, locale.code)) {
                headings.append(searchable(topic.title));
            }
        }
        const QString pageOf =
            repository().string(QStringLiteral("labels.page_of"), locale.code).text;
        const int pages = pdfPageCount(path);
        const QStringList pageLines = test::pdfPages(path, true);
        ASSERT_EQ(pageLines.size(), pages);
        for (int page = 1; page < pages; ++page) {
            const QStringList lines =
                pageLines.at(page - 1).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            const QString footer = searchable(pageOf.arg(page).arg(pages));
            QString lastBodyLine;
            for (const QString &line : lines) {
                const QString text = searchable(line);
                if (text.startsWith(footer)) {
                    break;
                }
                if (!text.isEmpty()) {
                    lastBodyLine = text;
                }
            }
            // The top of the next page (its running header, then the body).
            const QStringList next =
                pageLines.at(page).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(0, 4);
            const QString nextTop = searchable(next.join(QString()));
            for (const QString &heading : headings) {
                // searchable() drops spaces, so a wrapped heading's first line is a prefix and
                // its rest opens the next page. A body line that merely starts like a heading
                // ("Calcinosis" in a list) has no rest over there.
                EXPECT_FALSE(lastBodyLine.size() >= 3 && heading.size() > lastBodyLine.size() &&
                             heading.startsWith(lastBodyLine) &&
                             nextTop.contains(heading.mid(lastBodyLine.size())))
                    << "page " << page << " ends with the start of the heading \""
                    << heading.toStdString() << "\"";
            }
        }
    }

    // A page taken out of a translated handout still says it is a draft and a translation that
    // no clinician has checked: the review status and the translation mark are in every page's
    // footer.
    void expectTheReviewAndTranslationMarksOnEveryPage(const LocaleInfo &locale,
                                                       const QString &path) {
        SCOPED_TRACE("review and translation marks on every page");
        const QString mark =
            searchable(repository().string(QStringLiteral("translation_note"), locale.code).text);
        const QString status =
            searchable(repository()
                           .string(QStringLiteral("labels.written_not_reviewed"), locale.code)
                           .text.section(QStringLiteral("%1"), 1));
        ASSERT_GE(mark.size(), 10);
        ASSERT_GE(status.size(), 10);
        const QStringList pages = test::pdfPages(path);
        ASSERT_GE(pages.size(), 2);
        for (qsizetype page = 0; page < pages.size(); ++page) {
            const QString text = searchable(pages.at(page));
            EXPECT_TRUE(text.contains(mark)) << "page " << page + 1;
            EXPECT_TRUE(text.contains(status)) << "page " << page + 1;
        }
    }
};

TEST_P(FullHandoutPdf, StandardAndLargePrint) {
    const std::optional<LocaleInfo> locale = repository().locale(GetParam());
    ASSERT_TRUE(locale.has_value()) << GetParam().toStdString();
    for (const bool large : {false, true}) {
        SCOPED_TRACE(large ? "large print" : "standard print");
        HandoutRequest request;
        request.language = locale->code;
        request.paper = HandoutRequest::Paper::A4;
        request.largePrint = large;
        const QString path =
            exportPdf(request, QStringLiteral("full-%1-%2.pdf").arg(locale->code).arg(int(large)));
        if (!large) {
            expectTheLanguagesHeadingsPageNumbersAndDisclaimer(*locale, path);
        }
        expectNoHeadingIsSplitAcrossPages(*locale, path);
        if (locale->code == kSourceLocale) {
            expectNoPageEndsWithAHeading(path);
        }
        if (locale->code == QStringLiteral("es") && !large) {
            expectTheReviewAndTranslationMarksOnEveryPage(*locale, path);
        }
        // The care cards of the handout with no preset (every section), in a left-to-right and
        // a right-to-left language; the presets are checked in HandoutActionable.
        if (locale->code == kSourceLocale || locale->code == QStringLiteral("ar")) {
            test::expectCareCardsWholeOnPageOneOrTwo(test::pdfPages(path),
                                                     repository().careCards(locale->code), large);
        }
    }
}

// Named by the language code, so a failure (and ctest -R) names the language.
std::string languageName(const ::testing::TestParamInfo<QString> &language) {
    return language.param.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, FullHandoutPdf, ::testing::ValuesIn(kFullHandoutLocales),
                         languageName);

TEST_F(HandoutPdfTest, LargePrintHasFewerWordsPerPage) {
    HandoutRequest request;
    request.preset = QStringLiteral("living-with-calcinosis");
    const double standard = wordsPerPage(exportPdf(request, QStringLiteral("standard.pdf")));
    request.largePrint = true;
    const double large = wordsPerPage(exportPdf(request, QStringLiteral("large.pdf")));
    ASSERT_GT(standard, 0.0);
    // 18 pt against 12 pt: about (12/18)^2 of the words fit; allow for headings and boxes.
    EXPECT_LT(large, standard * 0.75) << large << " vs " << standard;
}

TEST_F(HandoutPdfTest, BilingualContainsBothLanguages) {
    HandoutRequest request;
    request.language = QStringLiteral("es");
    request.secondLanguage = kSourceLocale;
    request.preset = QStringLiteral("newly-diagnosed");
    const QString text = searchable(pdfText(exportPdf(request, QStringLiteral("bilingual.pdf"))));
    for (const QString &code : {QStringLiteral("es"), kSourceLocale}) {
        SCOPED_TRACE(code.toStdString());
        const QString title =
            repository().string(QStringLiteral("labels.handout_title"), code).text;
        EXPECT_TRUE(text.contains(searchable(title)));
        EXPECT_TRUE(text.contains(searchable(repository().locale(code)->nativeName)));
        for (const QString &topic : {QStringLiteral("what-it-is"), QStringLiteral("five-types")}) {
            EXPECT_TRUE(text.contains(searchable(repository().topic(topic, code)->title)))
                << topic.toStdString();
        }
    }
}

bool hasCharacterIn(const QString &text, char32_t first, char32_t last) {
    for (const char32_t c : text.toUcs4()) {
        if (c >= first && c <= last) {
            return true;
        }
    }
    return false;
}

TEST_F(HandoutPdfTest, ArabicAndChineseUseFontsThatCoverTheirScript) {
    struct Script {
        QString code;
        char32_t first, last;
        QString fontHint;
    };
    const QList<Script> scripts = {{QStringLiteral("ar"), 0x0600, 0x06FF, QStringLiteral("Arabic")},
                                   {QStringLiteral("zh"), 0x4E00, 0x9FFF, QStringLiteral("CJK")}};
    for (const Script &script : scripts) {
        SCOPED_TRACE(script.code.toStdString());
        ASSERT_TRUE(repository().locale(script.code).has_value());
        HandoutRequest request;
        request.language = script.code;
        request.topics = {QStringLiteral("what-it-is")};
        const QString path = exportPdf(request, script.code + QStringLiteral(".pdf"));
        const QString text = pdfText(path).normalized(QString::NormalizationForm_KC);
        EXPECT_TRUE(hasCharacterIn(text, script.first, script.last));
        // The handout title is translated in both: it must come back as the same letters.
        const QString title =
            repository().string(QStringLiteral("labels.handout_title"), script.code).text;
        EXPECT_TRUE(searchable(text).contains(searchable(title)));
        // Every font is embedded, and one of them is made for the script.
        const QString fonts = test::runProcess(QStringLiteral("pdffonts"), {path}).out;
        const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        ASSERT_FALSE(rows.isEmpty());
        for (const QString &row : rows) {
            EXPECT_TRUE(row.contains(QStringLiteral(" yes "))) << row.toStdString();
        }
        EXPECT_TRUE(fonts.contains(script.fontHint)) << fonts.toStdString();
    }
}

// The suite reads each PDF with one pdftotext run and splits it at the form feeds
// (test::pdfPages): every page must come out exactly as a run for that page alone prints it, in
// reading order and in layout order.
TEST_F(HandoutPdfTest, OneTextRunPerFileGivesEachPageAsARunForThatPageDoes) {
    HandoutRequest request;
    request.preset = QStringLiteral("living-with-calcinosis");
    const QString path = exportPdf(request, QStringLiteral("pages.pdf"));
    const int pages = pdfPageCount(path);
    ASSERT_GE(pages, 2);
    for (const bool layout : {false, true}) {
        SCOPED_TRACE(layout ? "layout" : "reading order");
        const QStringList whole = test::pdfPages(path, layout);
        ASSERT_EQ(whole.size(), pages);
        for (int page = 1; page <= pages; ++page) {
            QStringList arguments{QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                  QString::number(page)};
            if (layout) {
                arguments << QStringLiteral("-layout");
            }
            arguments << path << QStringLiteral("-");
            const test::ProcessRun one = test::runProcess(QStringLiteral("pdftotext"), arguments);
            ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
            EXPECT_FALSE(whole.at(page - 1).trimmed().isEmpty()) << "page " << page;
            EXPECT_EQ(one.out, whole.at(page - 1) + QLatin1Char('\f')) << "page " << page;
            EXPECT_EQ(pdfText(path, page, page, layout), one.out) << "page " << page;
        }
    }
}

TEST_F(HandoutPdfTest, PaperSizeFollowsTheRequest) {
    HandoutRequest request;
    request.topics = {QStringLiteral("what-it-is")};
    request.paper = HandoutRequest::Paper::Letter;
    const QString letter = exportPdf(request, QStringLiteral("letter.pdf"));
    EXPECT_TRUE(test::runProcess(QStringLiteral("pdfinfo"), {letter})
                    .out.contains(QStringLiteral("612 x 792 pts (letter)")));
    request.paper = HandoutRequest::Paper::A4;
    const QString a4 = exportPdf(request, QStringLiteral("a4.pdf"));
    EXPECT_TRUE(
        test::runProcess(QStringLiteral("pdfinfo"), {a4}).out.contains(QStringLiteral("(A4)")));
}

} // namespace
} // namespace cg
