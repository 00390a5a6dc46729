// SPDX-License-Identifier: GPL-3.0-or-later
// What a handout request selects, and what the command line and composer are told is wrong.
#include "handout/handout_presets.h"
#include "handout/handout_request.h"
#include "handout/handout_selection.h"
#include "handout_test_support.h"

namespace cg {
namespace {

using test::HandoutTest;

QStringList topicIds(const QList<HandoutTopicRef> &refs) {
    QStringList ids;
    for (const HandoutTopicRef &ref : refs) {
        ids.append(ref.topic);
    }
    return ids;
}

class HandoutRequestTest : public HandoutTest {};

TEST_F(HandoutRequestTest, EveryPresetNamesExistingTopicsAndHasALabel) {
    ASSERT_EQ(handoutPresets().size(), 4);
    for (const HandoutPreset &preset : handoutPresets()) {
        EXPECT_FALSE(preset.topics.isEmpty()) << preset.id.toStdString();
        for (const QString &topic : preset.topics) {
            EXPECT_TRUE(repository().topic(topic, kSourceLocale).has_value())
                << preset.id.toStdString() << ": " << topic.toStdString();
        }
        const LocalizedString label =
            repository().string(QStringLiteral("presets.") + preset.id, kSourceLocale);
        EXPECT_FALSE(label.text.isEmpty()) << preset.id.toStdString();
    }
}

TEST_F(HandoutRequestTest, EveryTeachBackPointHasEnglishText) {
    for (const QString &id : teachBackIds()) {
        EXPECT_FALSE(
            repository().string(QStringLiteral("teach_back.") + id, kSourceLocale).text.isEmpty())
            << id.toStdString();
    }
}

TEST_F(HandoutRequestTest, NoSelectionMeansEveryTopicInReadingOrder) {
    QStringList expected;
    for (const QString &section : kSectionKeys) {
        for (const Topic &topic : repository().topics(section, kSourceLocale)) {
            expected.append(topic.id);
        }
    }
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_EQ(topicIds(resolveHandoutTopics(HandoutRequest{}, repository())), expected);
}

TEST_F(HandoutRequestTest, PresetSectionsAndTopicsAddUpInReadingOrder) {
    HandoutRequest request;
    request.sections = {QStringLiteral("living")};
    request.topics = {QStringLiteral("what-it-is")};
    QStringList expected{QStringLiteral("what-it-is")};
    for (const Topic &topic : repository().topics(Page::Living, kSourceLocale)) {
        expected.append(topic.id);
    }
    EXPECT_EQ(topicIds(resolveHandoutTopics(request, repository())), expected);

    HandoutRequest preset;
    preset.preset = QStringLiteral("treatment-options");
    const QStringList resolved = topicIds(resolveHandoutTopics(preset, repository()));
    QStringList wanted = findHandoutPreset(preset.preset)->topics;
    EXPECT_EQ(resolved.size(), wanted.size());
    for (const QString &topic : wanted) {
        EXPECT_TRUE(resolved.contains(topic)) << topic.toStdString();
    }
    // "calcium-and-diet" (causes) comes before the treatment topics, as in the guide.
    EXPECT_LT(resolved.indexOf(QStringLiteral("calcium-and-diet")),
              resolved.indexOf(QStringLiteral("treat-disease-first")));
}

TEST_F(HandoutRequestTest, PresetDefaultsSetTheChecklists) {
    HandoutRequest request;
    request.includeTeachBack = false;
    request.preset = QStringLiteral("newly-diagnosed");
    applyPresetDefaults(request);
    EXPECT_TRUE(request.includeQuestions);
    EXPECT_TRUE(request.includeTeachBack);
}

TEST_F(HandoutRequestTest, ProblemsNameWhatIsWrong) {
    using Kind = HandoutProblem::Kind;
    auto problem = [](auto change) {
        HandoutRequest request;
        change(request);
        return validateHandoutRequest(request, repository());
    };
    EXPECT_TRUE(problem([](HandoutRequest &) {}).ok());
    const HandoutProblem language =
        problem([](HandoutRequest &r) { r.language = QStringLiteral("xx"); });
    EXPECT_EQ(language.kind, Kind::UnknownLanguage);
    EXPECT_EQ(language.value, QStringLiteral("xx"));
    EXPECT_EQ(problem([](HandoutRequest &r) { r.secondLanguage = QStringLiteral("qq"); }).kind,
              Kind::UnknownSecondLanguage);
    EXPECT_EQ(problem([](HandoutRequest &r) { r.secondLanguage = QStringLiteral("en"); }).kind,
              Kind::SameSecondLanguage);
    EXPECT_EQ(problem([](HandoutRequest &r) { r.preset = QStringLiteral("everything"); }).kind,
              Kind::UnknownPreset);
    const HandoutProblem section = problem([](HandoutRequest &r) {
        r.sections = {QStringLiteral("overview"), QStringLiteral("nonsense")};
    });
    EXPECT_EQ(section.kind, Kind::UnknownSection);
    EXPECT_EQ(section.value, QStringLiteral("nonsense"));
    EXPECT_EQ(problem([](HandoutRequest &r) { r.topics = {QStringLiteral("no-such-topic")}; }).kind,
              Kind::UnknownTopic);
}

TEST(HandoutPaper, LetterWhereItIsUsedA4Elsewhere) {
    EXPECT_EQ(paperForLocale(QLocale(QLocale::English, QLocale::UnitedStates)), QPageSize::Letter);
    EXPECT_EQ(paperForLocale(QLocale(QLocale::French, QLocale::Canada)), QPageSize::Letter);
    EXPECT_EQ(paperForLocale(QLocale(QLocale::Spanish, QLocale::Mexico)), QPageSize::Letter);
    EXPECT_EQ(paperForLocale(QLocale(QLocale::German, QLocale::Germany)), QPageSize::A4);
    EXPECT_EQ(paperForLocale(QLocale(QLocale::Arabic, QLocale::Egypt)), QPageSize::A4);
    EXPECT_EQ(paperForLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)), QPageSize::A4);
    EXPECT_EQ(pageSizeFor(HandoutRequest::Paper::Letter).id(), QPageSize::Letter);
    EXPECT_EQ(pageSizeFor(HandoutRequest::Paper::FromLocale,
                          QLocale(QLocale::English, QLocale::UnitedStates))
                  .id(),
              QPageSize::Letter);
}

} // namespace
} // namespace cg
