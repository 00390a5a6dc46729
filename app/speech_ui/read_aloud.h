// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "speech_ui/sentence_highlighter.h"
#include "speech_ui/speech_reader.h"

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QMenu;
class QTextEdit;

namespace cg {

class MainWindow;
class SectionView;

// "Read aloud" in the main window: the actions (toolbar, View menu, shortcuts), the speed and
// voice menu, the mark on the sentence being read, and "Say this word" on glossary words.
// Reads the current view from the top, from the topic the reader is at, or only the text they
// selected, in the content language. The window gives it one action for the toolbar and one
// menu; everything else lives here.
class ReadAloud : public QObject {
    Q_OBJECT

public:
    explicit ReadAloud(MainWindow &window);

    // Start reading, or stop (F9, Ctrl+Shift+R): on the toolbar and in the menu.
    QAction *readAction() const { return m_read; }
    // Pause or go on, and stop: on the toolbar while reading.
    QList<QAction *> toolBarActions() const;
    // Every action with a shortcut, for the window to hold.
    QList<QAction *> actions() const;
    // "Read Aloud" for the View menu: the actions, speed and voice.
    QMenu *menu() const { return m_menu; }

    SpeechReader &reader() { return m_reader; }
    // Reads the current view: the selection if there is one, else from the reader's place.
    void readCurrentView();
    // "Say this word": a glossary term's name in the content language.
    void sayTerm(const QString &termId);
    void stop();
    QString highlightedText() const { return m_highlighter.markedText(); }
    // The context menu of a text block with "Say This Word" on top, when `pos` is on a glossary
    // word (or anywhere in the glossary's entry); null otherwise. The caller owns it.
    QMenu *createWordMenu(QTextEdit *edit, const QPoint &pos);
    // The same from the keyboard (the Menu key, Shift+F10): the glossary word is the one at the
    // text cursor (a link reached with Tab), and the menu opens at the cursor.
    QMenu *createWordMenuAtCursor(QTextEdit *edit);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void updateActions();
    void fillVoiceMenu();
    void fillSpeedMenu();
    void onSentence(int index);
    void onPlaceChanged();
    void onContentChanged();
    void watchTextBlocks();
    QMenu *createWordMenuFor(QTextEdit *edit, const QString &href, const QPoint &pos);
    bool showKeyboardWordMenu(QTextEdit *edit);
    QString selectedText(SectionView *view) const;
    QString contentLanguage() const;

    MainWindow &m_window;
    SpeechReader m_reader;
    SentenceHighlighter m_highlighter;
    QPointer<SectionView> m_view; // the view being read; null for a single word
    std::optional<Page> m_page;   // the page read from
    QString m_revealed;           // the last part shown because its sentence was not on screen

    QAction *m_read = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QMenu *m_menu = nullptr;
    QMenu *m_speedMenu = nullptr;
    QMenu *m_voiceMenu = nullptr;
    QActionGroup *m_speedGroup = nullptr;
};

} // namespace cg
