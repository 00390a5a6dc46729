// SPDX-License-Identifier: GPL-3.0-or-later
// The program from its arguments: headless commands run without a display; everything else
// opens the main window. main() (app/main.cpp) and the development build
// (tools/devtools/dev_main.cpp) both start here.
#include "program.h"

#include "app_info.h"
#include "cli/command_line.h"
#include "cli/headless.h"
#include "content/content_log.h"
#include "font_warmup.h"
#include "gui_main.h"

#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTranslator>

namespace cg {

namespace {

QStringList argumentsOf(int argc, char *argv[], QStringList *undecodable) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        const QString argument = QFile::decodeName(argv[i]);
        if (QFile::encodeName(argument) != QByteArray(argv[i])) {
            undecodable->append(argument); // bytes that are not valid UTF-8 text
        }
        arguments.append(argument);
    }
    return arguments;
}

// Whether a window can be shown: a platform chosen, or an X11 or Wayland display to connect to.
// Without one Qt would abort ("could not connect to display").
bool haveDisplay() {
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
           !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// Headless commands speak the system language when the interface is translated into it.
void installSystemTranslation(QTranslator &translator) {
    if (translator.load(QLocale::system(), QStringLiteral("calcinosis-guide"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    }
}

// The command line promises one line per problem: the libraries' own log lines (the
// calcinosis.* categories) stay quiet there unless asked for with QT_LOGGING_RULES.
void quietLibraryLogs() {
    QLoggingCategory::setFilterRules(QStringLiteral("calcinosis.*.warning=false"));
}

} // namespace

int runProgram(int argc, char *argv[], const GuiHooks &hooks) {
    QStringList undecodable;
    const QStringList arguments = argumentsOf(argc, argv, &undecodable);
    const CommandLine commandLine = parseCommandLine(arguments, undecodable);

    if (commandLine.isHeadless() || !haveDisplay()) {
        quietMissingRuntimeDirWarning(); // every problem is one line
    }
    if (commandLine.mode == CommandLine::Mode::ExportHandout) {
        // PDF export needs fonts and a paint device but never a screen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        QGuiApplication app(argc, argv);
        quietLibraryLogs();
        applyApplicationInfo();
        QTranslator translator;
        installSystemTranslation(translator);
        return runHeadless(parseCommandLine(arguments, undecodable));
    }
    if (commandLine.isHeadless()) {
        QCoreApplication app(argc, argv);
        quietLibraryLogs();
        applyApplicationInfo();
        QTranslator translator;
        installSystemTranslation(translator);
        // Parse again now that the application exists, so --help can name the program.
        return runHeadless(parseCommandLine(arguments, undecodable));
    }
    if (!haveDisplay()) {
        QCoreApplication app(argc, argv);
        applyApplicationInfo();
        QTranslator translator;
        installSystemTranslation(translator);
        QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                            << QCoreApplication::translate(
                                   "CommandLine",
                                   "cannot open the window: there is no display (DISPLAY and "
                                   "WAYLAND_DISPLAY are not set). Start it from a desktop "
                                   "session, or see --help for what works without a window.")
                            << '\n';
        return ExitNoDisplay;
    }

    // Fonts load on the second core while the application connects to the display and the
    // window's frame is built; the frame needs them for its first line of text.
    FontWarmUp fonts;
    QApplication app(argc, argv);
    fonts.applicationCreated();
    applyApplicationInfo();
    const int exitCode = runGui(commandLine, hooks);
    fonts.finish();
    return exitCode;
}

} // namespace cg
