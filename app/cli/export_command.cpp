// SPDX-License-Identifier: GPL-3.0-or-later
// --export-handout: a handout as PDF or HTML without a window, for scripts and clinic systems.
#include "cli/headless.h"
#include "content/content_database.h"
#include "content/content_repository.h"
#include "handout/handout_document_builder.h"
#include "handout/handout_export.h"
#include "handout/handout_presets.h"
#include "handout/handout_selection.h"
#include "language/language_manager.h"
#include "settings/clinic_settings.h"
#include "settings/managed_settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTextStream>
#include <cstdio>

namespace cg {

namespace {

QString text(const char *source) {
    return QCoreApplication::translate("CommandLine", source);
}

QString problemMessage(const HandoutProblem &problem, const QStringList &conditions) {
    const QStringList presets = handoutPresetIds();
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
    case HandoutProblem::Kind::UnknownCondition:
        return text("unknown condition \"%1\" (choose one of: %2).")
            .arg(problem.value, conditions.join(QStringLiteral(", ")));
    case HandoutProblem::Kind::None:
        break;
    }
    return {};
}

// The command line first; what it leaves out comes from the managed clinic settings, the
// same values the window's composer starts from.
HandoutRequest requestFrom(const CommandLine &commandLine, const ContentRepository &repository,
                           const ManagedSettings &settings) {
    const HandoutDefaults defaults = HandoutDefaults::from(settings);
    const LanguageManager languages(repository.locales());
    HandoutRequest request;
    if (!commandLine.language.isEmpty()) {
        request.language = commandLine.language;
    } else if (languages.isAvailable(defaults.language)) {
        request.language = defaults.language;
    } else {
        request.language = languages.startupLanguage(QString());
    }
    request.secondLanguage = commandLine.bilingual;
    request.preset = commandLine.preset;
    request.sections = commandLine.sections;
    request.topics = commandLine.topics;
    // Nothing chosen: the clinic's usual handout, else the two-page key points, as the
    // window's composer starts from.
    if (request.preset.isEmpty() && request.sections.isEmpty() && request.topics.isEmpty()) {
        request.preset = defaults.preset.isEmpty() ? QString::fromLatin1(kDefaultHandoutPreset)
                                                   : defaults.preset;
    }
    request.largePrint = commandLine.largePrint;
    request.condition = commandLine.condition;
    applyPresetDefaults(request);
    request.paper = defaults.paper;
    HandoutRequest::Paper asked = HandoutRequest::Paper::FromLocale;
    if (!commandLine.paper.isEmpty() && paperFromName(commandLine.paper, &asked)) {
        request.paper = asked;
    }
    // --clinic and --phone win over the user's and the administrator's values.
    const ClinicDetails clinic =
        ClinicDetails::resolve(settings, {commandLine.clinicName, commandLine.clinicPhone});
    request.clinicName = clinic.name;
    request.clinicPhone = clinic.phone;
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
    const ManagedSettings settings = ManagedSettings::load();
    const HandoutRequest request = requestFrom(commandLine, repository, settings);
    // A broken clinic setting does not stop the handout, but the administrator should know.
    const QStringList settingsProblems = settings.problems();
    for (const QString &line : settingsProblems) {
        err << program << ": " << text("warning: %1").arg(line) << '\n';
    }
    const HandoutProblem problem = validateHandoutRequest(request, repository);
    if (!problem.ok()) {
        err << program << ": " << problemMessage(problem, repository.conditionIds()) << '\n';
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
