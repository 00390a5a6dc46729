// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Logging categories, one per library of the core. Every failed query is logged in its library's
// category with the statement and SQLite's reason, and also reported to the caller (never turned
// into "no rows"). Turn a category on or off with QT_LOGGING_RULES, e.g.
// QT_LOGGING_RULES="calcinosis.content.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcContent)  // calcinosis.content: the content database and repository
Q_DECLARE_LOGGING_CATEGORY(lcSearch)   // calcinosis.search: the search engine
Q_DECLARE_LOGGING_CATEGORY(lcUser)     // calcinosis.user: the reader's bookmarks
Q_DECLARE_LOGGING_CATEGORY(lcHandout)  // calcinosis.handout: handout export to PDF and HTML
Q_DECLARE_LOGGING_CATEGORY(lcSettings) // calcinosis.settings: clinic.conf and user settings
Q_DECLARE_LOGGING_CATEGORY(lcSession)  // calcinosis.session: opening the content session
Q_DECLARE_LOGGING_CATEGORY(lcSpeech)   // calcinosis.speech: the sentences read aloud
Q_DECLARE_LOGGING_CATEGORY(lcCompiler) // calcinosis.compiler: the content compiler

// For programs without a window (the command line's commands, the content compiler), whose
// errors are one line each: drops Qt's "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to
// ..." (printed where that variable is unset, as under sudo or cron), passes everything else
// to the handler before it. Install before the application object.
namespace cg {
void quietMissingRuntimeDirWarning();
} // namespace cg
