// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command_line.h"

#include "handout/handout_presets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <optional>
#include <utility>

namespace cg {

namespace {

QStringList splitList(const QString &value) {
    QStringList result;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        result.append(part.trimmed());
    }
    return result;
}

} // namespace

CommandLine parseCommandLine(const QStringList &arguments, const QStringList &undecodable) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Calcinosis Guide explains calcinosis cutis (calcium deposits in or under the skin) "
        "to patients and families, and prints handouts in clinic."));
    const QCommandLineOption help(
        QStringList{QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("CommandLine", "Show this help and exit."));
    const QCommandLineOption version(
        QStringList{QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("CommandLine", "Show the version and exit."));
    const QCommandLineOption content(
        QStringLiteral("content"),
        QCoreApplication::translate("CommandLine", "Use the content database at PATH."),
        QStringLiteral("PATH"));
    const QCommandLineOption listLanguages(
        QStringLiteral("list-languages"),
        QCoreApplication::translate(
            "CommandLine", "List the content languages: code, a tab, the language's own name."));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("CommandLine",
                                    "Use the language CODE (for example en, es, ar)."),
        QStringLiteral("CODE"));
    const QCommandLineOption search(
        QStringLiteral("search"),
        QCoreApplication::translate("CommandLine",
                                    "Search the content and print section, topic id and "
                                    "title of each result, best first."),
        QStringLiteral("QUERY"));
    const QCommandLineOption limit(
        QStringLiteral("limit"),
        QCoreApplication::translate("CommandLine", "Print at most N search results (default 10)."),
        QStringLiteral("N"));
    const QCommandLineOption exportHandout(
        QStringLiteral("export-handout"),
        QCoreApplication::translate(
            "CommandLine", "Write a handout to FILE (.pdf or .html) without opening a window."),
        QStringLiteral("FILE"));
    const QCommandLineOption sections(
        QStringLiteral("sections"),
        QCoreApplication::translate("CommandLine", "Handout sections, comma-separated (overview, "
                                                   "causes, diagnosis, treatment, living)."),
        QStringLiteral("KEYS"));
    const QCommandLineOption topics(
        QStringLiteral("topics"),
        QCoreApplication::translate("CommandLine", "Handout topics, comma-separated topic ids."),
        QStringLiteral("IDS"));
    const QCommandLineOption largePrint(
        QStringLiteral("large-print"),
        QCoreApplication::translate("CommandLine", "Large print handout (18 pt, wide spacing)."));
    const QCommandLineOption bilingual(
        QStringLiteral("bilingual"),
        QCoreApplication::translate("CommandLine", "Add a second language CODE to the handout."),
        QStringLiteral("CODE"));
    const QCommandLineOption paper(
        QStringLiteral("paper"),
        QCoreApplication::translate("CommandLine",
                                    "Paper size: a4, letter or auto (the system's region; "
                                    "default: the clinic settings, else auto)."),
        QStringLiteral("SIZE"));
    const QCommandLineOption preset(
        QStringLiteral("preset"),
        QCoreApplication::translate("CommandLine", "Handout preset: %1 (default: the clinic "
                                                   "settings, else %2).")
            .arg(handoutPresetIds().join(QStringLiteral(", ")),
                 QString::fromLatin1(kDefaultHandoutPreset)),
        QStringLiteral("NAME"));
    const QCommandLineOption condition(
        QStringLiteral("condition"),
        QCoreApplication::translate("CommandLine",
                                    "The patient's condition (for example systemic-sclerosis): "
                                    "its usual places on the body map; never stored."),
        QStringLiteral("ID"));
    const QCommandLineOption clinic(
        QStringLiteral("clinic"),
        QCoreApplication::translate("CommandLine",
                                    "Clinic name on the handout (default: the clinic settings)."),
        QStringLiteral("NAME"));
    const QCommandLineOption phone(
        QStringLiteral("phone"),
        QCoreApplication::translate(
            "CommandLine", "Clinic phone number on the handout (default: the clinic settings)."),
        QStringLiteral("NUMBER"));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"),
        QCoreApplication::translate(
            "CommandLine", "Run as a kiosk: full screen, no files saved, back to the start when "
                           "idle; Ctrl+Alt+Shift+Q quits."));
    parser.addOptions({help, version, content, listLanguages, language, search, limit,
                       exportHandout, sections, topics, largePrint, bilingual, paper, preset,
                       condition, clinic, phone, kiosk});

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.mode = CommandLine::Mode::Error;
        result.error = parser.errorText() + QStringLiteral(" ") +
                       QCoreApplication::translate("CommandLine", "(see --help)");
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.mode = CommandLine::Mode::Error;
        result.error =
            QCoreApplication::translate("CommandLine", "Unexpected argument \"%1\" (see --help).")
                .arg(parser.positionalArguments().constFirst());
        return result;
    }
    result.contentPath = parser.value(content);
    result.language = parser.value(language);
    result.query = parser.value(search);
    result.exportPath = parser.value(exportHandout);
    result.sections = splitList(parser.value(sections));
    result.topics = splitList(parser.value(topics));
    result.largePrint = parser.isSet(largePrint);
    result.bilingual = parser.value(bilingual);
    result.paper = parser.value(paper).toLower();
    result.condition = parser.value(condition).trimmed();
    result.preset = parser.value(preset);
    result.clinicName = parser.value(clinic);
    result.clinicPhone = parser.value(phone);
    result.kiosk = parser.isSet(kiosk);
    if (parser.isSet(limit)) {
        bool ok = false;
        result.limit = parser.value(limit).toInt(&ok);
        if (!ok || result.limit < 1) {
            result.mode = CommandLine::Mode::Error;
            result.error =
                QCoreApplication::translate(
                    "CommandLine", "--limit needs a whole number of 1 or more, not \"%1\".")
                    .arg(parser.value(limit));
            return result;
        }
    }
    if (!result.paper.isEmpty() && result.paper != QStringLiteral("a4") &&
        result.paper != QStringLiteral("letter") && result.paper != QStringLiteral("auto")) {
        result.mode = CommandLine::Mode::Error;
        result.error = QCoreApplication::translate(
                           "CommandLine", "--paper must be a4, letter or auto, not \"%1\".")
                           .arg(result.paper);
        return result;
    }

    // Options belong to one command: alone, or with another command, they are mistakes to
    // report, never a reason to open the window or to do half of what was asked.
    const auto usageError = [&result](const QString &message) {
        result.mode = CommandLine::Mode::Error;
        result.error = message;
        return result;
    };
    if (!parser.isSet(help) && !parser.isSet(version)) {
        QStringList commands;
        for (const QCommandLineOption *command : {&listLanguages, &search, &exportHandout}) {
            if (parser.isSet(*command)) {
                commands.append(QStringLiteral("--") + command->names().constFirst());
            }
        }
        if (commands.size() > 1) {
            return usageError(QCoreApplication::translate(
                                  "CommandLine",
                                  "%1 cannot be used together: give one command at a time (see "
                                  "--help).")
                                  .arg(commands.join(QStringLiteral(" and "))));
        }
        const auto needs = [&](const QCommandLineOption &option,
                               const QCommandLineOption &command) -> std::optional<QString> {
            if (parser.isSet(option) && !parser.isSet(command)) {
                return QCoreApplication::translate("CommandLine",
                                                   "--%1 is used only with --%2 (see --help).")
                    .arg(option.names().constFirst(), command.names().constFirst());
            }
            return std::nullopt;
        };
        for (const auto &[option, command] :
             {std::pair{&limit, &search}, std::pair{&sections, &exportHandout},
              std::pair{&topics, &exportHandout}, std::pair{&largePrint, &exportHandout},
              std::pair{&bilingual, &exportHandout}, std::pair{&paper, &exportHandout},
              std::pair{&preset, &exportHandout}, std::pair{&condition, &exportHandout},
              std::pair{&clinic, &exportHandout}, std::pair{&phone, &exportHandout}}) {
            if (const std::optional<QString> problem = needs(*option, *command)) {
                return usageError(*problem);
            }
        }
        // --kiosk is for the window only: with a command that prints or writes a file it would
        // be ignored.
        if (parser.isSet(kiosk) && !commands.isEmpty()) {
            return usageError(QCoreApplication::translate(
                                  "CommandLine",
                                  "--kiosk is for the window and cannot be used with %1 (see "
                                  "--help).")
                                  .arg(commands.constFirst()));
        }
        // A file name whose bytes are not valid text would be written or read under another
        // name (the bytes that cannot be decoded become U+FFFD).
        for (const auto &[option, value] : {std::pair{&content, result.contentPath},
                                            std::pair{&exportHandout, result.exportPath}}) {
            if (!value.isEmpty() && undecodable.contains(value)) {
                return usageError(
                    QCoreApplication::translate(
                        "CommandLine",
                        "the file name given to --%1 is not valid UTF-8 text, so it cannot be "
                        "used as given; rename the file or choose another name.")
                        .arg(option->names().constFirst()));
            }
        }
    }

    if (parser.isSet(help)) {
        result.mode = CommandLine::Mode::Help;
        // helpText() names the program from the application object; without one, the caller
        // parses again once it exists.
        if (QCoreApplication::instance() != nullptr) {
            result.helpText = parser.helpText();
        }
    } else if (parser.isSet(version)) {
        result.mode = CommandLine::Mode::Version;
    } else if (parser.isSet(listLanguages)) {
        result.mode = CommandLine::Mode::ListLanguages;
    } else if (parser.isSet(search)) {
        result.mode = CommandLine::Mode::Search;
    } else if (parser.isSet(exportHandout)) {
        result.mode = CommandLine::Mode::ExportHandout;
    }
    return result;
}

} // namespace cg
