#include "gui_main.h"

#include "cli/headless.h"
#include "content/content_database.h"
#include "content/content_repository.h"
#include "window/main_window.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>
#include <cstdio>

namespace cg {

int runGui(const CommandLine &commandLine) {
    ContentDatabase database;
    if (!openContentOrReport(commandLine, database)) {
        QMessageBox::critical(nullptr, QApplication::translate("Startup", "Calcinosis Guide"),
                              database.errorMessage());
        return ExitContentError;
    }
    ContentRepository repository(database);
    MainWindow window(repository, commandLine.language);
    window.show();
    return QApplication::exec();
}

} // namespace cg
