// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "speech/speech_script.h"

#include <QPalette>
#include <QPointer>
#include <QString>
#include <QTextCursor>

class QLabel;
class QTextEdit;
class QWidget;

namespace cg {

// Marks the sentence being read in a view and keeps it in sight. It looks for the sentence's
// text in the view's text blocks, going on from the last sentence it marked (the script runs
// in page order), so a sentence that appears twice is found where the reading is. A sentence
// the view does not show (a card hidden by a filter) is simply not marked. Checklist lines are
// labels, not text blocks: a label holding the sentence is marked as a whole.
class SentenceHighlighter {
public:
    // Marks `utterance` in `view`; false when the view does not show it.
    bool mark(QWidget *view, const Utterance &utterance);
    // Removes the mark and forgets where reading was.
    void clear();
    // The marked text as it reads on screen; empty when nothing is marked.
    QString markedText() const;

private:
    bool markIn(QTextEdit *edit, const QString &needle, int from);
    bool markLabel(QWidget *view, const QString &needle);
    void unmark();

    QPointer<QWidget> m_view;
    QPointer<QTextEdit> m_edit;
    QTextCursor m_cursor;
    QPointer<QLabel> m_label; // a marked label, with what it looked like before
    QPalette m_labelPalette;
    bool m_labelFilled = false;
};

} // namespace cg
