// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QObject>
#include <QPointer>
#include <chrono>

class QTimer;

namespace cg {

class LanguageManager;
class MainWindow;

// Runs a main window made with Options::kiosk as a kiosk on a shared screen:
//   - the window fills the screen;
//   - it cannot be closed (Alt+F4, the window manager's close) except with the
//     administrator's keys, Ctrl+Alt+Shift+Q, which close it and emit exitRequested();
//   - after the idle interval with no input anywhere in the application (an event filter on
//     the application watches keys, mouse, wheel and touch), it resets the session for the
//     next visitor: dialogs and menus closed, the window's resetForNextVisitor(), search and
//     find emptied, and the language set back to the kiosk's own.
class KioskController : public QObject {
    Q_OBJECT

public:
    KioskController(MainWindow &window, std::chrono::milliseconds idleInterval,
                    QObject *parent = nullptr);
    ~KioskController() override;

    // The language each visitor starts in; attached once the content is open.
    void setLanguages(LanguageManager *languages, const QString &defaultLanguage);

    static QKeySequence exitKeys();
    std::chrono::milliseconds idleInterval() const;
    bool isIdleTimerRunning() const;

    // What the idle timer does; public for tests and for a future "start again" button.
    void resetSession();

Q_SIGNALS:
    void sessionReset();
    void exitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static bool isUserInput(const QEvent *event);
    static bool isExitKeys(const QEvent *event);
    void closeTransientWindows();

    MainWindow &m_window;
    QTimer *m_idle = nullptr;
    QPointer<LanguageManager> m_languages;
    QString m_defaultLanguage;
    bool m_exiting = false;
};

} // namespace cg
