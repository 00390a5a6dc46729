// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/rich_block.h"

#include "content/place.h"
#include "handout/handout_line_spacing.h"

#include <QAbstractTextDocumentLayout>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextList>
#include <QToolTip>
#include <QtMath>

namespace cg {

RichBlock::RichBlock(QWidget *parent) : QTextBrowser(parent) {
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // The page behind shows through, so a block reads as part of the page, not as a box.
    QPalette transparent = palette();
    transparent.setColor(QPalette::Base, Qt::transparent);
    setPalette(transparent);
    viewport()->setAutoFillBackground(false);
    document()->setDocumentMargin(2);

    connect(this, &QTextBrowser::anchorClicked, this, &RichBlock::linkActivated);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &RichBlock::fitHeight);
    connect(this, &QTextEdit::cursorPositionChanged, this, [this] {
        Q_EMIT cursorRectChanged(cursorRect());
        viewport()->update(); // the focus ring moves with the chosen link
        if (hasFocus()) {
            keepFocusedLinkInView();
        }
    });
    // Keyboard users reach links with Tab: show the same hover text next to the chosen link.
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this,
            [this](const QUrl &url) {
                const QTextCursor cursor = textCursor();
                if (hasFocus() && cursor.hasSelection() && !url.isEmpty()) {
                    showLinkToolTip(url, viewport()->mapToGlobal(cursorRect().bottomLeft()));
                }
            });
}

void RichBlock::setContent(const QString &styleSheet, const QString &html) {
    document()->setDefaultStyleSheet(styleSheet);
    setHtml(anchorsInsideBlocks(html));
    dotTermLinks();
    colourListMarkers();
    // Lines 1.4 times the font size apart, the rule handouts use on paper: Qt's CSS
    // line-height is a share of the font's own line height (1.36 em for Noto Sans), so the
    // style sheet's 140% came out at 1.9.
    applyMinimumLineSpacing(*document(), kScreenLineSpacingEms);
    fitHeight();
    // Tab stops only where a link can take the focus; a block of plain text is read, not
    // visited (a stop there would show focus on nothing). A click still focuses it, for copying.
    m_hasLinks = false;
    for (QTextBlock block = document()->begin(); block.isValid() && !m_hasLinks;
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isAnchor() &&
                !it.fragment().charFormat().anchorHref().isEmpty()) {
                m_hasLinks = true;
                break;
            }
        }
    }
    setFocusPolicy(m_hasLinks ? Qt::StrongFocus : Qt::ClickFocus);
}

void RichBlock::focusInEvent(QFocusEvent *event) {
    QTextBrowser::focusInEvent(event);
    const Qt::FocusReason reason = event->reason();
    if (m_hasLinks && (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason)) {
        // Coming in with Tab lands on the first link (Shift+Tab on the last), not on the block
        // as a whole, where the focus would show nowhere.
        QTextCursor cursor(document());
        cursor.movePosition(reason == Qt::TabFocusReason ? QTextCursor::Start : QTextCursor::End);
        setTextCursor(cursor);
        QTextBrowser::focusNextPrevChild(reason == Qt::TabFocusReason);
    }
    viewport()->update();
}

bool RichBlock::focusNextPrevChild(bool next) {
    // Tab from link to link inside the block moves the chosen link without telling anyone
    // (no cursorPositionChanged): bring it into view and move the ring here.
    const bool moved = QTextBrowser::focusNextPrevChild(next);
    if (moved && hasFocus()) {
        keepFocusedLinkInView();
        viewport()->update();
    }
    return moved;
}

void RichBlock::focusOutEvent(QFocusEvent *event) {
    QTextBrowser::focusOutEvent(event);
    viewport()->update();
}

void RichBlock::keepFocusedLinkInView() {
    const QRect link = focusedLinkRect();
    if (link.isEmpty()) {
        return;
    }
    // The block is as tall as its text: the page (or pane) around it is what scrolls.
    for (QWidget *up = parentWidget(); up != nullptr; up = up->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(up)) {
            if (area->widget() != nullptr) {
                const QPoint centre = viewport()->mapTo(area->widget(), link.center());
                area->ensureVisible(centre.x(), centre.y(), 16, link.height() / 2 + 48);
            }
            return;
        }
    }
}

QRect RichBlock::focusedLinkRect() const {
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection()) {
        return {};
    }
    QTextCursor start = cursor;
    start.setPosition(cursor.selectionStart());
    QTextCursor end = cursor;
    end.setPosition(cursor.selectionEnd());
    const QRect first = cursorRect(start);
    const QRect last = cursorRect(end);
    if (last.top() == first.top()) {
        return first.united(last);
    }
    // A link broken over lines: ring the whole width of the lines it takes.
    return QRect(QPoint(0, first.top()), QPoint(viewport()->width() - 1, last.bottom()));
}

void RichBlock::paintEvent(QPaintEvent *event) {
    QTextBrowser::paintEvent(event);
    if (!hasFocus()) {
        return;
    }
    const QRect link = focusedLinkRect();
    if (link.isEmpty()) {
        return;
    }
    // A ring of 3 px in the link colour: the 1 px dotted box of the style is too faint to
    // find on a page.
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Link), 3.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(link).adjusted(-3.0, -1.5, 3.0, 1.5), 3.0, 3.0);
}

void RichBlock::colourListMarkers() {
    // Qt draws list bullets in the palette's text colour, whatever colour the item's words
    // have: on the emergency card (white words on red) they vanished at 2.4:1. Where an item's
    // words have a colour of their own, its list gets no drawn marker and the item a bullet
    // character in the words' colour instead.
    QList<QTextBlock> blocks;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.textList() == nullptr || block.text().isEmpty()) {
            continue;
        }
        const QTextCharFormat first = block.begin().fragment().charFormat();
        const QBrush words = first.foreground();
        if (words.style() != Qt::NoBrush && words.color() != palette().color(QPalette::Text)) {
            blocks.append(block);
        }
    }
    for (const QTextBlock &block : std::as_const(blocks)) {
        QTextList *list = block.textList();
        QTextListFormat format = list->format();
        if (format.style() != QTextListFormat::ListStyleUndefined) {
            format.setStyle(QTextListFormat::ListStyleUndefined);
            list->setFormat(format);
        }
        QTextCursor cursor(block);
        cursor.insertText(QStringLiteral("\u2022\u2002"), block.begin().fragment().charFormat());
    }
}

void RichBlock::dotTermLinks() {
    // Glossary words get a dotted underline: quieter than a link, and Qt's style sheets cannot
    // ask for it.
    QList<QPair<int, int>> ranges; // collected first: changing formats reshapes fragments
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isAnchor() &&
                Link::parse(format.anchorHref()).kind == Link::Kind::GlossaryTerm) {
                ranges.append({fragment.position(), fragment.position() + fragment.length()});
            }
        }
    }
    QTextCharFormat dotted;
    dotted.setUnderlineStyle(QTextCharFormat::DotLine);
    for (const auto &range : std::as_const(ranges)) {
        QTextCursor cursor(document());
        cursor.setPosition(range.first);
        cursor.setPosition(range.second, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(dotted);
    }
}

QString RichBlock::anchorsInsideBlocks(const QString &html) {
    // Qt's rich text drops an empty named anchor that stands between two blocks
    // ("<a name="x"></a><h2>"); moved inside the heading it names, it stays and marks where the
    // heading starts. Plain string work: this runs for every block shown.
    static const QString open = QStringLiteral("<a name=\"");
    static const QString close = QStringLiteral("\"></a>");
    QString result;
    result.reserve(html.size());
    qsizetype from = 0;
    for (;;) {
        const qsizetype anchor = html.indexOf(open, from);
        if (anchor < 0) {
            break;
        }
        const qsizetype nameEnd = html.indexOf(close, anchor + open.size());
        if (nameEnd < 0) {
            break;
        }
        const qsizetype afterAnchor = nameEnd + close.size();
        const bool blockFollows = html.mid(afterAnchor, 2) == QStringLiteral("<h") ||
                                  html.mid(afterAnchor, 2) == QStringLiteral("<p");
        const qsizetype tagEnd = blockFollows ? html.indexOf(QLatin1Char('>'), afterAnchor) : -1;
        if (tagEnd < 0) {
            result += QStringView(html).mid(from, afterAnchor - from);
        } else {
            result += QStringView(html).mid(from, anchor - from);
            result += QStringView(html).mid(afterAnchor, tagEnd + 1 - afterAnchor);
            // The anchor holds a zero-width space: Qt gives a pending anchor name to the next
            // character, and a format change inside an Arabic word would break its joining.
            result += QStringView(html).mid(anchor, nameEnd + 2 - anchor);
            result += QStringLiteral("&#8203;</a>");
            from = tagEnd + 1;
            continue;
        }
        from = afterAnchor;
    }
    result += QStringView(html).mid(from);
    return result;
}

void RichBlock::fitHeight() {
    const int height = qCeil(document()->size().height());
    if (height != m_contentHeight) {
        m_contentHeight = height;
        setFixedHeight(height);
        updateGeometry();
    }
}

QSize RichBlock::sizeHint() const {
    return {QTextBrowser::sizeHint().width(), m_contentHeight};
}

QSize RichBlock::minimumSizeHint() const {
    return {80, m_contentHeight};
}

void RichBlock::resizeEvent(QResizeEvent *event) {
    QTextBrowser::resizeEvent(event);
    fitHeight();
}

void RichBlock::showLinkToolTip(const QUrl &url, const QPoint &globalPos) {
    const QString text = m_toolTipProvider ? m_toolTipProvider(url) : QString();
    if (text.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(globalPos, text, this);
    }
}

void RichBlock::mouseMoveEvent(QMouseEvent *event) {
    QTextBrowser::mouseMoveEvent(event);
    const QString anchor = anchorAt(event->position().toPoint());
    if (anchor == m_hoveredAnchor) {
        return;
    }
    m_hoveredAnchor = anchor;
    if (anchor.isEmpty()) {
        QToolTip::hideText();
    } else {
        showLinkToolTip(QUrl(anchor), event->globalPosition().toPoint());
    }
}

void RichBlock::wheelEvent(QWheelEvent *event) {
    // Nothing to scroll here: let the page scroll.
    event->ignore();
}

int RichBlock::anchorTop(const QString &name) const {
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(name)) {
                return qFloor(document()->documentLayout()->blockBoundingRect(block).top());
            }
        }
    }
    return -1;
}

QList<QPair<QString, int>> RichBlock::anchorPositions() const {
    QList<QPair<QString, int>> positions;
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList here = it.fragment().charFormat().anchorNames();
            if (!here.isEmpty()) {
                const int top = qFloor(layout->blockBoundingRect(block).top());
                for (const QString &name : here) {
                    positions.append({name, top});
                }
            }
        }
    }
    return positions;
}

QStringList RichBlock::anchorNames() const {
    QStringList names;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList here = it.fragment().charFormat().anchorNames();
            for (const QString &name : here) {
                if (!names.contains(name)) {
                    names.append(name);
                }
            }
        }
    }
    return names;
}

void RichBlock::highlightWords(const QStringList &words) {
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    // Black on yellow reads in every palette; it is the colour people expect for "found".
    format.setBackground(QColor(0xff, 0xe0, 0x66));
    format.setForeground(QColor(0x00, 0x00, 0x00));
    for (const QString &word : words) {
        if (word.trimmed().isEmpty()) {
            continue;
        }
        QTextCursor cursor = document()->find(word.trimmed(), 0);
        while (!cursor.isNull()) {
            selections.append({cursor, format});
            cursor = document()->find(word.trimmed(), cursor);
        }
    }
    setExtraSelections(selections);
}

} // namespace cg
