// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/headless.h"
#include "content/content_database.h"
#include "content/content_repository.h"
#include "search/search_engine.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace cg {

namespace {

// One line per result must stay one line with three fields, whatever the content holds.
QString field(QString text) {
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

} // namespace

// calcinosis-guide --search QUERY [--language CODE] [--limit N]
// Prints "section<TAB>id<TAB>title" per result, best first. Topics and items print their own id
// and section; glossary terms print the section "glossary" and the term id. No result is not
// an error (exit 0); a language without content is a usage error (exit 2).
int runSearch(const CommandLine &commandLine, const ContentDatabase &database) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    search::SearchEngine engine(database.connection());
    if (!engine.isAvailable()) {
        err << QCoreApplication::applicationName() << ": "
            << QCoreApplication::translate("SearchCommand",
                                           "the content database \"%1\" has no search index; "
                                           "rebuild it with the content compiler.")
                   .arg(database.path())
            << '\n';
        return ExitContentError;
    }
    const QString language =
        commandLine.language.isEmpty() ? QStringLiteral("en") : commandLine.language;
    const QStringList known = engine.locales();
    if (!known.contains(language) && ContentRepository(database).locale(language).has_value()) {
        // A content language without its index: the database is incomplete, not the usage.
        err << QCoreApplication::applicationName() << ": "
            << QCoreApplication::translate("SearchCommand",
                                           "the content database \"%1\" has no search index for "
                                           "\"%2\"; rebuild it with the content compiler.")
                   .arg(database.path(), language)
            << '\n';
        return ExitContentError;
    }
    if (!known.contains(language)) {
        err << QCoreApplication::applicationName() << ": "
            << QCoreApplication::translate("SearchCommand",
                                           "unknown language \"%1\"; known languages: %2")
                   .arg(language, known.join(QStringLiteral(", ")))
            << '\n';
        return ExitUsageError;
    }
    search::SearchOptions options;
    options.limit = commandLine.limit;
    options.snippets = false;
    const search::SearchResults results = engine.search(commandLine.query, language, options);
    if (!engine.lastError().isEmpty()) {
        err << QCoreApplication::applicationName() << ": "
            << QCoreApplication::translate("SearchCommand",
                                           "the search index in \"%1\" cannot be read (%2); "
                                           "rebuild it with the content compiler, or reinstall.")
                   .arg(database.path(), field(engine.lastError()))
            << '\n';
        return ExitContentError;
    }
    for (const search::SearchHit &hit : results.hits) {
        out << field(hit.sectionKey) << '\t' << field(hit.id) << '\t' << field(hit.title) << '\n';
    }
    return ExitOk;
}

} // namespace cg
