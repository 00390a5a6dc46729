#include "gui_main.h"

#include "cli/headless.h"
#include "content/content_database.h"
#include "content/content_repository.h"
#include "language/language_manager.h"
#include "window/main_window.h"
#include "window/screenshot_tour.h"
#include "window/startup_probe.h"

#include <QApplication>
#include <QMessageBox>

namespace cg {

int runGui(const CommandLine &commandLine) {
    ContentDatabase database;
    if (!openContentOrReport(commandLine, database)) {
        QMessageBox::critical(nullptr, QApplication::translate("Startup", "Calcinosis Guide"),
                              database.errorMessage());
        return ExitContentError;
    }
    ContentRepository repository(database);
    // The language comes first: the window is built in it, and right-to-left languages mirror
    // the layout before anything is drawn.
    LanguageManager languages(repository);
    languages.setLanguage(languages.startupLanguage(commandLine.language));

    MainWindow window(repository, languages);
    window.show();
    installStartupProbe(&window);
    startScreenshotTour(&window);
    return QApplication::exec();
}

} // namespace cg
