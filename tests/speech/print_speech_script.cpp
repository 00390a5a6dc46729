// SPDX-License-Identifier: GPL-3.0-or-later
// Prints what a page says aloud, one sentence a line, for the manual check with real voices
// (docs/read-aloud.md): pipe a line to espeak-ng and listen, or write it to a WAV file.
//
//   cg-speech-script [--database PATH] [--language CODE] [--page KEY] [--shown]
#include "content/content_database.h"
#include "content/content_repository.h"
#include "speech/speech_script.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints the sentences a page is read aloud with, one a line."));
    parser.addHelpOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("The compiled content database."),
                                      QStringLiteral("PATH"), QStringLiteral(CG_CONTENT_DB_PATH));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Content language (en es fr de ar zh)."),
                                      QStringLiteral("CODE"), QStringLiteral("en"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QStringLiteral("overview, causes, diagnosis, treatment, living, "
                                                 "glossary or sources."),
                                  QStringLiteral("KEY"), cg::pageKey(cg::Page::Overview));
    const QCommandLineOption shown(QStringLiteral("shown"),
                                   QStringLiteral("Print each sentence as shown, a tab, then as "
                                                  "said."));
    parser.addOptions({database, language, page, shown});
    parser.process(app);

    cg::ContentDatabase content;
    if (!content.open(parser.value(database))) {
        std::fprintf(stderr, "cg-speech-script: %s\n", qPrintable(content.errorMessage()));
        return 1;
    }
    const cg::ContentRepository repository(content);
    const cg::SpeechScript script(repository, parser.value(language));
    const std::optional<cg::Page> chosen = cg::pageFromKey(parser.value(page));
    if (!chosen) {
        std::fprintf(stderr, "cg-speech-script: '%s' is not a page\n",
                     qPrintable(parser.value(page)));
        return 2;
    }
    const QList<cg::Utterance> utterances = script.page(*chosen);
    if (utterances.isEmpty()) {
        std::fprintf(stderr, "cg-speech-script: page '%s' has nothing to read in '%s'\n",
                     qPrintable(parser.value(page)), qPrintable(parser.value(language)));
        return 2;
    }
    for (const cg::Utterance &utterance : utterances) {
        const QString line = parser.isSet(shown)
                                 ? utterance.shown + QLatin1Char('\t') + utterance.spoken
                                 : utterance.spoken;
        std::printf("%s\n", line.toUtf8().constData());
    }
    return 0;
}
