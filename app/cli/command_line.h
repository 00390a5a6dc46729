// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace cg {

// Everything the command line can ask for, parsed before any QApplication exists so that
// headless commands (--list-languages, --search, --export-handout) never need a display.
struct CommandLine {
    enum class Mode { Gui, Help, Version, ListLanguages, Search, ExportHandout, Error };

    Mode mode = Mode::Gui;
    QString error;    // set when mode == Error: one line for stderr
    QString helpText; // set when mode == Help

    QString contentPath; // --content
    QString language;    // --language, the UI and content language (empty: settings/system)
    QString query;       // --search
    int limit = 10;      // --limit
    QString exportPath;  // --export-handout
    QStringList sections;
    QStringList topics;
    bool largePrint = false;
    QString bilingual;
    QString paper; // a4 | letter | empty (from the locale)
    QString preset;
    QString condition;   // for the body map; never stored
    QString clinicName;  // --clinic; empty: the remembered one
    QString clinicPhone; // --phone; empty: the remembered one
    bool kiosk = false;  // --kiosk (or kiosk/enabled in the clinic settings)

    bool isHeadless() const { return mode != Mode::Gui; }
};

// `undecodable` lists the arguments whose bytes were not valid UTF-8 (as decoded, with U+FFFD):
// a file name among them is refused rather than used under another name.
CommandLine parseCommandLine(const QStringList &arguments, const QStringList &undecodable = {});

} // namespace cg
