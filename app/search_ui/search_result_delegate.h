// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace cg {

// Draws one search result in three lines: the section (small, muted), the title, and the
// snippet, with the matched words in bold. All text arrives escaped from the engine; the
// delegate only wraps it in layout tags.
class SearchResultDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit SearchResultDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void layout(QTextDocument &document, const QStyleOptionViewItem &option,
                const QModelIndex &index) const;
};

} // namespace cg
