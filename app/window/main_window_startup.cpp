// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up: the content is attached as the frame is built; the first view opens once the window
// is on screen, so the frame is painted before any view is filled.
#include "content/content_database.h"
#include "content/content_repository.h"
#include "language/language_manager.h"
#include "views/view_context.h"
#include "window/main_window.h"

#include <QFileInfo>
#include <QMouseEvent>
#include <QTimer>
#include <QWindow>

namespace cg {

void MainWindow::attachContent() {
    // A query that fails (a disk error, the file replaced while running) is said in a notice,
    // never left as an empty view. Queued: it may come from inside a view being built.
    m_queryFailureToken =
        m_repository.database().setQueryFailureHandler([this](const QString &message) {
            QMetaObject::invokeMethod(
                this, [this, message] { showNotice(message); }, Qt::QueuedConnection);
        });
    connect(&m_languages, &LanguageManager::languageChanged, this, &MainWindow::onLanguageChanged);
    createLanguageMenu();
    applyDocumentOptions();
    updateStatusLine();
    retranslate();
}

void MainWindow::openFirstPlace() {
    // Runs once, when the window is first on screen, unless it was hidden in the meantime (its
    // content failed its checks: see ContentSession::verify()).
    if (!m_firstPlace.isValid() || !isVisible()) {
        return;
    }
    if (!m_current.isValid()) {
        navigate(m_firstPlace, true);
    }
    m_firstPlace = {};
    // The bookmarks file is not needed to draw anything: it is opened last, and only when the
    // reader has one. Until then nothing is marked; the first bookmark creates the file.
    if (QFileInfo::exists(bookmarksPath())) {
        ensureBookmarksOpen();
    }
    updateActionStates();
    Q_EMIT firstPlaceOpened();
}

void MainWindow::showEvent(QShowEvent *event) {
    QMainWindow::showEvent(event);
    if (!m_exposed && windowHandle() != nullptr) {
        windowHandle()->installEventFilter(this);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event) {
    // The mouse's back and forward buttons, over any part of this window.
    if (event->type() == QEvent::MouseButtonRelease && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->window() == this) {
        const auto button = static_cast<QMouseEvent *>(event)->button();
        if (button == Qt::BackButton || button == Qt::ForwardButton) {
            if (button == Qt::BackButton) {
                goBack();
            } else {
                goForward();
            }
            return true;
        }
    }
    if (!m_exposed && watched == windowHandle() && event->type() == QEvent::Expose &&
        windowHandle()->isExposed()) {
        m_exposed = true;
        windowHandle()->removeEventFilter(this);
        // After this event the frame is painted; content comes on the next turn of the loop.
        QTimer::singleShot(0, this, [this] {
            Q_EMIT firstExposed();
            openFirstPlace();
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace cg
