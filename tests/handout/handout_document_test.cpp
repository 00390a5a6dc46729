// SPDX-License-Identifier: GPL-3.0-or-later
// The handout's body as built from the content, and its self-contained HTML form.
#include "document/content_html.h"
#include "handout/handout_html_export.h"
#include "handout/handout_presets.h"
#include "handout_test_support.h"

#include <QTemporaryDir>

namespace cg {
namespace {

using test::HandoutTest;

class HandoutDocumentTest : public HandoutTest {};

HandoutRequest oneTopic(const QString &language = kSourceLocale) {
    HandoutRequest request;
    request.language = language;
    request.topics = {QStringLiteral("what-it-is")};
    request.includeQuestions = false;
    return request;
}

TEST_F(HandoutDocumentTest, CareCardsAreOnEveryHandout) {
    for (const QString &topic : {QStringLiteral("what-it-is"), QStringLiteral("support")}) {
        HandoutRequest request = oneTopic();
        request.topics = {topic};
        const HandoutDocument document = build(request);
        const QList<CareCard> cards = repository().careCards(kSourceLocale);
        ASSERT_EQ(cards.size(), 3);
        for (const CareCard &card : cards) {
            EXPECT_TRUE(document.bodyHtml.contains(card.heading.toHtmlEscaped()))
                << card.heading.toStdString();
            for (const RedFlag &sign : card.signs) {
                EXPECT_TRUE(document.bodyHtml.contains(sign.text.toHtmlEscaped()))
                    << sign.text.toStdString();
            }
        }
    }
}

TEST_F(HandoutDocumentTest, QuestionsChecklistHasEveryQuestionWithAnEmptyBox) {
    HandoutRequest request = oneTopic();
    request.includeQuestions = true;
    const HandoutDocument document = build(request);
    const QList<Item> questions =
        repository().items(Page::Living, kSourceLocale, QStringLiteral("question"));
    ASSERT_FALSE(questions.isEmpty());
    for (const Item &question : questions) {
        EXPECT_TRUE(document.bodyHtml.contains(question.name.toHtmlEscaped()))
            << question.name.toStdString();
    }
    EXPECT_GE(document.bodyHtml.count(QStringLiteral("&#9744;")), questions.size());
    const QString heading =
        repository().string(QStringLiteral("questions_heading"), kSourceLocale).text;
    EXPECT_TRUE(document.bodyHtml.contains(heading.toHtmlEscaped()));
    EXPECT_FALSE(build(oneTopic()).bodyHtml.contains(heading.toHtmlEscaped()));
}

TEST_F(HandoutDocumentTest, TeachBackChecklistOnlyWhenAsked) {
    const QString first =
        repository()
            .string(QStringLiteral("teach_back.") + teachBackIds().first(), kSourceLocale)
            .text.toHtmlEscaped();
    EXPECT_FALSE(build(oneTopic()).bodyHtml.contains(first));
    HandoutRequest request = oneTopic();
    request.includeTeachBack = true;
    const HandoutDocument document = build(request);
    for (const QString &id : teachBackIds()) {
        const QString text =
            repository().string(QStringLiteral("teach_back.") + id, kSourceLocale).text;
        EXPECT_TRUE(document.bodyHtml.contains(text.toHtmlEscaped())) << id.toStdString();
    }
}

TEST_F(HandoutDocumentTest, PatientNoteAndClinicAppearOnlyWhenGiven) {
    const QString preparedFor =
        repository().string(QStringLiteral("labels.prepared_for"), kSourceLocale).text;
    const HandoutDocument plain = build(oneTopic());
    EXPECT_FALSE(plain.bodyHtml.contains(preparedFor));
    EXPECT_TRUE(plain.clinicLine.isEmpty());

    HandoutRequest request = oneTopic();
    request.patientName = QStringLiteral("Ana <Test> Example");
    request.clinicianNote = QStringLiteral("Come back in two weeks.\nBring your diary.");
    request.clinicName = QStringLiteral("Rheumatology Clinic B");
    request.clinicPhone = QStringLiteral("+44 20 7946 0000");
    const HandoutDocument document = build(request);
    EXPECT_TRUE(document.bodyHtml.contains(preparedFor));
    EXPECT_TRUE(document.bodyHtml.contains(QStringLiteral("Ana &lt;Test&gt; Example")));
    EXPECT_TRUE(document.bodyHtml.contains(QStringLiteral("<p>Bring your diary.</p>")));
    EXPECT_TRUE(document.clinicLine.contains(QStringLiteral("Rheumatology Clinic B")));
    EXPECT_TRUE(document.clinicLine.contains(QStringLiteral("+44 20 7946 0000")));
    // The header and footer name the handout, never the patient.
    EXPECT_FALSE(document.title.contains(QStringLiteral("Ana")));
}

TEST_F(HandoutDocumentTest, SourcesOfTheTopicsAreListedAtTheEnd) {
    const HandoutDocument document = build(oneTopic());
    const Topic topic = *repository().topic(QStringLiteral("what-it-is"), kSourceLocale);
    for (const QString &source : topic.sources) {
        EXPECT_TRUE(document.citedSources.contains(source)) << source.toStdString();
    }
    const QString heading =
        repository().string(QStringLiteral("sources_heading"), kSourceLocale).text;
    const qsizetype sources = document.bodyHtml.lastIndexOf(heading.toHtmlEscaped());
    EXPECT_GT(sources, document.bodyHtml.indexOf(topic.title.toHtmlEscaped()));
}

TEST_F(HandoutDocumentTest, TranslatedLanguagesCarryTheReviewNotice) {
    for (const LocaleInfo &locale : repository().locales()) {
        const HandoutDocument document = build(oneTopic(locale.code));
        const QString notice =
            repository().string(QStringLiteral("translation_note"), locale.code).text;
        EXPECT_EQ(document.bodyHtml.contains(notice.toHtmlEscaped()),
                  locale.status == QStringLiteral("awaiting-review"))
            << locale.code.toStdString();
        EXPECT_EQ(document.direction, locale.direction) << locale.code.toStdString();
    }
}

TEST_F(HandoutDocumentTest, BilingualFollowsEachPassageWithItsTranslation) {
    HandoutRequest request = oneTopic(QStringLiteral("es"));
    request.secondLanguage = kSourceLocale;
    const HandoutDocument document = build(request);
    const QString spanish = repository()
                                .topic(QStringLiteral("what-it-is"), QStringLiteral("es"))
                                ->title.toHtmlEscaped();
    const QString english =
        repository().topic(QStringLiteral("what-it-is"), kSourceLocale)->title.toHtmlEscaped();
    const qsizetype first = document.bodyHtml.indexOf(QStringLiteral("<h2>") + spanish);
    const qsizetype second = document.bodyHtml.indexOf(QStringLiteral("<h2>") + english);
    ASSERT_GE(first, 0);
    ASSERT_GE(second, 0);
    EXPECT_LT(first, second);
    // Each passage sits under a label naming its language.
    for (const QString &code : {QStringLiteral("es"), kSourceLocale}) {
        const QString name = repository().locale(code)->nativeName.toHtmlEscaped();
        EXPECT_TRUE(document.bodyHtml.contains(QStringLiteral("class=\"lang\">") + name))
            << code.toStdString();
    }
    EXPECT_EQ(document.footerNotes.size(), 2);
}

TEST_F(HandoutDocumentTest, LargePrintIsAtLeast18PointAndNeverJustified) {
    HandoutRequest request = oneTopic();
    request.largePrint = true;
    const HandoutDocument document = build(request);
    EXPECT_GE(document.options.bodyPointSize(), 18.0);
    EXPECT_TRUE(document.styleSheet.contains(QStringLiteral("font-size: 18.0pt")));
    EXPECT_FALSE(document.styleSheet.contains(QStringLiteral("justify")));
    EXPECT_FALSE(document.bodyHtml.contains(QStringLiteral("justify")));
    EXPECT_TRUE(document.fontFamilies.contains(QStringLiteral("Noto Sans")) ||
                document.fontFamilies.contains(QStringLiteral("DejaVu Sans")));
}

TEST_F(HandoutDocumentTest, HtmlExportIsOneSelfContainedFile) {
    HandoutRequest request = oneTopic(QStringLiteral("ar"));
    request.secondLanguage = kSourceLocale;
    const QString html = handoutStandaloneHtml(build(request));
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<html lang=\"ar\" dir=\"rtl\">")));
    EXPECT_EQ(html.count(QStringLiteral("<style>")), 1);
    // Whatever reached the text, a browser runs and fetches nothing: the policy comes first in
    // <head>, before the styles and the body.
    const QString policy = QStringLiteral(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
        "'unsafe-inline'; img-src data:\">");
    ASSERT_EQ(html.count(policy), 1) << html.left(400).toStdString();
    EXPECT_LT(html.indexOf(policy), html.indexOf(QStringLiteral("<style>")));
    EXPECT_LT(html.indexOf(QStringLiteral("<head>")), html.indexOf(policy));
    for (const QString &external :
         {QStringLiteral("<link"), QStringLiteral("<script"), QStringLiteral("src="),
          QStringLiteral("url("), QStringLiteral("@import"), QStringLiteral("<img")}) {
        EXPECT_FALSE(html.contains(external, Qt::CaseInsensitive)) << external.toStdString();
    }
    const QString footer =
        repository().string(QStringLiteral("handout_footer"), QStringLiteral("ar")).text;
    EXPECT_TRUE(html.contains(footer.toHtmlEscaped()));

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("handout.html"));
    const HandoutExportResult result = exportHandoutFile(build(request), path);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()), html);
}

} // namespace
} // namespace cg
