// SPDX-License-Identifier: GPL-3.0-or-later
// content-compiler: validates the content sources and writes the read-only SQLite database the
// application opens. Run by the build; also useful by hand while editing content.

#include "content/content_log.h"
#include "content_validator.h"
#include "database_writer.h"
#include "reports.h"
#include "source_reader.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <exception>

int main(int argc, char *argv[]) {
    // Markdown goes through QTextDocument, which needs a GUI application but no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    cg::quietMissingRuntimeDirWarning(); // problems are one line each
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("content-compiler"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CG_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Validates the Calcinosis Guide content sources and compiles them into "
                       "an SQLite database."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sourceOption(
        QStringList{QStringLiteral("s"), QStringLiteral("source")},
        QStringLiteral("Content folder holding meta.yaml, sources.yaml and a folder per locale."),
        QStringLiteral("DIR"));
    const QCommandLineOption outputOption(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Database file to write (replaced atomically). Without it, only validate."),
        QStringLiteral("FILE"));
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        QStringLiteral("Print readability per English topic, translation coverage and every "
                       "topic's clinical review status in every language."));
    const QCommandLineOption missingOption(
        QStringLiteral("coverage"),
        QStringLiteral("Print translation coverage with every missing entry per locale."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         QStringLiteral("Print nothing but errors."));
    parser.addOptions({sourceOption, outputOption, reportOption, missingOption, quietOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.isSet(sourceOption)) {
        err << "content-compiler: --source DIR is required (see --help)\n";
        return 2;
    }

    cg::compiler::Diagnostics diagnostics;
    cg::compiler::ContentSet content;
    try {
        cg::compiler::SourceReader reader(parser.value(sourceOption), diagnostics);
        content = reader.read();
        if (!diagnostics.hasErrors()) {
            cg::compiler::validateContent(content, diagnostics);
        }
    } catch (const std::exception &e) {
        // A bug in the reader (the fuzzer looks for them): a message and exit 1, never an abort.
        err << "content-compiler: internal error while reading the sources (" << e.what()
            << "); please report it with the file you last changed\n";
        return 1;
    }
    if (diagnostics.hasErrors()) {
        for (const cg::compiler::Diagnostic &diagnostic : diagnostics.errors()) {
            err << diagnostic.toString() << '\n';
        }
        err << "content-compiler: " << diagnostics.errors().size()
            << " error(s); no database written\n";
        return 1;
    }

    if (parser.isSet(reportOption)) {
        cg::compiler::printReadabilityReport(content, out);
        cg::compiler::printReviewReport(content, out);
    }
    if (parser.isSet(reportOption) || parser.isSet(missingOption)) {
        cg::compiler::printCoverageReport(content, out, parser.isSet(missingOption));
    }

    if (parser.isSet(outputOption)) {
        const QString failure =
            cg::compiler::DatabaseWriter().write(content, parser.value(outputOption));
        if (!failure.isEmpty()) {
            err << "content-compiler: " << failure << '\n';
            return 1;
        }
        if (!parser.isSet(quietOption)) {
            out << "content-compiler: wrote " << parser.value(outputOption) << " ("
                << content.locales.size() << " locales)\n";
        }
    }
    return 0;
}
