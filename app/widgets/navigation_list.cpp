#include "widgets/navigation_list.h"

namespace cg {

namespace {

constexpr int kPageRole = Qt::UserRole;
constexpr int kTitleRole = Qt::UserRole + 1;

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
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (m_announce && current != nullptr) {
            const QString page = current->data(kPageRole).toString();
            if (!page.isEmpty()) {
                Q_EMIT pageChosen(page);
            }
        }
    });
}

void NavigationList::addEntry(const QString &pageKey, const QIcon &icon, bool afterGap) {
    if (afterGap) {
        // A quiet gap between the sections and the reference pages; it cannot be chosen.
        auto *gap = new QListWidgetItem(this);
        gap->setFlags(Qt::NoItemFlags);
        gap->setSizeHint(QSize(10, 14));
    }
    auto *item = new QListWidgetItem(icon, pageKey, this);
    item->setData(kPageRole, pageKey);
    item->setData(kTitleRole, pageKey);
}

QListWidgetItem *NavigationList::itemFor(const QString &pageKey) const {
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *candidate = item(row);
        if (candidate->data(kPageRole).toString() == pageKey) {
            return candidate;
        }
    }
    return nullptr;
}

int NavigationList::rowOf(const QString &pageKey) const {
    QListWidgetItem *entry = itemFor(pageKey);
    return entry != nullptr ? row(entry) : -1;
}

void NavigationList::applyTitle(QListWidgetItem *entry) {
    const QString title = entry->data(kTitleRole).toString();
    entry->setText(m_compact ? QString() : title);
    entry->setToolTip(m_compact ? title : QString());
    // The name stays for screen readers when only the icon shows.
    entry->setData(Qt::AccessibleTextRole, title);
}

void NavigationList::setTitle(const QString &pageKey, const QString &title) {
    if (QListWidgetItem *entry = itemFor(pageKey)) {
        entry->setData(kTitleRole, title);
        applyTitle(entry);
    }
    updateGeometry();
}

void NavigationList::setIcon(const QString &pageKey, const QIcon &icon) {
    if (QListWidgetItem *entry = itemFor(pageKey)) {
        entry->setIcon(icon);
    }
}

void NavigationList::setCurrentPage(const QString &pageKey) {
    QListWidgetItem *entry = itemFor(pageKey);
    if (entry == nullptr || entry == currentItem()) {
        return;
    }
    m_announce = false;
    setCurrentItem(entry);
    m_announce = true;
}

QString NavigationList::currentPage() const {
    return currentItem() != nullptr ? currentItem()->data(kPageRole).toString() : QString();
}

QStringList NavigationList::pages() const {
    QStringList keys;
    for (int row = 0; row < count(); ++row) {
        const QString key = item(row)->data(kPageRole).toString();
        if (!key.isEmpty()) {
            keys.append(key);
        }
    }
    return keys;
}

void NavigationList::setCompact(bool compact) {
    if (compact == m_compact) {
        return;
    }
    m_compact = compact;
    for (int row = 0; row < count(); ++row) {
        if (!item(row)->data(kPageRole).toString().isEmpty()) {
            applyTitle(item(row));
        }
    }
    updateGeometry();
}

void NavigationList::setColors(const QColor &panel, const QColor &text, const QColor &accent,
                               const QColor &accentText, const QColor &hover) {
    // Item views take per-item padding and a filled selection only through a style sheet.
    setStyleSheet(
        QStringLiteral("QListWidget#navigation { background: %1; color: %2; border: 2px solid %1;"
                       " padding: 8px 4px; outline: 0; }"
                       "QListWidget#navigation:focus { border: 2px solid %3; }"
                       "QListWidget#navigation::item { padding: 9px 10px; margin: 1px 4px;"
                       " border-radius: 6px; color: %2; }"
                       "QListWidget#navigation::item:selected { background: %3; color: %4; }"
                       "QListWidget#navigation::item:hover:!selected { background: %5; }")
            .arg(panel.name(), text.name(), accent.name(), accentText.name(), hover.name()));
}

QSize NavigationList::sizeHint() const {
    if (m_compact) {
        return {iconSize().width() + 48, QListWidget::sizeHint().height()};
    }
    int widest = 0;
    for (int row = 0; row < count(); ++row) {
        widest =
            qMax(widest, fontMetrics().horizontalAdvance(item(row)->data(kTitleRole).toString()));
    }
    return {qBound(180, widest + iconSize().width() + 56, 300), QListWidget::sizeHint().height()};
}

} // namespace cg
