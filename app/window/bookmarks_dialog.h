// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace cg {

class BookmarkStore;

// The reader's bookmarks in a list: open one, or remove the ones no longer wanted.
class BookmarksDialog : public QDialog {
    Q_OBJECT

public:
    using TitleFor = std::function<QString(const QString &location)>;

    BookmarksDialog(BookmarkStore &store, TitleFor titleFor, QWidget *parent = nullptr);

    // The location the reader chose to open, after exec() returned Accepted.
    QString chosenLocation() const { return m_chosen; }
    QListWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refill();
    void updateButtons();

    BookmarkStore &m_store;
    TitleFor m_titleFor;
    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_remove = nullptr;
    QString m_chosen;
};

} // namespace cg
