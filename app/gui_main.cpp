// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui_main.h"

#include "cli/headless.h"
#include "gui_wiring.h"
#include "kiosk/kiosk_controller.h"
#include "language/language_manager.h"
#include "session/content_session.h"
#include "settings/clinic_settings.h"
#include "settings/managed_settings.h"
#include "settings/settings_files.h"
#include "widgets/comfort_style.h"
#include "window/main_window.h"

#include <QApplication>
#include <QDebug>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QSqlQuery>
#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace cg {

namespace {

// The direction to draw the first frame in, before the content (and its list of languages) is
// open: the command line's or the saved language, else the system's.
Qt::LayoutDirection expectedDirection(const CommandLine &commandLine) {
    QString code = commandLine.language;
    if (code.isEmpty()) {
        code = QSettings().value(LanguageManager::settingsKey()).toString();
    }
    return code.isEmpty() ? QLocale::system().textDirection() : QLocale(code).textDirection();
}

// Kiosk mode from the command line or the administrator's clinic.conf; a setting that cannot be
// used is reported on stderr, where a kiosk's session log keeps it.
KioskPolicy kioskPolicyFor(const CommandLine &commandLine) {
    const ManagedSettings settings = ManagedSettings::load();
    KioskPolicy policy = KioskPolicy::from(settings);
    policy.enabled = policy.enabled || commandLine.kiosk;
    const QStringList problems = settings.problems();
    for (const QString &problem : problems) {
        qWarning().noquote() << problem;
    }
    return policy;
}

// Start-up read the whole content database once (its integrity check) and built the first
// view; the window needs neither that page cache nor those scratch buffers any more.
void releaseStartupMemory(const ContentDatabase &database) {
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("PRAGMA shrink_memory"));
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

// On stderr and in a dialog: the window cannot use its content.
void showContentError(const QString &message) {
    reportContentError(message);
    QMessageBox::critical(nullptr, QApplication::translate("Startup", "Calcinosis Guide"), message);
}

} // namespace

int runGui(const CommandLine &commandLine, const GuiHooks &hooks) {
    QApplication::setStyle(new ComfortStyle);
    // Before the first QSettings: one that opened a FIFO would wait for a writer forever.
    const QStringList settingsProblems = avoidUnsafeSettingsFiles(
        QCoreApplication::organizationName(), QCoreApplication::applicationName());
    for (const QString &problem : settingsProblems) {
        qWarning().noquote() << problem;
    }
    QApplication::setLayoutDirection(expectedDirection(commandLine));
    // The content first: a window is only made over an open content session. Its quick checks
    // (the file, its header and schema) run now; the slower ones (quick_check, the digest) once
    // the frame is on screen, before any view shows content, so the window appears as fast as
    // an empty one. What fails either is said on stderr and in a dialog, and the program ends.
    ContentSession::Opened opened = ContentSession::openForWindow(contentPathFor(commandLine));
    if (!opened.session) {
        showContentError(opened.errorMessage);
        return ExitContentError;
    }
    ContentSession &session = *opened.session;
    const KioskPolicy kiosk = kioskPolicyFor(commandLine);
    LanguageManager languages(session.languages());
    languages.setRemembersChoice(!kiosk.enabled);
    languages.setLanguage(languages.startupLanguage(commandLine.language));

    MainWindow::Options options;
    options.kiosk = kiosk.enabled;
    options.kioskPrinting = kiosk.printingAllowed;
    MainWindow window(session, languages, options);
    std::unique_ptr<KioskController> kioskController; // after the window: it watches it
    if (kiosk.enabled) {
        kioskController = std::make_unique<KioskController>(
            window, std::chrono::seconds(kiosk.idleTimeoutSeconds));
        kioskController->setLanguages(&languages, languages.current());
        QObject::connect(kioskController.get(), &KioskController::exitRequested, qApp,
                         &QCoreApplication::quit, Qt::QueuedConnection);
    }
    window.show(); // full screen for a kiosk: the controller set the window's state
    if (hooks.shown) {
        hooks.shown(window);
    }
    QObject::connect(&window, &MainWindow::firstExposed, &window, [&] {
        if (!session.verify()) {
            window.hide(); // a hidden window opens no view
            showContentError(session.database().errorMessage());
            QCoreApplication::exit(ExitContentError);
            return;
        }
        // Search and handouts once the frame is painted: neither is needed to draw it.
        attachSearch(window, session.searchEngine(), languages);
        attachHandouts(window, session.repository(), languages);
        if (hooks.contentReady) {
            hooks.contentReady(window);
        }
    });
    QObject::connect(&window, &MainWindow::firstPlaceOpened, &window, [&] {
        if (hooks.firstView) {
            hooks.firstView(window);
        }
        releaseStartupMemory(session.database());
    });
    return QApplication::exec();
}

} // namespace cg
