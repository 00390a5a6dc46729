// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/rich_block.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QWidget>

namespace cg::test {

// Everything the rich-text blocks of a view show, as plain text.
inline QString viewText(const QWidget *view) {
    QString text;
    const QList<RichBlock *> blocks = view->findChildren<RichBlock *>();
    for (const RichBlock *block : blocks) {
        text += block->toPlainText() + QLatin1Char('\n');
    }
    return text;
}

// The link targets in a view's blocks.
inline QStringList viewLinks(const QWidget *view) {
    QStringList links;
    const QList<RichBlock *> blocks = view->findChildren<RichBlock *>();
    for (const RichBlock *block : blocks) {
        for (QTextBlock b = block->document()->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QString href = it.fragment().charFormat().anchorHref();
                if (!href.isEmpty()) {
                    links.append(href);
                }
            }
        }
    }
    return links;
}

// Where in a block (viewport coordinates) the first link to `href` is drawn.
inline QPoint linkPosition(const RichBlock *block, const QString &href) {
    for (QTextBlock b = block->document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorHref() == href) {
                QTextCursor cursor(block->document());
                cursor.setPosition(it.fragment().position() + 1);
                const QRect rect = block->cursorRect(cursor);
                return rect.center();
            }
        }
    }
    return {-1, -1};
}

// The block of a view that holds a link to `href`.
inline RichBlock *blockWithLink(const QWidget *view, const QString &href) {
    const QList<RichBlock *> blocks = view->findChildren<RichBlock *>();
    for (RichBlock *block : blocks) {
        if (linkPosition(block, href).x() >= 0) {
            return block;
        }
    }
    return nullptr;
}

} // namespace cg::test
