// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up in two steps: the frame is shown first, the content is attached once the window is on
// screen, and the first view opens when both have happened.
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

void MainWindow::setContent(const ContentRepository &repository, LanguageManager &languages) {
    if (m_repository != nullptr) {
        return;
    }
    m_repository = &repository;
    m_languages = &languages;
    // A query that fails (a disk error, the file replaced while running) is said in a notice,
    // never left as an empty view. Queued: it may come from inside a view being built.
    m_queryFailureToken =
        repository.database().setQueryFailureHandler([this](const QString &message) {
            QMetaObject::invokeMethod(
                this, [this, message] { showNotice(message); }, Qt::QueuedConnection);
        });
    m_context = std::make_unique<ViewContext>(repository);
    if (!languages.current().isEmpty()) {
        m_context->setLocale(languages.current());
    }
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::onLanguageChanged);
    createLanguageMenu();
    applyDocumentOptions();
    updateStatusLine();
    retranslate();
    if (m_exposed) {
        QTimer::singleShot(0, this, &MainWindow::openFirstPlace);
    }
}

void MainWindow::openFirstPlace() {
    // Runs once, when both the content and the screen are there, whichever came last.
    if (!hasContent() || !m_exposed || !m_firstPlace.isValid()) {
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
