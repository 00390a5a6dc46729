// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech_ui/sentence_highlighter.h"

#include <QLabel>
#include <QScrollArea>
#include <QTextDocument>
#include <QTextEdit>
#include <algorithm>

namespace cg {

namespace {

// Marks this highlighter's selection among a block's others (search words, find in page).
constexpr int kSpeechProperty = QTextFormat::UserProperty + 0x5e;

// The view's text blocks in reading order: top to bottom, then leading edge first.
QList<QTextEdit *> textBlocks(QWidget *view) {
    QList<QTextEdit *> blocks;
    const QList<QTextEdit *> all = view->findChildren<QTextEdit *>();
    for (QTextEdit *edit : all) {
        if (edit->isVisibleTo(view)) {
            blocks.append(edit);
        }
    }
    std::stable_sort(blocks.begin(), blocks.end(), [view](QTextEdit *a, QTextEdit *b) {
        const QPoint pa = a->mapTo(view, QPoint(0, 0));
        const QPoint pb = b->mapTo(view, QPoint(0, 0));
        return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
    });
    return blocks;
}

QScrollArea *scrollAreaOf(QWidget *widget) {
    for (QWidget *parent = widget->parentWidget(); parent != nullptr;
         parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(parent)) {
            return area;
        }
    }
    return nullptr;
}

void keepInView(QTextEdit *edit, const QTextCursor &found) {
    QTextCursor start(found);
    start.setPosition(found.selectionStart());
    const QRect rect = edit->cursorRect(start);
    if (QScrollArea *area = scrollAreaOf(edit); area != nullptr && area->widget() != nullptr) {
        const QPoint point = edit->viewport()->mapTo(area->widget(), rect.topLeft());
        // Room for the sentence's lines below its first one, as find in page keeps.
        area->ensureVisible(point.x(), point.y() + rect.height() / 2, 0, rect.height() * 3 + 48);
    } else {
        edit->setTextCursor(start);
        edit->ensureCursorVisible();
    }
}

} // namespace

bool SentenceHighlighter::markIn(QTextEdit *edit, const QString &needle, int from) {
    const QTextCursor found =
        edit->document()->find(needle, from, QTextDocument::FindCaseSensitively);
    if (found.isNull()) {
        return false;
    }
    unmark();
    QList<QTextEdit::ExtraSelection> kept;
    const QList<QTextEdit::ExtraSelection> existing = edit->extraSelections();
    for (const QTextEdit::ExtraSelection &extra : existing) {
        if (!extra.format.hasProperty(kSpeechProperty)) {
            kept.append(extra);
        }
    }
    QTextEdit::ExtraSelection mark;
    mark.cursor = found;
    // The palette's own selection colours: they read in light, dark and high contrast alike.
    mark.format.setBackground(edit->palette().color(QPalette::Highlight));
    mark.format.setForeground(edit->palette().color(QPalette::HighlightedText));
    mark.format.setProperty(kSpeechProperty, true);
    kept.append(mark);
    edit->setExtraSelections(kept);
    m_edit = edit;
    m_cursor = found;
    keepInView(edit, found);
    return true;
}

bool SentenceHighlighter::mark(QWidget *view, const Utterance &utterance) {
    if (view == nullptr) {
        return false;
    }
    if (view != m_view) {
        clear();
        m_view = view;
    }
    const QList<QTextEdit *> blocks = textBlocks(view);
    if (blocks.isEmpty()) {
        return false;
    }
    // The document text has single spaces where the content may have had line breaks.
    const QString needle = utterance.shown.simplified();
    // Onwards from the last mark, then from the top of the view.
    const qsizetype current = m_edit.isNull() ? -1 : blocks.indexOf(m_edit.data());
    if (current >= 0) {
        if (markIn(blocks.at(current), needle, m_cursor.selectionEnd())) {
            return true;
        }
        for (qsizetype i = current + 1; i < blocks.size(); ++i) {
            if (markIn(blocks.at(i), needle, 0)) {
                return true;
            }
        }
    }
    for (QTextEdit *edit : blocks) {
        if (markIn(edit, needle, 0)) {
            return true;
        }
    }
    return markLabel(view, needle);
}

bool SentenceHighlighter::markLabel(QWidget *view, const QString &needle) {
    // The label holding the sentence with the least else around it: a line of its own, or the
    // plain line under a checklist title, not a heading that merely contains it.
    QLabel *best = nullptr;
    qsizetype bestSize = 0;
    const QList<QLabel *> labels = view->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        const QString text = label->text().simplified();
        if (label->isVisibleTo(view) && text.contains(needle) &&
            (best == nullptr || text.size() < bestSize)) {
            best = label;
            bestSize = text.size();
        }
    }
    if (best == nullptr) {
        return false;
    }
    unmark();
    m_label = best;
    m_labelPalette = best->palette();
    m_labelFilled = best->autoFillBackground();
    QPalette marked = m_labelPalette;
    marked.setColor(QPalette::Window, marked.color(QPalette::Highlight));
    marked.setColor(QPalette::WindowText, marked.color(QPalette::HighlightedText));
    best->setPalette(marked);
    best->setAutoFillBackground(true);
    if (QScrollArea *area = scrollAreaOf(best)) {
        area->ensureWidgetVisible(best, 0, 48);
    }
    return true;
}

void SentenceHighlighter::unmark() {
    if (!m_label.isNull()) {
        m_label->setPalette(m_labelPalette);
        m_label->setAutoFillBackground(m_labelFilled);
    }
    m_label.clear();
    if (m_edit.isNull()) {
        return;
    }
    QList<QTextEdit::ExtraSelection> kept;
    const QList<QTextEdit::ExtraSelection> existing = m_edit->extraSelections();
    for (const QTextEdit::ExtraSelection &extra : existing) {
        if (!extra.format.hasProperty(kSpeechProperty)) {
            kept.append(extra);
        }
    }
    m_edit->setExtraSelections(kept);
}

void SentenceHighlighter::clear() {
    unmark();
    m_edit.clear();
    m_cursor = QTextCursor();
    m_view.clear();
}

QString SentenceHighlighter::markedText() const {
    if (!m_label.isNull()) {
        return m_label->text().simplified();
    }
    if (m_edit.isNull() || m_cursor.isNull()) {
        return {};
    }
    const QList<QTextEdit::ExtraSelection> existing = m_edit->extraSelections();
    for (const QTextEdit::ExtraSelection &extra : existing) {
        if (extra.format.hasProperty(kSpeechProperty)) {
            return extra.cursor.selectedText();
        }
    }
    return {};
}

} // namespace cg
