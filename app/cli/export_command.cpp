// --export-handout: a handout as PDF or HTML without a window, for scripts and clinic systems.
#include "cli/headless.h"
#include "content/content_database.h"
#include "content/content_repository.h"
#include "handout/handout_document_builder.h"
#include "handout/handout_export.h"
#include "handout/handout_presets.h"
#include "handout/handout_selection.h"
#include "language/language_manager.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>
#include <cstdio>

namespace cg {

namespace {

QString text(const char *source) {
    return QCoreApplication::translate("CommandLine", source);
}

QString problemMessage(const HandoutProblem &problem) {
    QStringList presets;
    for (const HandoutPreset &preset : handoutPresets()) {
        presets.append(preset.id);
    }
    switch (problem.kind) {
    case HandoutProblem::Kind::UnknownLanguage:
        return text("unknown language \"%1\" (see --list-languages).").arg(problem.value);
    case HandoutProblem::Kind::UnknownSecondLanguage:
        return text("unknown language \"%1\" for --bilingual (see --list-languages).")
            .arg(problem.value);
    case HandoutProblem::Kind::SameSecondLanguage:
        return text("--bilingual needs a language other than the handout's own (\"%1\").")
            .arg(problem.value);
    case HandoutProblem::Kind::UnknownPreset:
        return text("unknown preset \"%1\" (choose one of: %2).")
            .arg(problem.value, presets.join(QStringLiteral(", ")));
    case HandoutProblem::Kind::UnknownSection:
        return text("unknown section \"%1\" (choose from: %2).")
            .arg(problem.value, kSectionKeys.join(QStringLiteral(", ")));
    case HandoutProblem::Kind::UnknownTopic:
        return text("unknown topic \"%1\".").arg(problem.value);
    case HandoutProblem::Kind::None:
        break;
    }
    return {};
}

HandoutRequest requestFrom(const CommandLine &commandLine, const ContentRepository &repository) {
    HandoutRequest request;
    request.language = commandLine.language.isEmpty()
                           ? LanguageManager(repository).startupLanguage(QString())
                           : commandLine.language;
    request.secondLanguage = commandLine.bilingual;
    request.preset = commandLine.preset;
    request.sections = commandLine.sections;
    request.topics = commandLine.topics;
    request.largePrint = commandLine.largePrint;
    applyPresetDefaults(request);
    if (commandLine.paper == QStringLiteral("a4")) {
        request.paper = HandoutRequest::Paper::A4;
    } else if (commandLine.paper == QStringLiteral("letter")) {
        request.paper = HandoutRequest::Paper::Letter;
    }
    return request;
}

} // namespace

int runExportHandout(const CommandLine &commandLine, const ContentDatabase &database) {
    QTextStream err(stderr);
    const QString program = QCoreApplication::applicationName();
    const QString path = commandLine.exportPath;
    if (handoutFormatForPath(path) == HandoutFormat::Unknown) {
        err << program << ": "
            << text("cannot tell the file type of \"%1\": use a name ending in .pdf or .html.")
                   .arg(path)
            << '\n';
        return ExitUsageError;
    }
    const ContentRepository repository(database);
    const HandoutRequest request = requestFrom(commandLine, repository);
    const HandoutProblem problem = validateHandoutRequest(request, repository);
    if (!problem.ok()) {
        err << program << ": " << problemMessage(problem) << '\n';
        return ExitUsageError;
    }
    const HandoutDocument document = HandoutDocumentBuilder(repository).build(request);
    if (database.queryFailureCount() > 0) {
        // Part of the content could not be read: a handout missing it is not written.
        err << program << ": " << database.lastQueryFailure() << '\n';
        return ExitContentError;
    }
    const HandoutExportResult result = exportHandoutFile(document, path);
    if (!result.ok) {
        err << program << ": "
            << text("cannot write \"%1\": %2.").arg(QDir::toNativeSeparators(path), result.error)
            << '\n';
        return ExitOutputError;
    }
    return ExitOk;
}

} // namespace cg
