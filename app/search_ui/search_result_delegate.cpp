// SPDX-License-Identifier: GPL-3.0-or-later
#include "search_ui/search_result_delegate.h"

#include "search_ui/search_result_model.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace cg {

namespace {

constexpr int kMargin = 6;

// The width a row gets: the view's viewport (item rectangles are not known when sizes are
// asked for).
int rowWidth(const QStyleOptionViewItem &option) {
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget)) {
        return view->viewport()->width();
    }
    return option.rect.width();
}

} // namespace

SearchResultDelegate::SearchResultDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void SearchResultDelegate::layout(QTextDocument &document, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const {
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorRole muted =
        selected ? QPalette::HighlightedText : QPalette::PlaceholderText;
    QString section = index.data(SearchResultModel::SectionLabelRole).toString().toHtmlEscaped();
    if (index.data(SearchResultModel::FallbackRole).toBool()) {
        section += QStringLiteral(" \u00B7 ") + tr("not translated yet").toHtmlEscaped();
    }
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    // Layout tags only: every piece of text is escaped already (section here, the rest by
    // the engine).
    document.setHtml(QStringLiteral("<div style=\"color:%1; font-size:small\">%2</div>"
                                    "<div style=\"font-size:large\">%3</div><div>%4</div>")
                         .arg(option.palette.color(QPalette::Active, muted).name(), section,
                              index.data(SearchResultModel::TitleHtmlRole).toString(),
                              index.data(SearchResultModel::SnippetHtmlRole).toString()));
    document.setTextWidth(qMax(rowWidth(option) - 2 * kMargin, 80));
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const {
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear(); // the document draws the text
    const QWidget *widget = option.widget;
    QStyle *style = widget != nullptr ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    QTextDocument document;
    layout(document, option, index);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    if (option.state.testFlag(QStyle::State_Selected)) {
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    }
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(kMargin, kMargin));
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size() - QSize(kMargin, kMargin)));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const {
    QTextDocument document;
    layout(document, option, index);
    return {rowWidth(option), int(document.size().height()) + 2 * kMargin};
}

} // namespace cg
