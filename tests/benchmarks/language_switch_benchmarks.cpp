// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the display language while reading: the translators swap, every widget re-sets its
// texts (LanguageChange) and the current view reloads its content in the new language.
#include "language/language_manager.h"
#include "session/content_session.h"
#include "window/main_window.h"

#include <QApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

namespace {

const QString kDatabase = QStringLiteral(CG_BENCH_CONTENT_DB);

// Each iteration is one switch: English to the language, or back to English.
void BM_SwitchLanguage(benchmark::State &state) {
    const cg::ContentSession::Opened opened = cg::ContentSession::open(kDatabase);
    if (!opened.session) {
        state.SkipWithError("cannot open the content database");
        return;
    }
    cg::LanguageManager languages(opened.session->languages());
    languages.setLanguage(QStringLiteral("en"));
    QTemporaryDir userDir;
    cg::MainWindow::Options options;
    options.bookmarksPath = userDir.filePath(QStringLiteral("bookmarks.sqlite"));
    options.restoreLastPlace = false;
    cg::MainWindow window(*opened.session, languages, options);
    window.resize(1200, 800);
    window.show();
    QCoreApplication::processEvents();
    const QList<cg::Page> pages = {cg::Page::Overview, cg::Page::Treatment, cg::Page::Living};
    window.openPage(pages.at(state.range(1)));
    QCoreApplication::processEvents();

    const QString target = languages.languages().at(state.range(0)).code;
    state.SetLabel(
        QString(target + QLatin1Char('/') + cg::pageKey(pages.at(state.range(1)))).toStdString());
    for (auto _ : state) {
        languages.setLanguage(languages.current() == target ? QStringLiteral("en") : target);
        QCoreApplication::processEvents(); // LanguageChange is posted, not sent
    }
}
BENCHMARK(BM_SwitchLanguage)
    ->ArgsProduct({{1, 4, 5}, {0, 1, 2}}) // es, ar, zh on overview, treatment, living
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

} // namespace
