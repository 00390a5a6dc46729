// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/navigation_list.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyledItemDelegate>

namespace cg {

namespace {

constexpr int kPageRole = Qt::UserRole;
constexpr int kTitleRole = Qt::UserRole + 1;
constexpr int kPadding = 10;
constexpr int kMargin = 4;

// The page of a row; nothing for the gap before the reference pages.
std::optional<Page> pageOf(const QModelIndex &index) {
    const QVariant value = index.data(kPageRole);
    if (!value.isValid()) {
        return std::nullopt;
    }
    return static_cast<Page>(value.toInt());
}

std::optional<Page> pageOf(const QListWidgetItem *item) {
    const QVariant value = item->data(kPageRole);
    if (!value.isValid()) {
        return std::nullopt;
    }
    return static_cast<Page>(value.toInt());
}

// Draws each place as a rounded row: filled in the accent colour when it is the current place,
// tinted under the mouse, ringed when it has the keyboard focus. Painted by hand rather than
// with a style sheet, which would slow the first frame and cut the list off from font changes.
class NavigationDelegate : public QStyledItemDelegate {
public:
    explicit NavigationDelegate(NavigationList *list) : QStyledItemDelegate(list), m_list(list) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override {
        if (!pageOf(index)) {
            return {10, option.fontMetrics.height()}; // the gap before the reference pages
        }
        const int icon = m_list->iconSize().height();
        const int text = option.fontMetrics.height();
        return {option.rect.width(), qMax(icon, text) + 2 * kPadding + 2};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override {
        if (!pageOf(index)) {
            return;
        }
        const NavigationList::Colors &colors = m_list->colors();
        const bool selected = (option.state & QStyle::State_Selected) != 0;
        const bool hovered = (option.state & QStyle::State_MouseOver) != 0;
        const bool focused = (option.state & QStyle::State_HasFocus) != 0 && m_list->hasFocus();
        const QRectF row = QRectF(option.rect).adjusted(kMargin, 1, -kMargin, -1);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (selected || hovered) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(selected ? colors.accent : colors.hover);
            painter->drawRoundedRect(row, 6, 6);
        }
        if (focused) {
            // A ring of its own colour, so focus shows on the filled row as well.
            painter->setPen(QPen(selected ? colors.accentText : colors.accent, 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(row.adjusted(2, 2, -2, -2), 5, 5);
        }
        const QSize iconSize = m_list->iconSize();
        const bool rtl = option.direction == Qt::RightToLeft;
        const QRect content = option.rect.adjusted(kMargin + kPadding, 0, -kMargin - kPadding, 0);
        QRect iconRect(QPoint(0, 0), iconSize);
        iconRect.moveCenter(QPoint(0, content.center().y()));
        iconRect.moveLeft(rtl ? content.right() - iconSize.width() : content.left());
        index.data(Qt::DecorationRole)
            .value<QIcon>()
            .paint(painter, iconRect, Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);
        const QString text = index.data(Qt::DisplayRole).toString();
        if (!text.isEmpty()) {
            QRect textRect = content;
            if (rtl) {
                textRect.setRight(iconRect.left() - kPadding);
            } else {
                textRect.setLeft(iconRect.right() + kPadding);
            }
            painter->setPen(selected ? colors.accentText : colors.text);
            QFont font = option.font;
            font.setWeight(selected ? QFont::DemiBold : QFont::Normal);
            painter->setFont(font);
            painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeading | Qt::TextWordWrap,
                              text);
        }
        painter->restore();
    }

private:
    NavigationList *m_list;
};

} // namespace

NavigationList::NavigationList(QWidget *parent) : QListWidget(parent) {
    setObjectName(QStringLiteral("navigation"));
    setIconSize(QSize(22, 22));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setUniformItemSizes(false);
    setTextElideMode(Qt::ElideNone);
    setWordWrap(true);
    setMouseTracking(true);
    setItemDelegate(new NavigationDelegate(this));
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (m_announce && current != nullptr) {
            if (const std::optional<Page> page = pageOf(current)) {
                Q_EMIT pageChosen(*page);
            }
        }
    });
}

void NavigationList::keyPressEvent(QKeyEvent *event) {
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        m_byArrowKey = true;
        break;
    default:
        break;
    }
    QListWidget::keyPressEvent(event);
    m_byArrowKey = false;
}

void NavigationList::addEntry(Page page, const QIcon &icon, bool afterGap) {
    if (afterGap) {
        // A quiet gap between the sections and the reference pages; it cannot be chosen.
        auto *gap = new QListWidgetItem(this);
        gap->setFlags(Qt::NoItemFlags);
        gap->setSizeHint(QSize(10, 14));
    }
    auto *item = new QListWidgetItem(icon, pageKey(page), this);
    item->setData(kPageRole, static_cast<int>(page));
    item->setData(kTitleRole, pageKey(page));
}

QListWidgetItem *NavigationList::itemFor(Page page) const {
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *candidate = item(row);
        if (pageOf(candidate) == page) {
            return candidate;
        }
    }
    return nullptr;
}

int NavigationList::rowOf(Page page) const {
    QListWidgetItem *entry = itemFor(page);
    return entry != nullptr ? row(entry) : -1;
}

void NavigationList::applyTitle(QListWidgetItem *entry) {
    const QString title = entry->data(kTitleRole).toString();
    entry->setText(m_compact ? QString() : title);
    entry->setToolTip(m_compact ? title : QString());
    // The name stays for screen readers when only the icon shows.
    entry->setData(Qt::AccessibleTextRole, title);
}

void NavigationList::setTitle(Page page, const QString &title) {
    QListWidgetItem *entry = itemFor(page);
    if (entry == nullptr || entry->data(kTitleRole).toString() == title) {
        return;
    }
    entry->setData(kTitleRole, title);
    applyTitle(entry);
    m_widestTitle = -1;
    updateGeometry();
}

void NavigationList::changeEvent(QEvent *event) {
    if (event->type() == QEvent::FontChange) {
        m_widestTitle = -1;
    }
    QListWidget::changeEvent(event);
}

void NavigationList::setIcon(Page page, const QIcon &icon) {
    if (QListWidgetItem *entry = itemFor(page)) {
        entry->setIcon(icon);
    }
}

void NavigationList::setCurrentPage(Page page) {
    QListWidgetItem *entry = itemFor(page);
    if (entry == nullptr || entry == currentItem()) {
        return;
    }
    m_announce = false;
    setCurrentItem(entry);
    m_announce = true;
}

std::optional<Page> NavigationList::currentPage() const {
    return currentItem() != nullptr ? pageOf(currentItem()) : std::nullopt;
}

QList<Page> NavigationList::pages() const {
    QList<Page> result;
    for (int row = 0; row < count(); ++row) {
        if (const std::optional<Page> page = pageOf(item(row))) {
            result.append(*page);
        }
    }
    return result;
}

void NavigationList::setCompact(bool compact) {
    if (compact == m_compact) {
        return;
    }
    m_compact = compact;
    for (int row = 0; row < count(); ++row) {
        if (pageOf(item(row))) {
            applyTitle(item(row));
        }
    }
    updateGeometry();
}

void NavigationList::setColors(const Colors &colors) {
    m_colors = colors;
    QPalette panel = palette();
    panel.setColor(QPalette::Base, colors.panel);
    panel.setColor(QPalette::Window, colors.panel);
    panel.setColor(QPalette::Text, colors.text);
    setPalette(panel);
    viewport()->update();
}

QSize NavigationList::sizeHint() const {
    if (m_compact) {
        return {iconSize().width() + 2 * (kMargin + kPadding) + 4,
                QListWidget::sizeHint().height()};
    }
    if (m_widestTitle < 0) {
        // Measured once per font and set of titles: shaping text is not free.
        QFont bold = font();
        bold.setWeight(QFont::DemiBold); // the current place is drawn in bold
        const QFontMetrics metrics(bold);
        for (int row = 0; row < count(); ++row) {
            m_widestTitle = qMax(m_widestTitle,
                                 metrics.horizontalAdvance(item(row)->data(kTitleRole).toString()));
        }
    }
    const int widest = m_widestTitle;
    const int chrome = iconSize().width() + 2 * (kMargin + kPadding) + kPadding + 8;
    return {qBound(160, widest + chrome, 320), QListWidget::sizeHint().height()};
}

} // namespace cg
