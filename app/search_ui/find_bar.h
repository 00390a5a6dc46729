// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QStringList>
#include <QTextEdit>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace cg {

// Find in page over every text a view shows: its rich text blocks (any QTextEdit: summary box,
// key-fact and item cards, tables, care cards) and its plain labels (checklist rows), in page
// order. Every match is highlighted, the current one stronger and scrolled into view inside the
// scroll area that holds it, and "3 of 12" counts the matches of all of them. Matching ignores
// case, accents and Arabic diacritics, like search.
//
// Keys: Enter or F3 next match, Shift+Enter or Shift+F3 previous, Esc closes (and clears the
// highlights). F3 works wherever the focus is in the window while the bar is shown.
//
// Embedding:
//     auto *find = new FindBar;
//     window->addFindBar(find);                        // it starts hidden
//     find->setTargets(window->currentFindTargets());  // again whenever the page changes
//     // Ctrl+F: find->openBar();
//     connect(find, &FindBar::closed, reader, [reader] { reader->setFocus(); });
class FindBar : public QWidget {
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    // What to search, in reading order: QTextEdits and QLabels; anything else is ignored.
    void setTargets(const QList<QWidget *> &targets);
    // One text only (a plain QTextBrowser page).
    void setTextEdit(QTextEdit *edit);

    QString findText() const;
    void setFindText(const QString &text);
    // Shows the bar and highlights every place where any of `terms` occurs; the field shows
    // them, and Enter steps through all of them.
    void showTerms(const QStringList &terms);

    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current + 1; } // 1-based; 0 when there is none
    // The widget holding the current match and the match's rectangle in its coordinates.
    QWidget *currentMatchWidget() const;
    QRect currentMatchRect() const;
    QString statusText() const;

    static constexpr int kMaxMatches = 1000;

public Q_SLOTS:
    // Shows the bar and puts the focus in its field, text selected.
    void openBar();
    void closeBar();
    void findNext();
    void findPrevious();

Q_SIGNALS:
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // One match: a stretch of a text edit's document, or of a label's text.
    struct Match {
        QPointer<QWidget> widget;
        QTextCursor cursor; // text edits
        int start = 0;      // labels
        int end = 0;
    };

    void refresh();
    void scheduleRefresh();
    void watchTargets(bool watch);
    QList<Match> matchesIn(QWidget *target) const;
    int firstMatchInView() const;
    void scrollIntoView(const Match &match);
    void step(int direction);
    void showCurrent();
    void applySelections();
    void retranslate();

    QList<QPointer<QWidget>> m_targets;
    // Labels as they were before their matches were marked, to put back.
    struct LabelText {
        QPointer<QLabel> label;
        QString original;
        Qt::TextFormat format = Qt::AutoText;
        QString marked;
    };
    QList<LabelText> m_labelTexts;
    QLineEdit *m_field = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_close = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QTimer *m_refresh = nullptr;
    QStringList m_needles;
    QList<Match> m_matches;
    int m_current = -1;
};

} // namespace cg
