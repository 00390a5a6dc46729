// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui_main.h"

#include "cli/headless.h"
#include "content/content_database.h"
#include "content/content_repository.h"
#include "gui_wiring.h"
#include "kiosk/kiosk_controller.h"
#include "language/language_manager.h"
#include "search/search_engine.h"
#include "settings/clinic_settings.h"
#include "settings/managed_settings.h"
#include "widgets/comfort_style.h"
#include "window/main_window.h"
#include "window/screenshot_tour.h"
#include "window/startup_probe.h"

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

} // namespace

int runGui(const CommandLine &commandLine) {
    // The frame first, so the window appears as fast as an empty one; the content follows as
    // soon as it is on screen.
    QApplication::setStyle(new ComfortStyle);
    QApplication::setLayoutDirection(expectedDirection(commandLine));
    // Declared before the window so they outlive it: the window's widgets hold references to
    // the repository, the languages and the search engine, and the engine's statements must
    // finish before the database closes. Nothing here is opened until the window is on screen.
    ContentDatabase database;
    std::unique_ptr<ContentRepository> repository;
    std::unique_ptr<LanguageManager> languages;
    std::unique_ptr<search::SearchEngine> searchEngine;
    const KioskPolicy kiosk = kioskPolicyFor(commandLine);
    MainWindow::Options options;
    options.kiosk = kiosk.enabled;
    options.kioskPrinting = kiosk.printingAllowed;
    MainWindow window(options);
    std::unique_ptr<KioskController> kioskController; // after the window: it watches it
    if (kiosk.enabled) {
        kioskController = std::make_unique<KioskController>(
            window, std::chrono::seconds(kiosk.idleTimeoutSeconds));
        QObject::connect(kioskController.get(), &KioskController::exitRequested, qApp,
                         &QCoreApplication::quit, Qt::QueuedConnection);
    }
    window.show(); // full screen for a kiosk: the controller set the window's state
    installStartupProbe(&window);
    QObject::connect(&window, &MainWindow::firstExposed, &window, [&] {
        if (!openContentOrReport(commandLine, database)) {
            window.hide();
            QMessageBox::critical(nullptr, QApplication::translate("Startup", "Calcinosis Guide"),
                                  database.errorMessage());
            QCoreApplication::exit(ExitContentError);
            return;
        }
        repository = std::make_unique<ContentRepository>(database);
        languages = std::make_unique<LanguageManager>(*repository);
        languages->setRemembersChoice(!kiosk.enabled);
        languages->setLanguage(languages->startupLanguage(commandLine.language));
        if (kioskController) {
            kioskController->setLanguages(languages.get(), languages->current());
        }
        window.setContent(*repository, *languages);
        searchEngine = std::make_unique<search::SearchEngine>(database.connection());
        attachSearch(window, *searchEngine, *languages);
        attachHandouts(window, *repository, *languages);
        startScreenshotTour(&window);
    });
    QObject::connect(&window, &MainWindow::firstPlaceOpened, &window, [&] {
        reportStartupMilestone("first-view");
        releaseStartupMemory(database);
    });
    return QApplication::exec();
}

} // namespace cg
