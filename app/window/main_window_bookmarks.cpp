// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's bookmarks: a star for the current place, a menu and a dialog to reopen or remove.
#include "user/bookmark_store.h"
#include "window/bookmarks_dialog.h"
#include "window/main_window.h"

namespace cg {

void MainWindow::ensureBookmarksOpen() {
    if (m_bookmarksTried) {
        return;
    }
    m_bookmarksTried = true;
    m_bookmarks = std::make_unique<BookmarkStore>();
    const BookmarkStore::OpenResult result = m_bookmarks->open(bookmarksPath());
    if (result == BookmarkStore::OpenResult::RecoveredFromDamage ||
        result == BookmarkStore::OpenResult::Failed) {
        showNotice(m_bookmarks->errorMessage());
    }
}

QString MainWindow::bookmarksPath() const {
    return m_options.bookmarksPath.isEmpty() ? BookmarkStore::defaultPath()
                                             : m_options.bookmarksPath;
}

BookmarkStore &MainWindow::bookmarks() {
    ensureBookmarksOpen();
    return *m_bookmarks;
}

bool MainWindow::isCurrentBookmarked() {
    // Until the store is opened (just after the window appears, if the reader has a bookmarks
    // file; else at the first bookmark) nothing is marked.
    if (!m_current.isValid() || !m_bookmarksTried) {
        return false;
    }
    return bookmarks().contains(currentLocation().key());
}

void MainWindow::toggleBookmark() {
    const Location place = currentLocation();
    if (!place.isValid()) {
        return;
    }
    BookmarkStore &store = bookmarks();
    const bool saved =
        store.contains(place.key())
            ? store.remove(place.key())
            : store.add({place.key(), placeTitle(place), QDateTime::currentDateTimeUtc()});
    if (!saved && !store.lastSaveError().isEmpty()) {
        // A full disk, a read-only file, bookmarks off: say so, the star stays as it was.
        showNotice(store.lastSaveError());
    }
    updateActionStates();
}

void MainWindow::openBookmarksDialog() {
    BookmarksDialog dialog(
        bookmarks(), [this](const QString &key) { return placeTitle(Location::fromKey(key)); },
        this);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenLocation().isEmpty()) {
        navigate(Location::fromKey(dialog.chosenLocation()), true);
    }
    updateActionStates();
}

} // namespace cg
