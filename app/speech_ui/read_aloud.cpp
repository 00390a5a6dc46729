// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech_ui/read_aloud.h"

#include "content/content_repository.h"
#include "views/section_view.h"
#include "views/view_context.h"
#include "widgets/icons.h"
#include "window/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QContextMenuEvent>
#include <QEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QTextEdit>

namespace cg {

namespace {

const char *const kWatchedProperty = "cgReadAloudWatched";

// Speaking rates offered in the menu (Qt's scale: -1 slowest, 0 the engine's normal, 1 fastest).
struct Speed {
    double rate;
    const char *name;
};
const Speed kSpeeds[] = {
    {-0.6, QT_TRANSLATE_NOOP("cg::ReadAloud", "&Very Slow")},
    {-0.3, QT_TRANSLATE_NOOP("cg::ReadAloud", "&Slow")},
    {0.0, QT_TRANSLATE_NOOP("cg::ReadAloud", "&Normal")},
    {0.3, QT_TRANSLATE_NOOP("cg::ReadAloud", "&Fast")},
    {0.6, QT_TRANSLATE_NOOP("cg::ReadAloud", "V&ery Fast")},
};

} // namespace

ReadAloud::ReadAloud(MainWindow &window) : QObject(&window), m_window(window) {
    setObjectName(QStringLiteral("readAloud"));
    createActions();
    retranslate();
    updateActions();
    m_window.installEventFilter(this); // LanguageChange
    connect(&m_window, &MainWindow::locationChanged, this, &ReadAloud::onPlaceChanged);
    connect(&m_reader, &SpeechReader::sentenceStarted, this, &ReadAloud::onSentence);
    connect(&m_reader, &SpeechReader::stateChanged, this, [this](SpeechReader::State state) {
        if (state == SpeechReader::State::Idle) {
            m_highlighter.clear();
        }
        updateActions();
    });
    connect(&m_reader, &SpeechReader::problem, this,
            [this](const QString &message) { m_window.showNotice(message); });
}

void ReadAloud::createActions() {
    m_read =
        new QAction(themedIcon(QStringLiteral("audio-volume-high"), QStringLiteral("read-aloud")),
                    QString(), this);
    m_read->setObjectName(QStringLiteral("readAloudAction"));
    m_read->setCheckable(true);
    // F9 is one key to find; Ctrl+Shift+R for keyboards whose function keys do something else.
    m_read->setShortcuts(
        {QKeySequence(Qt::Key_F9), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    connect(m_read, &QAction::triggered, this, [this] {
        if (m_reader.state() == SpeechReader::State::Idle) {
            readCurrentView();
        } else {
            stop();
        }
        updateActions();
    });

    m_pause = new QAction(
        themedIcon(QStringLiteral("media-playback-pause"), QStringLiteral("reading-pause")),
        QString(), this);
    m_pause->setObjectName(QStringLiteral("readAloudPauseAction"));
    m_pause->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                           QKeySequence(Qt::Key_MediaTogglePlayPause)});
    connect(m_pause, &QAction::triggered, this, [this] {
        if (m_reader.state() == SpeechReader::State::Paused) {
            m_reader.resume();
        } else {
            m_reader.pause();
        }
    });
    m_stop = new QAction(
        themedIcon(QStringLiteral("media-playback-stop"), QStringLiteral("reading-stop")),
        QString(), this);
    m_stop->setObjectName(QStringLiteral("readAloudStopAction"));
    // Escape is taken only while reading (a disabled action's shortcut is free for others).
    m_stop->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::Key_MediaStop)});
    connect(m_stop, &QAction::triggered, this, &ReadAloud::stop);
    m_next = new QAction(this);
    m_next->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_MediaNext)});
    connect(m_next, &QAction::triggered, &m_reader, &SpeechReader::next);
    m_previous = new QAction(this);
    m_previous->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), QKeySequence(Qt::Key_MediaPrevious)});
    connect(m_previous, &QAction::triggered, &m_reader, &SpeechReader::previous);

    m_menu = new QMenu(&m_window);
    m_menu->setObjectName(QStringLiteral("readAloudMenu"));
    m_menu->addActions({m_read, m_pause, m_stop, m_previous, m_next});
    m_menu->addSeparator();
    m_speedMenu = m_menu->addMenu(QString());
    m_speedGroup = new QActionGroup(this);
    for (const Speed &speed : kSpeeds) {
        QAction *action = m_speedMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(speed.rate);
        m_speedGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, rate = speed.rate] { m_reader.setRate(rate); });
    }
    connect(m_speedMenu, &QMenu::aboutToShow, this, &ReadAloud::fillSpeedMenu);
    // Voices are listed when the menu opens: asking for them starts the speech engine.
    m_voiceMenu = m_menu->addMenu(QString());
    connect(m_voiceMenu, &QMenu::aboutToShow, this, &ReadAloud::fillVoiceMenu);
}

QList<QAction *> ReadAloud::toolBarActions() const {
    return {m_read, m_pause, m_stop};
}

QList<QAction *> ReadAloud::actions() const {
    return {m_read, m_pause, m_stop, m_next, m_previous};
}

QString ReadAloud::contentLanguage() const {
    return m_window.viewContext().locale();
}

void ReadAloud::fillSpeedMenu() {
    const double rate = SpeechReader::preferredRate();
    const QList<QAction *> speeds = m_speedGroup->actions();
    QAction *closest = speeds.value(2);
    for (QAction *action : speeds) {
        if (qAbs(action->data().toDouble() - rate) < qAbs(closest->data().toDouble() - rate)) {
            closest = action;
        }
    }
    closest->setChecked(true);
}

void ReadAloud::fillVoiceMenu() {
    m_voiceMenu->clear();
    const QString language = contentLanguage();
    if (language.isEmpty()) {
        return;
    }
    // Plain voices come first; espeak-ng adds about a hundred variants of each ("Spanish
    // (Spain)+Alex"): a menu short enough to read.
    QStringList names = m_reader.voiceNames(language);
    const QString remembered = SpeechReader::preferredVoice(language);
    constexpr qsizetype kMostVoices = 24;
    if (names.size() > kMostVoices) {
        const bool keepRemembered = names.indexOf(remembered) >= kMostVoices;
        names = names.mid(0, kMostVoices);
        if (keepRemembered) {
            names.append(remembered);
        }
    }
    if (names.isEmpty()) {
        QAction *none = m_voiceMenu->addAction(
            tr("No voice for %1 on this computer").arg(QLocale(language).nativeLanguageName()));
        none->setEnabled(false);
        return;
    }
    const QString &preferred = remembered;
    auto *group = new QActionGroup(m_voiceMenu);
    for (const QString &name : names) {
        QAction *voice = m_voiceMenu->addAction(name);
        voice->setCheckable(true);
        voice->setChecked(name == preferred || (preferred.isEmpty() && name == names.first()) ||
                          (!names.contains(preferred) && name == names.first()));
        group->addAction(voice);
        connect(voice, &QAction::triggered, this,
                [this, language, name] { m_reader.setVoice(language, name); });
    }
}

QString ReadAloud::selectedText(SectionView *view) const {
    const QList<QTextEdit *> edits = view->findChildren<QTextEdit *>();
    for (QTextEdit *edit : edits) {
        if (edit->isVisibleTo(view) && edit->textCursor().hasSelection()) {
            return edit->textCursor().selectedText();
        }
    }
    return {};
}

void ReadAloud::readCurrentView() {
    SectionView *view = m_window.currentView();
    if (view == nullptr) {
        return;
    }
    connect(&m_window.viewContext(), &ViewContext::changed, this, &ReadAloud::onContentChanged,
            Qt::UniqueConnection);
    const QString language = contentLanguage();
    const SpeechScript script(m_window.viewContext().repository(), language);
    QList<Utterance> utterances;
    int from = 0;
    const QString selection = selectedText(view);
    if (!selection.isEmpty()) {
        utterances = script.passage(selection);
    } else {
        utterances = script.page(view->page());
        // From the topic or item the reader is at, else from the top.
        const QString target = view->currentTarget();
        for (qsizetype i = 0; !target.isEmpty() && i < utterances.size(); ++i) {
            if (utterances.at(i).anchor == target) {
                from = static_cast<int>(i);
                break;
            }
        }
    }
    m_highlighter.clear();
    m_view = view;
    m_page = view->page();
    m_revealed.clear();
    if (!m_reader.start(utterances, language, from)) {
        m_view.clear();
    }
    updateActions();
}

void ReadAloud::sayTerm(const QString &termId) {
    connect(&m_window.viewContext(), &ViewContext::changed, this, &ReadAloud::onContentChanged,
            Qt::UniqueConnection);
    const QString language = contentLanguage();
    const SpeechScript script(m_window.viewContext().repository(), language);
    m_highlighter.clear();
    m_view.clear(); // a single word: nothing on the page to follow
    m_page = m_window.currentPage();
    m_reader.start(script.term(termId), language);
    updateActions();
}

void ReadAloud::stop() {
    m_reader.stop();
    m_highlighter.clear();
    m_view.clear();
    updateActions();
}

void ReadAloud::onSentence(int index) {
    SectionView *view = m_view.data();
    if (view == nullptr || index < 0 || index >= m_reader.script().size()) {
        return;
    }
    const Utterance &utterance = m_reader.script().at(index);
    if (m_highlighter.mark(view, utterance) || utterance.anchor.isEmpty()) {
        return;
    }
    // Not on screen: the glossary shows one entry at a time, a filter may hide a card. Show
    // the part being read (once per part, so a sentence the view never shows costs nothing).
    if (utterance.anchor != m_revealed) {
        m_revealed = utterance.anchor;
        if (view->showTarget(utterance.anchor)) {
            m_highlighter.mark(view, utterance);
        }
    }
}

void ReadAloud::onPlaceChanged() {
    // Another page: what was being read is no longer on screen.
    if (m_reader.state() != SpeechReader::State::Idle && m_window.currentPage() != m_page) {
        stop();
    }
    watchTextBlocks();
}

void ReadAloud::onContentChanged() {
    // A language switch: the sentences being read are no longer the page's. The text size
    // changing only re-lays the page out: reading goes on.
    if (m_reader.state() != SpeechReader::State::Idle && contentLanguage() != m_reader.language()) {
        stop();
    }
}

void ReadAloud::watchTextBlocks() {
    SectionView *view = m_window.currentView();
    if (view == nullptr) {
        return;
    }
    const QList<QTextEdit *> edits = view->findChildren<QTextEdit *>();
    for (QTextEdit *edit : edits) {
        if (!edit->property(kWatchedProperty).toBool()) {
            edit->setProperty(kWatchedProperty, true);
            // The mouse's context menu goes to the viewport, the keyboard's (and its keys) to
            // the block itself.
            edit->viewport()->installEventFilter(this);
            edit->installEventFilter(this);
        }
    }
}

namespace {

// The link at the text cursor: the one Tab selected, or the one the cursor stands in.
QString hrefAtCursor(const QTextEdit &edit) {
    const QTextCursor cursor = edit.textCursor();
    QTextCursor probe(edit.document());
    const int inside = cursor.hasSelection() ? cursor.selectionStart() + 1 : cursor.position();
    probe.setPosition(qBound(0, inside, edit.document()->characterCount() - 1));
    QString href = probe.charFormat().anchorHref();
    if (href.isEmpty() && !cursor.hasSelection()) {
        probe.setPosition(qMin(cursor.position() + 1, edit.document()->characterCount() - 1));
        href = probe.charFormat().anchorHref();
    }
    return href;
}

bool opensKeyboardMenu(const QKeyEvent &key) {
    return (key.key() == Qt::Key_Menu && key.modifiers() == Qt::NoModifier) ||
           (key.key() == Qt::Key_F10 && key.modifiers() == Qt::ShiftModifier);
}

} // namespace

QMenu *ReadAloud::createWordMenu(QTextEdit *edit, const QPoint &pos) {
    return createWordMenuFor(edit, edit->anchorAt(pos), pos);
}

QMenu *ReadAloud::createWordMenuAtCursor(QTextEdit *edit) {
    return createWordMenuFor(edit, hrefAtCursor(*edit), edit->cursorRect().center());
}

QMenu *ReadAloud::createWordMenuFor(QTextEdit *edit, const QString &href, const QPoint &pos) {
    const Link link = Link::parse(href);
    QString termId;
    if (link.opensGlossaryTerm()) {
        termId = link.id;
    } else if (m_window.currentPage() == Page::Glossary) {
        termId = m_window.currentTarget(); // the glossary's entry is about one word
    }
    if (termId.isEmpty()) {
        return nullptr;
    }
    QMenu *menu = edit->createStandardContextMenu(pos);
    auto *say =
        new QAction(themedIcon(QStringLiteral("audio-volume-high"), QStringLiteral("read-aloud")),
                    tr("Say This &Word"), menu);
    say->setObjectName(QStringLiteral("sayThisWordAction"));
    connect(say, &QAction::triggered, this, [this, termId] { sayTerm(termId); });
    QAction *first = menu->actions().value(0);
    menu->insertAction(first, say);
    menu->insertSeparator(first);
    return menu;
}

bool ReadAloud::showKeyboardWordMenu(QTextEdit *edit) {
    QMenu *menu = createWordMenuAtCursor(edit);
    if (menu == nullptr) {
        return false;
    }
    menu->setActiveAction(menu->actions().value(0)); // "Say This Word", ready for Enter
    menu->exec(edit->viewport()->mapToGlobal(edit->cursorRect().center()));
    delete menu;
    return true;
}

bool ReadAloud::eventFilter(QObject *watched, QEvent *event) {
    if (watched == &m_window && event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (auto *block = qobject_cast<QTextEdit *>(watched)) {
        // The block itself: the keyboard's way to the menu. The platform turns the Menu key
        // into a context menu event of the keyboard (X11); elsewhere, and for Shift+F10, the key
        // comes alone.
        if (event->type() == QEvent::KeyPress &&
            opensKeyboardMenu(*static_cast<QKeyEvent *>(event)) && showKeyboardWordMenu(block)) {
            return true;
        }
        if (event->type() == QEvent::ContextMenu &&
            static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard &&
            showKeyboardWordMenu(block)) {
            return true;
        }
    } else if (event->type() == QEvent::ContextMenu) {
        auto *edit = qobject_cast<QTextEdit *>(watched->parent());
        if (edit != nullptr) {
            auto *menuEvent = static_cast<QContextMenuEvent *>(event);
            if (QMenu *menu = createWordMenu(edit, menuEvent->pos())) {
                menu->exec(menuEvent->globalPos());
                delete menu;
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void ReadAloud::updateActions() {
    const SpeechReader::State state = m_reader.state();
    const bool reading = state != SpeechReader::State::Idle;
    m_read->setChecked(reading);
    m_read->setToolTip(reading ? tr("Stop reading aloud (F9)")
                               : tr("Read this page aloud, from where you are (F9)"));
    m_pause->setEnabled(reading);
    m_pause->setVisible(reading);
    m_pause->setText(state == SpeechReader::State::Paused ? tr("&Resume Reading")
                                                          : tr("&Pause Reading"));
    m_pause->setIconText(state == SpeechReader::State::Paused ? tr("Resume") : tr("Pause"));
    m_stop->setEnabled(reading);
    m_stop->setVisible(reading);
    m_next->setEnabled(reading);
    m_previous->setEnabled(reading);
}

void ReadAloud::retranslate() {
    m_read->setText(tr("Read &Aloud"));
    m_read->setIconText(tr("Read aloud"));
    m_stop->setText(tr("&Stop Reading"));
    m_stop->setIconText(tr("Stop"));
    m_stop->setToolTip(tr("Stop reading aloud (Esc)"));
    m_next->setText(tr("&Next Sentence"));
    m_previous->setText(tr("P&revious Sentence"));
    m_menu->setTitle(tr("&Read Aloud"));
    m_speedMenu->setTitle(tr("S&peed"));
    m_voiceMenu->setTitle(tr("&Voice"));
    const QList<QAction *> speeds = m_speedGroup->actions();
    for (int i = 0; i < speeds.size(); ++i) {
        speeds.at(i)->setText(tr(kSpeeds[i].name));
    }
    updateActions(); // the texts that depend on the state
}

} // namespace cg
