// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QListView;

namespace cg {

class SearchResultModel;

// The list of results under the search field. It is a child of the field's window laid over
// its contents, not a window of its own: it never takes the keyboard focus (the field keeps
// it and moves the selection), needs no window manager, and behaves the same on X11, Wayland
// and offscreen.
class SearchResultsPopup : public QFrame {
    Q_OBJECT

public:
    SearchResultsPopup(SearchResultModel *model, QWidget *anchor);

    QListView *view() const { return m_view; }
    // Shows the list under the anchor (the field), inside the anchor's window.
    void showUnderAnchor();
    // Instead of an empty list: says nothing was found for `query`, with a hint.
    void showNoResults(const QString &query);
    // Instead of "nothing found" when the search itself could not run (its index is damaged):
    // the reader should not think their words were wrong.
    void showUnavailable();
    // The message shown for a search that found nothing (empty while there are results).
    QString noResultsText() const;
    // Moves the selection by `step` rows (negative: up), clamped; selects the first row when
    // nothing is selected.
    void moveSelection(int step);
    int currentRow() const;

Q_SIGNALS:
    void rowActivated(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void place();
    void retranslate();

    QPointer<QWidget> m_anchor;
    QListView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QString m_emptyQuery;
    bool m_unavailable = false;
};

} // namespace cg
