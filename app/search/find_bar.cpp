// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/find_bar.h"

#include "search/text_ranges.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
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
    if (m_edit == edit) {
        return;
    }
    if (m_edit != nullptr) {
        disconnect(m_edit->document(), nullptr, this, nullptr);
        m_matches.clear();
        applySelections(); // leave no marks in the old page
    }
    m_edit = edit;
    if (m_edit != nullptr) {
        connect(m_edit->document(), &QTextDocument::contentsChanged, m_refresh,
                qOverload<>(&QTimer::start));
    }
    m_current = -1;
    refresh();
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

void FindBar::refresh() {
    m_matches.clear();
    if (m_edit != nullptr && isVisible() && !m_needles.isEmpty()) {
        QTextDocument *document = m_edit->document();
        // Raw text positions are document positions: one character per position, block
        // separators included.
        const QString text = document->toRawText();
        const QList<search::TextRange> ranges = search::findFolded(text, m_needles, kMaxMatches);
        for (const search::TextRange &range : ranges) {
            QTextCursor cursor(document);
            cursor.setPosition(int(range.start));
            cursor.setPosition(int(range.end), QTextCursor::KeepAnchor);
            m_matches.append(cursor);
        }
    }
    if (m_current >= m_matches.size()) {
        m_current = m_matches.isEmpty() ? -1 : 0;
    }
    if (m_current < 0 && !m_matches.isEmpty()) {
        // Start at the first match at or after the reader's position.
        const int from = m_edit->textCursor().selectionStart();
        m_current = 0;
        for (int i = 0; i < m_matches.size(); ++i) {
            if (m_matches.at(i).selectionStart() >= from) {
                m_current = i;
                break;
            }
        }
    }
    showCurrent();
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

void FindBar::showCurrent() {
    applySelections();
    if (m_edit != nullptr && m_current >= 0 && m_current < m_matches.size()) {
        QTextCursor cursor = m_matches.at(m_current);
        // Put the reader's cursor on the match (collapsed, so nothing looks selected twice) and
        // scroll it into view.
        cursor.setPosition(cursor.selectionStart());
        m_edit->setTextCursor(cursor);
        m_edit->ensureCursorVisible();
    }
    const bool any = !m_matches.isEmpty();
    m_next->setEnabled(any);
    m_previous->setEnabled(any);
    m_status->setText(statusText());
    m_status->setAccessibleName(statusText());
}

void FindBar::applySelections() {
    if (m_edit == nullptr) {
        return;
    }
    QList<QTextEdit::ExtraSelection> kept;
    const QList<QTextEdit::ExtraSelection> existing = m_edit->extraSelections();
    for (const QTextEdit::ExtraSelection &extra : existing) {
        if (!extra.format.hasProperty(kFindProperty)) {
            kept.append(extra);
        }
    }
    for (int i = 0; i < m_matches.size(); ++i) {
        kept.append(selection(m_matches.at(i), i == m_current));
    }
    m_edit->setExtraSelections(kept);
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
