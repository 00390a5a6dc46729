// SPDX-License-Identifier: GPL-3.0-or-later
#include "search_ui/find_bar.h"

#include "search/text_ranges.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStyle>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

namespace cg {

namespace {

// Marks our own extra selections, so those the window sets (if any) are left alone.
constexpr int kFindProperty = QTextFormat::UserProperty + 0x5EA;

QTextEdit::ExtraSelection selection(const QTextCursor &cursor, bool current) {
    QTextEdit::ExtraSelection extra;
    extra.cursor = cursor;
    // Yellow and orange with dark text stay readable in light and dark palettes.
    extra.format.setBackground(current ? QColor(0xff, 0x9f, 0x1c) : QColor(0xff, 0xe0, 0x66));
    extra.format.setForeground(QColor(0x1a, 0x1a, 0x1a));
    extra.format.setProperty(kFindProperty, true);
    return extra;
}

} // namespace

FindBar::FindBar(QWidget *parent) : QWidget(parent) {
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setMinimumWidth(
        m_status->fontMetrics().horizontalAdvance(QStringLiteral("999 / 999")) * 2);
    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("findPrevious"));
    m_previous->setArrowType(Qt::UpArrow);
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("findNext"));
    m_next->setArrowType(Qt::DownArrow);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("findClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    for (QToolButton *button : {m_previous, m_next, m_close}) {
        button->setFocusPolicy(Qt::TabFocus);
    }
    layout->addWidget(m_field, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);

    // F3 and Shift+F3 anywhere in the window while the bar is shown (a shortcut on a hidden
    // widget is inactive).
    m_nextAction = new QAction(this);
    m_nextAction->setShortcut(QKeySequence(Qt::Key_F3));
    m_nextAction->setShortcutContext(Qt::WindowShortcut);
    m_previousAction = new QAction(this);
    m_previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    m_previousAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_nextAction);
    addAction(m_previousAction);
    connect(m_nextAction, &QAction::triggered, this, &FindBar::findNext);
    connect(m_previousAction, &QAction::triggered, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &FindBar::closeBar);
    connect(m_field, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_needles = text.trimmed().isEmpty() ? QStringList() : QStringList{text};
        m_current = -1;
        refresh();
    });
    // The page can change under the bar (another topic opened): find again, once it settles.
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &FindBar::refresh);
    retranslate();
    hide();
}

FindBar::~FindBar() = default;

void FindBar::setTextEdit(QTextEdit *edit) {
    setTargets(edit != nullptr ? QList<QWidget *>{edit} : QList<QWidget *>{});
}

void FindBar::setTargets(const QList<QWidget *> &targets) {
    QList<QPointer<QWidget>> kept;
    for (QWidget *target : targets) {
        if (qobject_cast<QTextEdit *>(target) != nullptr || qobject_cast<QLabel *>(target)) {
            kept.append(target);
        }
    }
    if (kept == m_targets) {
        return;
    }
    watchTargets(false);
    m_matches.clear();
    applySelections(); // leave no marks in the old page
    m_targets = kept;
    watchTargets(true);
    m_current = -1;
    refresh();
}

void FindBar::watchTargets(bool watch) {
    for (const QPointer<QWidget> &target : std::as_const(m_targets)) {
        auto *edit = qobject_cast<QTextEdit *>(target.data());
        if (edit == nullptr) {
            continue;
        }
        if (watch) {
            // The page can change under the bar (a filter, another topic): find again, once
            // it settles.
            connect(edit->document(), &QTextDocument::contentsChanged, this,
                    &FindBar::scheduleRefresh, Qt::UniqueConnection);
        } else {
            disconnect(edit->document(), nullptr, this, nullptr);
        }
    }
}

void FindBar::scheduleRefresh() {
    m_refresh->start();
}

QString FindBar::findText() const {
    return m_field->text();
}

void FindBar::setFindText(const QString &text) {
    m_field->setText(text);
    m_needles = text.trimmed().isEmpty() ? QStringList() : QStringList{text};
    m_current = -1;
    refresh();
}

void FindBar::showTerms(const QStringList &terms) {
    m_field->setText(terms.join(QLatin1Char(' ')));
    m_needles = terms;
    m_current = -1;
    show();
    refresh();
}

void FindBar::openBar() {
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    refresh();
}

void FindBar::closeBar() {
    m_matches.clear();
    m_current = -1;
    applySelections();
    hide();
    Q_EMIT closed();
}

void FindBar::findNext() {
    step(1);
}

void FindBar::findPrevious() {
    step(-1);
}

QList<FindBar::Match> FindBar::matchesIn(QWidget *target) const {
    QList<Match> found;
    if (auto *edit = qobject_cast<QTextEdit *>(target)) {
        QTextDocument *document = edit->document();
        // Raw text positions are document positions: one character per position, block
        // separators included.
        const QString text = document->toRawText();
        const QList<search::TextRange> ranges = search::findFolded(text, m_needles, kMaxMatches);
        for (const search::TextRange &range : ranges) {
            Match match;
            match.widget = edit;
            match.cursor = QTextCursor(document);
            match.cursor.setPosition(int(range.start));
            match.cursor.setPosition(int(range.end), QTextCursor::KeepAnchor);
            found.append(match);
        }
    } else if (auto *label = qobject_cast<QLabel *>(target)) {
        // The text as the reader sees it, before any marks of ours.
        QString text = label->text();
        for (const LabelText &saved : m_labelTexts) {
            if (saved.label == label && saved.marked == text) {
                text = saved.original;
            }
        }
        if (Qt::mightBeRichText(text)) {
            return found; // headings made of markup are not checklist rows; left alone
        }
        const QList<search::TextRange> ranges = search::findFolded(text, m_needles, kMaxMatches);
        for (const search::TextRange &range : ranges) {
            Match match;
            match.widget = label;
            match.start = int(range.start);
            match.end = int(range.end);
            found.append(match);
        }
    }
    return found;
}

namespace {

// The scroll area a widget is read in (a reading page, the care-card pane), if any.
QScrollArea *scrollerOf(const QWidget *widget) {
    for (QWidget *up = widget->parentWidget(); up != nullptr; up = up->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(up)) {
            return area;
        }
    }
    return nullptr;
}

// Hidden by its view (a filtered-out row, a collapsed part), whether or not the window is shown.
bool hiddenInItsWindow(const QWidget *widget) {
    for (; widget != nullptr && !widget->isWindow(); widget = widget->parentWidget()) {
        if (widget->isHidden()) {
            return true;
        }
    }
    return false;
}

} // namespace

void FindBar::refresh() {
    m_matches.clear();
    if (isVisible() && !m_needles.isEmpty()) {
        for (const QPointer<QWidget> &pointer : std::as_const(m_targets)) {
            QWidget *target = pointer.data();
            if (target == nullptr || hiddenInItsWindow(target)) {
                continue; // filtered out, or in a part of the view that is not shown
            }
            m_matches += matchesIn(target);
            if (m_matches.size() >= kMaxMatches) {
                m_matches.resize(kMaxMatches);
                break;
            }
        }
    }
    if (m_current >= m_matches.size()) {
        m_current = m_matches.isEmpty() ? -1 : 0;
    }
    if (m_current < 0 && !m_matches.isEmpty()) {
        m_current = firstMatchInView();
    }
    showCurrent();
}

int FindBar::firstMatchInView() const {
    // Start at the first match at or below the top of what the reader is looking at.
    for (int i = 0; i < m_matches.size(); ++i) {
        const Match &match = m_matches.at(i);
        QWidget *holder = match.widget;
        QRect rect;
        if (auto *edit = qobject_cast<QTextEdit *>(holder)) {
            QTextCursor start = match.cursor;
            start.setPosition(match.cursor.selectionStart());
            rect = edit->cursorRect(start);
            holder = edit->viewport();
        } else if (holder != nullptr) {
            rect = QRect(QPoint(0, 0), holder->size());
        }
        if (holder == nullptr) {
            continue;
        }
        int y = rect.top();
        if (QScrollArea *area = scrollerOf(holder)) {
            y = holder->mapTo(area->viewport(), rect.topLeft()).y();
        }
        if (y >= 0) {
            return i;
        }
    }
    return 0;
}

void FindBar::step(int direction) {
    if (!isVisible()) {
        return;
    }
    if (m_matches.isEmpty()) {
        refresh();
        return;
    }
    const int count = int(m_matches.size());
    m_current = ((m_current < 0 ? 0 : m_current + direction) % count + count) % count;
    showCurrent();
}

QWidget *FindBar::currentMatchWidget() const {
    if (m_current < 0 || m_current >= m_matches.size()) {
        return nullptr;
    }
    QWidget *holder = m_matches.at(m_current).widget;
    if (auto *edit = qobject_cast<QTextEdit *>(holder)) {
        return edit->viewport();
    }
    return holder;
}

QRect FindBar::currentMatchRect() const {
    if (m_current < 0 || m_current >= m_matches.size()) {
        return {};
    }
    const Match &match = m_matches.at(m_current);
    if (auto *edit = qobject_cast<QTextEdit *>(match.widget.data())) {
        QTextCursor start = match.cursor;
        start.setPosition(match.cursor.selectionStart());
        QTextCursor end = match.cursor;
        end.setPosition(match.cursor.selectionEnd());
        const QRect first = edit->cursorRect(start);
        const QRect last = edit->cursorRect(end);
        // A match broken over two lines: the first line's part is where the eye goes.
        return last.top() == first.top() ? first.united(last) : first;
    }
    const QWidget *holder = match.widget.data();
    return holder != nullptr ? holder->rect() : QRect();
}

void FindBar::scrollIntoView(const Match &match) {
    auto *edit = qobject_cast<QTextEdit *>(match.widget.data());
    if (edit != nullptr) {
        // Put the reader's cursor on the match (collapsed, so nothing looks selected twice):
        // a text that scrolls by itself brings it into view.
        QTextCursor cursor = match.cursor;
        cursor.setPosition(cursor.selectionStart());
        edit->setTextCursor(cursor);
        edit->ensureCursorVisible();
    }
    QWidget *holder = currentMatchWidget();
    QScrollArea *area = holder != nullptr ? scrollerOf(holder) : nullptr;
    if (area == nullptr || area->widget() == nullptr) {
        return;
    }
    // A text inside a page: the page scrolls, with a few lines of context around the match.
    const QRect rect = currentMatchRect();
    const QPoint centre = holder->mapTo(area->widget(), rect.center());
    const int margin = qMin(area->viewport()->height() / 3, rect.height() * 3);
    area->ensureVisible(centre.x(), centre.y(), 16, rect.height() / 2 + margin);
}

void FindBar::showCurrent() {
    applySelections();
    if (m_current >= 0 && m_current < m_matches.size()) {
        scrollIntoView(m_matches.at(m_current));
    }
    const bool any = !m_matches.isEmpty();
    m_next->setEnabled(any);
    m_previous->setEnabled(any);
    m_status->setText(statusText());
    m_status->setAccessibleName(statusText());
}

void FindBar::applySelections() {
    // Labels first: put back every text we marked, then mark the current matches again.
    for (const LabelText &saved : std::as_const(m_labelTexts)) {
        if (!saved.label.isNull() && saved.label->text() == saved.marked) {
            saved.label->setTextFormat(saved.format);
            saved.label->setText(saved.original);
        }
    }
    m_labelTexts.clear();

    QHash<QTextEdit *, QList<QTextEdit::ExtraSelection>> perEdit;
    QHash<QLabel *, QList<QPair<int, int>>> perLabel;
    QList<QLabel *> labelOrder;
    for (const QPointer<QWidget> &target : std::as_const(m_targets)) {
        if (auto *edit = qobject_cast<QTextEdit *>(target.data())) {
            perEdit.insert(edit, {});
        }
    }
    for (int i = 0; i < m_matches.size(); ++i) {
        const Match &match = m_matches.at(i);
        if (auto *edit = qobject_cast<QTextEdit *>(match.widget.data())) {
            perEdit[edit].append(selection(match.cursor, i == m_current));
        } else if (auto *label = qobject_cast<QLabel *>(match.widget.data())) {
            if (!perLabel.contains(label)) {
                labelOrder.append(label);
            }
            // The current match is told apart by its end being negative.
            perLabel[label].append({match.start, i == m_current ? -match.end : match.end});
        }
    }
    for (auto it = perEdit.begin(); it != perEdit.end(); ++it) {
        QList<QTextEdit::ExtraSelection> kept;
        const QList<QTextEdit::ExtraSelection> existing = it.key()->extraSelections();
        for (const QTextEdit::ExtraSelection &extra : existing) {
            if (!extra.format.hasProperty(kFindProperty)) {
                kept.append(extra);
            }
        }
        kept += it.value();
        it.key()->setExtraSelections(kept);
    }
    for (QLabel *label : std::as_const(labelOrder)) {
        LabelText saved{label, label->text(), label->textFormat(), QString()};
        const QString &text = saved.original;
        QString marked;
        int from = 0;
        for (const auto &[start, signedEnd] : perLabel.value(label)) {
            const bool current = signedEnd < 0;
            const int end = current ? -signedEnd : signedEnd;
            marked += text.mid(from, start - from).toHtmlEscaped();
            marked +=
                QStringLiteral("<span style=\"background-color: %1; color: #1a1a1a;\">%2</span>")
                    .arg(current ? QStringLiteral("#ff9f1c") : QStringLiteral("#ffe066"),
                         text.mid(start, end - start).toHtmlEscaped());
            from = end;
        }
        marked += text.mid(from).toHtmlEscaped();
        label->setTextFormat(Qt::RichText);
        label->setText(marked);
        saved.marked = label->text();
        m_labelTexts.append(saved);
    }
}

QString FindBar::statusText() const {
    if (m_needles.isEmpty()) {
        return QString();
    }
    if (m_matches.isEmpty()) {
        return tr("No matches");
    }
    //: Find in page: the current match and how many there are, e.g. "3 of 12".
    return tr("%1 of %2").arg(m_current + 1).arg(m_matches.size());
}

bool FindBar::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            step(key->modifiers().testFlag(Qt::ShiftModifier) ? -1 : 1);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            closeBar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::retranslate() {
    m_field->setPlaceholderText(tr("Find in page"));
    m_field->setAccessibleName(tr("Find in page"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAccessibleName(tr("Next match"));
    m_close->setToolTip(tr("Close find (Esc)"));
    m_close->setAccessibleName(tr("Close find"));
    m_nextAction->setText(tr("Next match"));
    m_previousAction->setText(tr("Previous match"));
    m_status->setText(statusText());
    m_status->setAccessibleName(statusText());
}

void FindBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace cg
