// SPDX-License-Identifier: GPL-3.0-or-later
// Read aloud in the real main window over the real content, driving the real QTextToSpeech
// with the recording engine: the sentence marked on the page, where reading starts, the keys,
// the language switch, the no-voice message and "Say This Word".
#include "../search/fake_translator.h"
#include "../views/window_fixture.h"
#include "process_run.h"
#include "speech/speech_script.h"
#include "speech_test_support.h"
#include "speech_ui/read_aloud.h"
#include "views/section_view.h"
#include "views/view_context.h"

#include <QAccessible>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>

namespace cg {
namespace {

using namespace Qt::StringLiterals;

class ReadAloudTest : public test::WindowTest {
protected:
    ReadAloud &openReader(const QVariantMap &parameters = {{u"autoFinish"_s, false}}) {
        MainWindow &window = openWindow();
        ReadAloud *readAloud = window.readAloud();
        EXPECT_NE(readAloud, nullptr);
        test::useRecorder(readAloud->reader(), parameters);
        return *readAloud;
    }

    QList<Utterance> scriptOf(Page page, const QString &language = u"en"_s) const {
        return SpeechScript(*m_repository, language).page(page);
    }

    // Lets the engine finish the sentence and waits for the next one to begin.
    static bool nextSentenceSpoken() {
        const qsizetype before = test::spokenByEngine().size();
        test::finishSentence();
        return test::waitUntil([before] { return test::spokenByEngine().size() > before; });
    }
};

TEST_F(ReadAloudTest, StartUpDoesNotLoadTheSpeechEngine) {
    // In this process: the window is built, the engine is not.
    MainWindow &window = openWindow();
    EXPECT_FALSE(window.readAloud()->reader().engineLoaded());

    // The real program, as the start-up benchmark runs it (with the probe, which quits it): the
    // dynamic loader lists every library it opens, and no speech plugin or speech-dispatcher
    // client is among them.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QTemporaryDir runtime;
    ASSERT_TRUE(runtime.isValid());
    environment.insert(u"LD_DEBUG"_s, u"files"_s);
    environment.insert(u"CG_STARTUP_PROBE"_s, u"1"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, runtime.filePath(u"config"_s));
    const test::ProcessRun run = test::runProcess(test::devProgramPath(), {}, environment);
    ASSERT_EQ(run.exitCode, 0) << run.err.right(2000).toStdString();
    // The loader's log works: it names the platform plugin the program did open.
    EXPECT_TRUE(run.err.contains(u"libqoffscreen.so"_s));
    EXPECT_FALSE(run.err.contains(u"libqtexttospeech_"_s));
    EXPECT_FALSE(run.err.contains(u"libspeechd"_s));
}

// In a left-to-right and a right-to-left language, with Latin and Chinese sentence stops.
class ReadAloudLanguageTest : public ReadAloudTest,
                              public ::testing::WithParamInterface<const char *> {};

TEST_P(ReadAloudLanguageTest, TheSentenceBeingReadIsMarkedAndKeptInView) {
    const QString language = QString::fromLatin1(GetParam());
    ReadAloud &readAloud = openReader();
    MainWindow &window = *m_window;
    m_languages->setLanguage(language);
    window.openPage(Page::Overview);
    QCoreApplication::processEvents();
    const QList<Utterance> script = scriptOf(Page::Overview, language);
    auto *page = window.currentView()->findChild<QScrollArea *>();
    ASSERT_NE(page, nullptr);
    page->verticalScrollBar()->setValue(0);

    readAloud.readAction()->trigger();
    ASSERT_TRUE(test::waitUntil([] { return test::spokenByEngine().size() == 1; }));
    int marked = 0;
    int topicSentences = 0;
    int topicMarked = 0;
    const QList<Topic> topics = m_repository->topics(Page::Overview, language);
    QStringList topicIds;
    for (const Topic &topic : topics) {
        topicIds.append(topic.id);
    }
    for (qsizetype i = 0; i < script.size(); ++i) {
        ASSERT_EQ(test::spokenByEngine().constLast(), script.at(i).spoken);
        const bool same = readAloud.highlightedText() == script.at(i).shown.simplified();
        marked += same ? 1 : 0;
        if (topicIds.contains(script.at(i).anchor)) {
            ++topicSentences;
            topicMarked += same ? 1 : 0;
        }
        if (i + 1 < script.size()) {
            ASSERT_TRUE(nextSentenceSpoken()) << i;
        }
    }
    // Every sentence of the topics, and nearly all of the page (the body map's places are
    // buttons, not text), is marked while it is read.
    EXPECT_EQ(topicMarked, topicSentences);
    EXPECT_GT(marked, script.size() * 8 / 10) << marked << " of " << script.size();
    // The page followed the reading down.
    EXPECT_GT(page->verticalScrollBar()->value(), page->verticalScrollBar()->maximum() / 2);
    test::finishSentence();
    ASSERT_TRUE(
        test::waitUntil([&] { return readAloud.reader().state() == SpeechReader::State::Idle; }));
    EXPECT_TRUE(readAloud.highlightedText().isEmpty()); // the mark goes when reading ends
}

INSTANTIATE_TEST_SUITE_P(Languages, ReadAloudLanguageTest,
                         ::testing::Values("en", "ar", "zh", "de"),
                         [](const ::testing::TestParamInfo<const char *> &param) {
                             return std::string(param.param);
                         });

TEST_F(ReadAloudTest, EverySentenceOfTheLivingPageIsMarkedChecklistsAndCardsToo) {
    ReadAloud &readAloud = openReader();
    m_window->openPage(Page::Living);
    QCoreApplication::processEvents();
    const QList<Utterance> script = scriptOf(Page::Living);
    readAloud.readAction()->trigger();
    ASSERT_TRUE(test::waitUntil([] { return test::spokenByEngine().size() == 1; }));
    QStringList unmarked;
    for (qsizetype i = 0; i < script.size(); ++i) {
        // A checklist line is a label, marked whole: it holds the sentence.
        if (!readAloud.highlightedText().contains(script.at(i).shown.simplified())) {
            unmarked.append(script.at(i).shown + u" [marked: "_s + readAloud.highlightedText() +
                            u"]"_s);
        }
        if (i + 1 < script.size()) {
            ASSERT_TRUE(nextSentenceSpoken()) << i;
        }
    }
    EXPECT_TRUE(unmarked.isEmpty()) << unmarked.join(u" | "_s).toStdString();
}

TEST_F(ReadAloudTest, StartsAtTheTopicTheReaderIsAt) {
    ReadAloud &readAloud = openReader();
    const Topic topic = m_repository->topics(Page::Treatment, u"en"_s).value(1);
    m_window->openTopic(topic.id);
    QCoreApplication::processEvents();
    readAloud.readAction()->trigger();
    ASSERT_TRUE(test::waitUntil([] { return !test::spokenByEngine().isEmpty(); }));
    EXPECT_EQ(test::spokenByEngine().constFirst(), topic.title);
    EXPECT_EQ(readAloud.highlightedText(), topic.title);
}

TEST_F(ReadAloudTest, TheGlossaryShowsEachEntryAsItIsRead) {
    ReadAloud &readAloud = openReader();
    m_languages->setLanguage(u"zh"_s);
    const QList<Utterance> script = scriptOf(Page::Glossary, u"zh"_s);
    const QString first = script.at(0).anchor;
    m_window->openGlossaryTerm(first);
    QCoreApplication::processEvents();
    readAloud.readAction()->trigger();
    ASSERT_TRUE(test::waitUntil([] { return test::spokenByEngine().size() == 1; }));
    qsizetype i = 0;
    // Through the first entry into the second: the view turns to it.
    while (script.at(i).anchor == first) {
        ASSERT_TRUE(nextSentenceSpoken());
        ++i;
    }
    EXPECT_EQ(m_window->currentView()->currentTarget(), script.at(i).anchor);
    EXPECT_EQ(readAloud.highlightedText(), script.at(i).shown);
    ASSERT_TRUE(nextSentenceSpoken());
    EXPECT_EQ(readAloud.highlightedText(), script.at(i + 1).shown);
}

TEST_F(ReadAloudTest, ReadsOnlyTheSelectedText) {
    ReadAloud &readAloud = openReader({{u"autoFinish"_s, true}});
    m_window->openPage(Page::Causes);
    QCoreApplication::processEvents();
    const Topic topic = m_repository->topics(Page::Causes, u"en"_s).constFirst();
    const SpeechScript script(*m_repository, u"en"_s);
    const QStringList sentences = script.text().sentences(topic.bodyText);
    ASSERT_GE(sentences.size(), 3);
    const QString wanted = sentences.at(1) + u" "_s + sentences.at(2);
    QTextEdit *holder = nullptr;
    const QList<QTextEdit *> edits = m_window->currentView()->findChildren<QTextEdit *>();
    for (QTextEdit *edit : edits) {
        const QTextCursor found = edit->document()->find(wanted);
        if (!found.isNull()) {
            edit->setTextCursor(found);
            holder = edit;
            break;
        }
    }
    ASSERT_NE(holder, nullptr);
    QSignalSpy finished(&readAloud.reader(), &SpeechReader::finished);
    readAloud.readAction()->trigger();
    ASSERT_TRUE(test::waitUntil([&] { return finished.count() == 1; }));
    EXPECT_EQ(test::spokenByEngine(), (QStringList{script.text().spoken(sentences.at(1)),
                                                   script.text().spoken(sentences.at(2))}));
}

TEST_F(ReadAloudTest, KeysStartPauseResumeSkipAndStop) {
    ReadAloud &readAloud = openReader();
    m_window->activateWindow();
    const QList<Utterance> script = scriptOf(Page::Overview);
    QTest::keyClick(m_window.get(), Qt::Key_F9);
    ASSERT_TRUE(test::waitUntil([] { return test::spokenByEngine().size() == 1; }));
    EXPECT_TRUE(readAloud.readAction()->isChecked());
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(readAloud.reader().state(), SpeechReader::State::Paused);
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(readAloud.reader().state(), SpeechReader::State::Speaking);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(test::waitUntil([] { return test::spokenByEngine().size() == 2; }));
    EXPECT_EQ(test::spokenByEngine().at(1), script.at(1).spoken);
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(test::waitUntil([] { return test::spokenByEngine().size() == 3; }));
    EXPECT_EQ(test::spokenByEngine().at(2), script.at(0).spoken);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    EXPECT_EQ(readAloud.reader().state(), SpeechReader::State::Idle);
    EXPECT_FALSE(readAloud.readAction()->isChecked());
    // Escape belongs to others again once reading has stopped.
    EXPECT_FALSE(readAloud.actions().at(2)->isEnabled());
}

TEST_F(ReadAloudTest, ALanguageSwitchStopsReadingCleanly) {
    ReadAloud &readAloud = openReader();
    readAloud.readAction()->trigger();
    ASSERT_TRUE(test::waitUntil([] { return test::spokenByEngine().size() == 1; }));
    ASSERT_FALSE(readAloud.highlightedText().isEmpty());
    m_languages->setLanguage(u"es"_s);
    QCoreApplication::processEvents();
    EXPECT_EQ(readAloud.reader().state(), SpeechReader::State::Idle);
    EXPECT_TRUE(readAloud.highlightedText().isEmpty());
    EXPECT_EQ(test::engineEvents().constLast(), u"stop"_s);
    test::finishSentence();
    QTest::qWait(20);
    EXPECT_EQ(test::spokenByEngine().size(), 1); // no English sentence after the switch

    // Reading again now reads Spanish with a Spanish voice.
    readAloud.readAction()->trigger();
    ASSERT_TRUE(test::waitUntil([] { return test::spokenByEngine().size() == 2; }));
    EXPECT_EQ(test::spokenByEngine().at(1), scriptOf(Page::Overview, u"es"_s).at(0).spoken);
    EXPECT_EQ(test::recorder()->property("currentVoice").toString(), u"es-one"_s);
}

TEST_F(ReadAloudTest, NoVoiceForTheLanguageIsSaidInWords) {
    ReadAloud &readAloud = openReader({{u"locales"_s, QStringList{u"en"_s}}});
    m_languages->setLanguage(u"ar"_s);
    QCoreApplication::processEvents();
    readAloud.readAction()->trigger();
    QCoreApplication::processEvents();
    const QString notice = m_window->noticeText();
    EXPECT_TRUE(notice.contains(u"العربية"_s)) << notice.toStdString();
    // speech-dispatcher reaches espeak-ng only through speech-dispatcher-espeak-ng, which an
    // install without recommended packages leaves out: the line names it.
    EXPECT_TRUE(
        notice.contains(u"apt install espeak-ng speech-dispatcher speech-dispatcher-espeak-ng"_s))
        << notice.toStdString();
    EXPECT_TRUE(test::spokenByEngine().isEmpty());
    EXPECT_EQ(readAloud.reader().state(), SpeechReader::State::Idle);
    EXPECT_FALSE(readAloud.readAction()->isChecked());
    // The voice menu says the same.
    readAloud.menu()->actions().constLast()->menu()->aboutToShow();
    const QList<QAction *> voices = readAloud.menu()->actions().constLast()->menu()->actions();
    ASSERT_EQ(voices.size(), 1);
    EXPECT_FALSE(voices.constFirst()->isEnabled());
    EXPECT_TRUE(voices.constFirst()->text().contains(u"العربية"_s));
}

TEST_F(ReadAloudTest, GlossaryWordsHaveSayThisWord) {
    ReadAloud &readAloud = openReader({{u"autoFinish"_s, true}});
    // A glossary word in a topic: its context menu says the term's name.
    m_window->openPage(Page::Overview);
    QCoreApplication::processEvents();
    QTextEdit *holder = nullptr;
    QPoint where;
    QString termId;
    const QList<QTextEdit *> edits = m_window->currentView()->findChildren<QTextEdit *>();
    for (QTextEdit *edit : edits) {
        for (QTextBlock block = edit->document()->begin(); block.isValid() && holder == nullptr;
             block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QString href = it.fragment().charFormat().anchorHref();
                const Link link = Link::parse(href);
                if (link.kind == Link::Kind::GlossaryTerm) {
                    QTextCursor cursor(edit->document());
                    cursor.setPosition(it.fragment().position() + 1);
                    where = edit->cursorRect(cursor).center();
                    termId = link.id;
                    holder = edit;
                    break;
                }
            }
        }
        if (holder != nullptr) {
            break;
        }
    }
    ASSERT_NE(holder, nullptr);
    std::unique_ptr<QMenu> menu(readAloud.createWordMenu(holder, where));
    ASSERT_NE(menu, nullptr);
    QAction *say = menu->findChild<QAction *>(u"sayThisWordAction"_s);
    ASSERT_NE(say, nullptr);
    EXPECT_EQ(menu->actions().constFirst(), say);
    say->trigger();
    ASSERT_TRUE(test::waitUntil([] { return !test::spokenByEngine().isEmpty(); }));
    const auto term = m_window->viewContext().term(termId);
    ASSERT_TRUE(term.has_value());
    EXPECT_EQ(test::spokenByEngine().constLast(),
              SpeechScript(*m_repository, u"en"_s).term(termId).constFirst().spoken);
    EXPECT_TRUE(test::spokenByEngine().constLast().contains(term->term.section(u" ("_s, 0, 0),
                                                            Qt::CaseInsensitive));
    // Plain text (no glossary word) keeps its ordinary menu.
    EXPECT_EQ(readAloud.createWordMenu(holder, QPoint(1, 1)), nullptr);

    // In the glossary, the entry's menu says the entry's word, in the reading language.
    m_languages->setLanguage(u"de"_s);
    m_window->openGlossaryTerm(u"juvenile-dermatomyositis"_s);
    QCoreApplication::processEvents();
    QTextEdit *entry = m_window->currentView()->findChild<QTextEdit *>();
    ASSERT_NE(entry, nullptr);
    std::unique_ptr<QMenu> entryMenu(readAloud.createWordMenu(entry, QPoint(2, 2)));
    ASSERT_NE(entryMenu, nullptr);
    entryMenu->findChild<QAction *>(u"sayThisWordAction"_s)->trigger();
    const QString german = m_window->viewContext().term(u"juvenile-dermatomyositis"_s)->term;
    ASSERT_TRUE(test::waitUntil([&] { return test::spokenByEngine().constLast() == german; }))
        << test::spokenByEngine().constLast().toStdString();
    EXPECT_TRUE(test::recorder()->property("currentVoice").toString().startsWith(u"de"_s));
}

// The first glossary word of a view: its block and where it is in the block's text.
struct GlossaryWord {
    QTextEdit *edit = nullptr;
    int start = 0;
    int length = 0;
    QString termId;
};

GlossaryWord firstGlossaryWord(QWidget *view) {
    const QList<QTextEdit *> edits = view->findChildren<QTextEdit *>();
    for (QTextEdit *edit : edits) {
        for (QTextBlock block = edit->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const Link link = Link::parse(it.fragment().charFormat().anchorHref());
                if (link.kind == Link::Kind::GlossaryTerm) {
                    return {edit, it.fragment().position(), it.fragment().length(), link.id};
                }
            }
        }
    }
    return {};
}

// Opens the word's menu by `send` (a key, a context menu event), and once it shows, chooses
// "Say This Word" in it. True when the menu showed with the action on top.
bool sayThroughKeyboardMenu(const std::function<void()> &send) {
    bool shown = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (menu == nullptr) {
            return;
        }
        poll.stop();
        QAction *say = menu->findChild<QAction *>(u"sayThisWordAction"_s);
        shown =
            say != nullptr && menu->actions().constFirst() == say && menu->activeAction() == say;
        if (say != nullptr) {
            say->trigger();
        }
        menu->close();
    });
    poll.start();
    QTimer::singleShot(5000, &poll, &QTimer::stop); // no menu: give up
    send();
    QTest::qWait(50);
    return shown;
}

TEST_F(ReadAloudTest, SayThisWordIsReachedByTheKeyboard) {
    ReadAloud &readAloud = openReader({{u"autoFinish"_s, true}});
    m_window->openPage(Page::Overview);
    m_window->activateWindow();
    QCoreApplication::processEvents();
    const GlossaryWord word = firstGlossaryWord(m_window->currentView());
    ASSERT_NE(word.edit, nullptr);
    const QString expected =
        SpeechScript(*m_repository, u"en"_s).term(word.termId).constFirst().spoken;

    // The word as Tab reaches it: the link selected, the block focused.
    word.edit->setFocus(Qt::TabFocusReason);
    QTextCursor cursor(word.edit->document());
    cursor.setPosition(word.start);
    cursor.setPosition(word.start + word.length, QTextCursor::KeepAnchor);
    word.edit->setTextCursor(cursor);

    // The Menu key, Shift+F10, and the keyboard context menu event the platform sends (X11
    // turns the Menu key into one), each to the block, not its viewport.
    EXPECT_TRUE(sayThroughKeyboardMenu([&] { QTest::keyClick(word.edit, Qt::Key_Menu); }));
    ASSERT_TRUE(test::waitUntil([] { return test::spokenByEngine().size() == 1; }));
    EXPECT_EQ(test::spokenByEngine().constLast(), expected);
    EXPECT_TRUE(sayThroughKeyboardMenu(
        [&] { QTest::keyClick(word.edit, Qt::Key_F10, Qt::ShiftModifier); }));
    ASSERT_TRUE(test::waitUntil([] { return test::spokenByEngine().size() == 2; }));
    EXPECT_TRUE(sayThroughKeyboardMenu([&] {
        const QPoint at = word.edit->cursorRect().center();
        QContextMenuEvent event(QContextMenuEvent::Keyboard, at,
                                word.edit->viewport()->mapToGlobal(at));
        QApplication::sendEvent(word.edit, &event);
    }));
    ASSERT_TRUE(test::waitUntil([] { return test::spokenByEngine().size() == 3; }));
    EXPECT_EQ(test::spokenByEngine().constLast(), expected);

    // With the cursor in plain text, the Menu key opens no word menu.
    cursor.setPosition(0);
    word.edit->setTextCursor(cursor);
    if (Link::parse(word.edit->textCursor().charFormat().anchorHref()).kind !=
        Link::Kind::GlossaryTerm) {
        EXPECT_EQ(readAloud.createWordMenuAtCursor(word.edit), nullptr);
    }

    // The word's pop-up says how to hear it.
    const QString toolTip = m_window->viewContext().toolTipFor(Link::glossaryTerm(word.termId));
    EXPECT_TRUE(toolTip.contains(u"press the Menu key to hear this word"_s))
        << toolTip.toStdString();
}

TEST_F(ReadAloudTest, TextsFollowTheInterfaceLanguageAndHaveAccessibleNames) {
    ReadAloud &readAloud = openReader();
    auto *button = qobject_cast<QToolButton *>(
        m_window->findChild<QToolBar *>(u"mainToolBar"_s)->widgetForAction(readAloud.readAction()));
    ASSERT_NE(button, nullptr);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(button);
    ASSERT_NE(accessible, nullptr);
    EXPECT_EQ(accessible->text(QAccessible::Name), u"Read aloud"_s);
    EXPECT_EQ(readAloud.menu()->title(), u"&Read Aloud"_s);

    test::BracketTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QCoreApplication::processEvents();
    EXPECT_EQ(readAloud.menu()->title(), test::bracketed(u"&Read Aloud"_s));
    EXPECT_EQ(readAloud.readAction()->text(), test::bracketed(u"Read &Aloud"_s));
    EXPECT_EQ(accessible->text(QAccessible::Name), test::bracketed(u"Read aloud"_s));
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::processEvents();
    EXPECT_EQ(readAloud.menu()->title(), u"&Read Aloud"_s);
}

} // namespace
} // namespace cg
