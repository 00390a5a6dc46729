// SPDX-License-Identifier: GPL-3.0-or-later
// The reader drives the real QTextToSpeech with the recording engine plugin: what it says in
// each language, in which order, and how pause, resume, stop, next and previous behave.
#include "content/content_database.h"
#include "content/content_repository.h"
#include "speech/speech_script.h"
#include "speech_test_support.h"
#include "speech_ui/speech_reader.h"
#include "test_support.h"

#include <QSettings>
#include <QSignalSpy>
#include <gtest/gtest.h>

namespace cg {
namespace {

using namespace Qt::StringLiterals;

const QStringList kLanguages = {u"en"_s, u"es"_s, u"fr"_s, u"de"_s, u"ar"_s, u"zh"_s};

class SpeechReaderTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_db.open(test::contentDatabasePath())) << m_db.errorMessage().toStdString();
        m_repository = std::make_unique<ContentRepository>(m_db);
        QSettings().clear();
    }
    void TearDown() override { QSettings().clear(); }

    static QStringList spokenOf(const QList<Utterance> &script) {
        QStringList result;
        for (const Utterance &utterance : script) {
            result.append(utterance.spoken);
        }
        return result;
    }

    ContentDatabase m_db;
    std::unique_ptr<ContentRepository> m_repository;
};

TEST_F(SpeechReaderTest, TheEngineIsMadeOnlyAtTheFirstUse) {
    SpeechReader reader;
    test::useRecorder(reader);
    EXPECT_FALSE(reader.engineLoaded());
    EXPECT_TRUE(reader.voiceNames(u"en"_s).size() == 2); // asking for voices is a first use
    EXPECT_TRUE(reader.engineLoaded());
    SpeechReader second;
    test::useRecorder(second);
    QObject *before = test::recorder();
    const SpeechScript script(*m_repository, u"en"_s);
    ASSERT_TRUE(second.start(script.term(u"dermatomyositis"_s), u"en"_s));
    EXPECT_TRUE(second.engineLoaded());
    EXPECT_NE(test::recorder(), before); // a new engine, made by start()
}

TEST_F(SpeechReaderTest, EveryPageIsSpokenInFullInEveryLanguage) {
    for (const QString &language : kLanguages) {
        const SpeechScript script(*m_repository, language);
        for (const Page page : kPages) {
            SpeechReader reader;
            test::useRecorder(reader);
            QSignalSpy started(&reader, &SpeechReader::sentenceStarted);
            const QList<Utterance> utterances = script.page(page);
            ASSERT_TRUE(reader.start(utterances, language)) << language.toStdString();
            ASSERT_TRUE(test::readToTheEnd(reader))
                << language.toStdString() << " " << pageKey(page).toStdString() << ": "
                << test::spokenByEngine().size() << " of " << utterances.size();
            const QStringList spoken = test::spokenByEngine();
            EXPECT_EQ(spoken, spokenOf(utterances))
                << language.toStdString() << " " << pageKey(page).toStdString();
            EXPECT_EQ(started.count(), utterances.size());
            for (const QString &sentence : spoken) {
                EXPECT_FALSE(SpeechText::containsSymbol(sentence)) << sentence.toStdString();
            }
            // Spoken in the page's language, never with another language's voice.
            EXPECT_TRUE(test::recorder()
                            ->property("currentVoice")
                            .toString()
                            .startsWith(QLocale::languageToCode(QLocale(language).language())))
                << test::recorder()->property("currentVoice").toString().toStdString();
            EXPECT_EQ(reader.state(), SpeechReader::State::Idle);
        }
    }
}

TEST_F(SpeechReaderTest, NoVoiceForTheLanguageSaysSoAndSpeaksNothing) {
    SpeechReader reader;
    test::useRecorder(reader, {{u"locales"_s, QStringList{u"en"_s}}});
    QSignalSpy problems(&reader, &SpeechReader::problem);
    const SpeechScript chinese(*m_repository, u"zh"_s);
    EXPECT_FALSE(reader.start(chinese.page(Page::Overview), u"zh"_s));
    ASSERT_EQ(problems.count(), 1);
    const QString message = problems.at(0).at(0).toString();
    EXPECT_TRUE(message.contains(QLocale(u"zh"_s).nativeLanguageName())) << message.toStdString();
    EXPECT_TRUE(message.contains(u"Chinese"_s)) << message.toStdString();
    EXPECT_TRUE(
        message.contains(u"apt install espeak-ng speech-dispatcher speech-dispatcher-espeak-ng"_s))
        << message.toStdString();
    QCoreApplication::processEvents();
    EXPECT_TRUE(test::spokenByEngine().isEmpty()); // not read with the English voice
    EXPECT_EQ(reader.state(), SpeechReader::State::Idle);

    // English, which it has, is read.
    const SpeechScript english(*m_repository, u"en"_s);
    EXPECT_TRUE(reader.start(english.page(Page::Overview), u"en"_s));
    EXPECT_EQ(problems.count(), 1);
}

TEST_F(SpeechReaderTest, MandarinFiledUnderNoLanguageIsFoundByName) {
    // What speech-dispatcher with espeak-ng gives Qt 6.4: no Chinese locale, the Mandarin
    // voices among unnamed ones.
    const QStringList unnamed = {u"Bishnupriya Manipuri"_s, u"Hakka Chinese"_s,
                                 u"Chinese (Mandarin, latin as English)"_s,
                                 u"Chinese (Mandarin, latin as Pinyin)"_s};
    SpeechReader reader;
    test::useRecorder(reader,
                      {{u"locales"_s, QStringList{u"en"_s}}, {u"unnamedVoices"_s, unnamed}});
    // The Pinyin voice first: espeak-ng's other Mandarin voice reads tone digits in English.
    EXPECT_EQ(reader.voiceNames(u"zh"_s), (QStringList{unnamed.at(3), unnamed.at(2)}));
    const SpeechScript chinese(*m_repository, u"zh"_s);
    ASSERT_TRUE(reader.start(chinese.page(Page::Overview), u"zh"_s));
    EXPECT_EQ(test::recorder()->property("currentVoice").toString(), unnamed.at(3));
    // Arabic is not among them: no voice, and it says so.
    QSignalSpy problems(&reader, &SpeechReader::problem);
    EXPECT_FALSE(reader.start(SpeechScript(*m_repository, u"ar"_s).page(Page::Overview), u"ar"_s));
    EXPECT_EQ(problems.count(), 1);
    EXPECT_TRUE(reader.voiceNames(u"ar"_s).isEmpty());
}

TEST_F(SpeechReaderTest, ThePlainVoiceOfTheMainTerritoryComesFirst) {
    // speech-dispatcher's order for en_US, with espeak-ng's variants.
    const QStringList english = {u"English (Caribbean)"_s, u"English (Caribbean)+Alex"_s,
                                 u"English (America)+Alex"_s, u"English (America)"_s,
                                 u"English (America, New York City)"_s};
    const QStringList spanish = {u"Spanish (Spain)+Adam"_s, u"Spanish (Spain)"_s};
    SpeechReader reader;
    test::useRecorder(reader,
                      {{u"voiceNames"_s, QVariantMap{{u"en"_s, english}, {u"es"_s, spanish}}}});
    EXPECT_EQ(reader.voiceNames(u"en"_s),
              (QStringList{u"English (America)"_s, u"English (America, New York City)"_s,
                           u"English (Caribbean)"_s, u"English (America)+Alex"_s,
                           u"English (Caribbean)+Alex"_s}));
    ASSERT_TRUE(
        reader.start(SpeechScript(*m_repository, u"es"_s).term(u"calcinosis-cutis"_s), u"es"_s));
    EXPECT_EQ(test::recorder()->property("currentVoice").toString(), u"Spanish (Spain)"_s);
}

TEST_F(SpeechReaderTest, AnEngineWithNoVoiceAtAllSaysSo) {
    SpeechReader reader;
    test::useRecorder(reader, {{u"locales"_s, QStringList{}}});
    QSignalSpy problems(&reader, &SpeechReader::problem);
    const SpeechScript arabic(*m_repository, u"ar"_s);
    EXPECT_FALSE(reader.start(arabic.page(Page::Living), u"ar"_s));
    ASSERT_EQ(problems.count(), 1);
    EXPECT_TRUE(problems.at(0).at(0).toString().contains(u"Arabic"_s));
    EXPECT_TRUE(reader.voiceNames(u"ar"_s).isEmpty());
}

TEST_F(SpeechReaderTest, PauseResumeAndStop) {
    SpeechReader reader;
    test::useRecorder(reader, {{u"autoFinish"_s, false}});
    const QList<Utterance> script = SpeechScript(*m_repository, u"en"_s).page(Page::Living);
    ASSERT_GT(script.size(), 5);
    ASSERT_TRUE(reader.start(script, u"en"_s));
    QCoreApplication::processEvents();
    EXPECT_EQ(test::spokenByEngine(), QStringList{script.at(0).spoken});

    reader.pause();
    QCoreApplication::processEvents();
    EXPECT_EQ(reader.state(), SpeechReader::State::Paused);
    EXPECT_EQ(test::engineEvents().constLast(), u"pause"_s);
    test::finishSentence(); // a paused engine does not finish: nothing more is said
    EXPECT_EQ(test::spokenByEngine().size(), 1);

    reader.resume();
    QCoreApplication::processEvents();
    EXPECT_EQ(reader.state(), SpeechReader::State::Speaking);
    EXPECT_EQ(test::engineEvents().constLast(), u"resume"_s);
    test::finishSentence();
    ASSERT_TRUE(test::waitUntil([] { return test::spokenByEngine().size() == 2; }));
    EXPECT_EQ(test::spokenByEngine().at(1), script.at(1).spoken);

    reader.stop();
    QCoreApplication::processEvents();
    EXPECT_EQ(reader.state(), SpeechReader::State::Idle);
    EXPECT_EQ(test::engineEvents().constLast(), u"stop"_s);
    test::finishSentence();
    QTest::qWait(20);
    EXPECT_EQ(test::spokenByEngine().size(), 2); // stopped means stopped
}

TEST_F(SpeechReaderTest, NextAndPreviousSentence) {
    SpeechReader reader;
    test::useRecorder(reader, {{u"autoFinish"_s, false}});
    QSignalSpy started(&reader, &SpeechReader::sentenceStarted);
    const QList<Utterance> script = SpeechScript(*m_repository, u"fr"_s).page(Page::Treatment);
    ASSERT_TRUE(reader.start(script, u"fr"_s, 3));
    QCoreApplication::processEvents();
    reader.next();
    ASSERT_TRUE(test::waitUntil([] { return test::spokenByEngine().size() == 2; }));
    reader.next();
    ASSERT_TRUE(test::waitUntil([] { return test::spokenByEngine().size() == 3; }));
    reader.previous();
    ASSERT_TRUE(test::waitUntil([] { return test::spokenByEngine().size() == 4; }));
    EXPECT_EQ(test::spokenByEngine(), (QStringList{script.at(3).spoken, script.at(4).spoken,
                                                   script.at(5).spoken, script.at(4).spoken}));
    QList<int> indexes;
    for (const QList<QVariant> &signal : std::as_const(started)) {
        indexes.append(signal.at(0).toInt());
    }
    EXPECT_EQ(indexes, (QList<int>{3, 4, 5, 4}));
    // Next while paused speaks the next sentence and goes on.
    reader.pause();
    QCoreApplication::processEvents();
    reader.next();
    ASSERT_TRUE(test::waitUntil([] { return test::spokenByEngine().size() == 5; }));
    EXPECT_EQ(test::spokenByEngine().constLast(), script.at(5).spoken);
    EXPECT_EQ(reader.state(), SpeechReader::State::Speaking);
}

TEST_F(SpeechReaderTest, StartingAgainWhileReadingBeginsTheNewTextOnce) {
    SpeechReader reader;
    test::useRecorder(reader, {{u"autoFinish"_s, false}});
    const QList<Utterance> first = SpeechScript(*m_repository, u"en"_s).page(Page::Overview);
    const QList<Utterance> word = SpeechScript(*m_repository, u"en"_s).term(u"calcinosis-cutis"_s);
    ASSERT_FALSE(word.isEmpty());
    ASSERT_TRUE(reader.start(first, u"en"_s, 5));
    // At once, before the engine reported anything, and again once it speaks.
    ASSERT_TRUE(reader.start(first, u"en"_s, 9));
    QTest::qWait(20);
    ASSERT_TRUE(reader.start(word, u"en"_s));
    QTest::qWait(20);
    // The engine's Ready for each stop is not taken for the end of the new sentence.
    EXPECT_EQ(test::spokenByEngine(),
              (QStringList{first.at(5).spoken, first.at(9).spoken, word.at(0).spoken}))
        << test::spokenByEngine().join(u" | "_s).toStdString();
    EXPECT_EQ(reader.currentIndex(), 0);
    EXPECT_EQ(reader.state(), SpeechReader::State::Speaking);
    test::finishSentence();
    ASSERT_TRUE(test::waitUntil([&] { return reader.state() == SpeechReader::State::Idle; }));
}

TEST_F(SpeechReaderTest, SpeedAndVoiceAreRemembered) {
    {
        SpeechReader reader;
        test::useRecorder(reader);
        reader.setRate(0.3);
        ASSERT_EQ(reader.voiceNames(u"es"_s), (QStringList{u"es-one"_s, u"es-two"_s}));
        reader.setVoice(u"es"_s, u"es-two"_s);
    }
    EXPECT_DOUBLE_EQ(SpeechReader::preferredRate(), 0.3);
    SpeechReader reader;
    test::useRecorder(reader);
    const SpeechScript spanish(*m_repository, u"es"_s);
    ASSERT_TRUE(reader.start(spanish.page(Page::Overview), u"es"_s));
    EXPECT_DOUBLE_EQ(test::recorder()->property("currentRate").toDouble(), 0.3);
    EXPECT_EQ(test::recorder()->property("currentVoice").toString(), u"es-two"_s);
    // Another language keeps its own voice.
    const SpeechScript german(*m_repository, u"de"_s);
    ASSERT_TRUE(reader.start(german.page(Page::Overview), u"de"_s));
    EXPECT_EQ(test::recorder()->property("currentVoice").toString(), u"de-one"_s);
}

} // namespace
} // namespace cg
