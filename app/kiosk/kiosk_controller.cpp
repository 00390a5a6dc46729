// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/kiosk_controller.h"

#include "language/language_manager.h"
#include "search_ui/find_bar.h"
#include "search_ui/search_field.h"
#include "speech_ui/read_aloud.h"
#include "speech_ui/speech_reader.h"
#include "window/main_window.h"

#include <QApplication>
#include <QDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QTimer>

namespace cg {

KioskController::KioskController(MainWindow &window, std::chrono::milliseconds idleInterval,
                                 QObject *parent)
    : QObject(parent), m_window(window) {
    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    m_idle->setInterval(idleInterval);
    connect(m_idle, &QTimer::timeout, this, &KioskController::resetSession);
    // Applied now if the window is shown, else when it is.
    m_window.setWindowState(m_window.windowState() | Qt::WindowFullScreen);
    qApp->installEventFilter(this);
    SpeechReader::setRemembersChoices(false);
    m_idle->start();
}

KioskController::~KioskController() {
    qApp->removeEventFilter(this);
    SpeechReader::setRemembersChoices(true);
}

void KioskController::setLanguages(LanguageManager *languages, const QString &defaultLanguage) {
    m_languages = languages;
    m_defaultLanguage = defaultLanguage;
    if (languages != nullptr) {
        languages->setRemembersChoice(false);
    }
}

QKeySequence KioskController::exitKeys() {
    return QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Q);
}

std::chrono::milliseconds KioskController::idleInterval() const {
    return m_idle->intervalAsDuration();
}

bool KioskController::isIdleTimerRunning() const {
    return m_idle->isActive();
}

bool KioskController::isUserInput(const QEvent *event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

bool KioskController::isExitKeys(const QEvent *event) {
    if (event->type() != QEvent::KeyPress) {
        return false;
    }
    const auto *key = static_cast<const QKeyEvent *>(event);
    const Qt::KeyboardModifiers wanted = Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier;
    return key->key() == Qt::Key_Q && (key->modifiers() & ~Qt::KeypadModifier) == wanted;
}

bool KioskController::eventFilter(QObject *watched, QEvent *event) {
    if (isExitKeys(event)) {
        m_exiting = true;
        m_window.close();
        Q_EMIT exitRequested();
        return true;
    }
    if (watched == &m_window && event->type() == QEvent::Close && !m_exiting) {
        event->ignore(); // only the administrator's keys close a kiosk
        return true;
    }
    if (isUserInput(event)) {
        m_idle->start(); // restarts the countdown
    }
    return QObject::eventFilter(watched, event);
}

void KioskController::closeTransientWindows() {
    // Dialogs first (the handout composer forgets the patient's name and note as it closes),
    // then any open menu.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        auto *dialog = qobject_cast<QDialog *>(widget);
        if (dialog != nullptr && dialog->isVisible()) {
            dialog->reject();
        }
    }
    const QList<QDialog *> children = m_window.findChildren<QDialog *>();
    for (QDialog *dialog : children) {
        if (dialog->isVisible()) {
            dialog->reject();
        }
    }
    while (QWidget *popup = QApplication::activePopupWidget()) {
        popup->close();
    }
}

void KioskController::resetSession() {
    closeTransientWindows();
    // The last visitor's reading stops, and their voice and speed are forgotten.
    if (ReadAloud *readAloud = m_window.findChild<ReadAloud *>()) {
        readAloud->stop();
    }
    SpeechReader::forgetSessionChoices();
    m_window.setWindowState(m_window.windowState() | Qt::WindowFullScreen);
    if (m_languages != nullptr && !m_defaultLanguage.isEmpty()) {
        m_languages->setLanguage(m_defaultLanguage);
    }
    m_window.resetForNextVisitor();
    const QList<SearchField *> fields = m_window.findChildren<SearchField *>();
    for (SearchField *field : fields) {
        field->hideResults();
        field->clear();
    }
    const QList<FindBar *> bars = m_window.findChildren<FindBar *>();
    for (FindBar *bar : bars) {
        bar->setFindText(QString());
        bar->closeBar();
    }
    Q_EMIT sessionReset();
}

} // namespace cg
