// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/bookmarks_dialog.h"

#include "user/bookmark_store.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cg {

BookmarksDialog::BookmarksDialog(BookmarkStore &store, TitleFor titleFor, QWidget *parent)
    : QDialog(parent), m_store(store), m_titleFor(std::move(titleFor)) {
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_intro->setBuddy(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_remove = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    retranslate();
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem()) {
            m_chosen = item->data(Qt::UserRole).toString();
            accept();
        }
    });
    connect(m_list, &QListWidget::itemActivated, m_open, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem()) {
            if (!m_store.remove(item->data(Qt::UserRole).toString()) &&
                !m_store.lastSaveError().isEmpty()) {
                QMessageBox::warning(this, windowTitle(), m_store.lastSaveError());
            }
            refill();
        }
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { updateButtons(); });
    refill();
    resize(460, 360);
}

void BookmarksDialog::retranslate() {
    setWindowTitle(tr("Bookmarks"));
    m_intro->setText(tr("Pages you bookmarked with Ctrl+D or the star:"));
    m_list->setAccessibleName(tr("Bookmarks"));
    m_open->setText(tr("&Open"));
    m_remove->setText(tr("&Remove"));
}

void BookmarksDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void BookmarksDialog::refill() {
    m_list->clear();
    const QList<Bookmark> saved = m_store.bookmarks();
    for (const Bookmark &bookmark : saved) {
        const QString title = m_titleFor ? m_titleFor(bookmark.location) : QString();
        auto *item = new QListWidgetItem(title.isEmpty() ? bookmark.title : title, m_list);
        item->setData(Qt::UserRole, bookmark.location);
    }
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    updateButtons();
}

void BookmarksDialog::updateButtons() {
    const bool chosen = m_list->currentItem() != nullptr;
    m_open->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

} // namespace cg
