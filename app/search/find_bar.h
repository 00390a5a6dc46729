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

// Find in page for a QTextBrowser (any QTextEdit): every match highlighted, the current one
// stronger and scrolled into view, and "3 of 12" beside the field. Matching ignores case,
// accents and Arabic diacritics, like search.
//
// Keys: Enter or F3 next match, Shift+Enter or Shift+F3 previous, Esc closes (and clears the
// highlights). F3 works wherever the focus is in the window while the bar is shown.
//
// Embedding:
//     auto *find = new FindBar;
//     window->addFindBar(find);                        // it starts hidden
//     find->setTextEdit(window->currentReader());      // again whenever the reader changes
//     // Ctrl+F: find->openBar();
//     // After a search result opened a topic: find->showTerms(terms);
//     connect(find, &FindBar::closed, reader, [reader] { reader->setFocus(); });
class FindBar : public QWidget {
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    void setTextEdit(QTextEdit *edit);
    QTextEdit *textEdit() const { return m_edit; }

    QString findText() const;
    void setFindText(const QString &text);
    // Shows the bar and highlights every place where any of `terms` occurs (the words a search
    // result was found by); the field shows them, and Enter steps through all of them.
    void showTerms(const QStringList &terms);

    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current + 1; } // 1-based; 0 when there is none
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
    void refresh();
    void step(int direction);
    void showCurrent();
    void applySelections();
    void retranslate();

    QPointer<QTextEdit> m_edit;
    QLineEdit *m_field = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_close = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QTimer *m_refresh = nullptr;
    QStringList m_needles;
    QList<QTextCursor> m_matches;
    int m_current = -1;
};

} // namespace cg
