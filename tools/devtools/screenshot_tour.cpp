// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot_tour.h"

#include "search_ui/search_field.h"
#include "views/body_map_panel.h"
#include "views/diagnosis_view.h"
#include "views/overview_view.h"
#include "widgets/reading_page.h"
#include "window/main_window.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QScrollBar>
#include <QTimer>
#include <cstdio>

namespace cg {

namespace {

struct Shot {
    QString file;
    std::function<void(MainWindow *)> prepare;
};

void settle() {
    // Let layouts, fonts and the window manager catch up before the picture is taken.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
    }
}

QList<Shot> shots() {
    QList<Shot> list;
    for (const Page page : kPages) {
        list.append({pageKey(page), [page](MainWindow *window) { window->openPage(page); }});
    }
    // The five types and the body map sit below the fold; show them too.
    auto overviewAt = [](QWidget *(*part)(OverviewView *)) {
        return [part](MainWindow *window) {
            window->openPage(Page::Overview);
            if (auto *overview = qobject_cast<OverviewView *>(window->currentView())) {
                settle();
                overview->findChild<ReadingPage *>()->scrollToWidgetY(part(overview), 0);
            }
        };
    };
    list.append({QStringLiteral("overview-types"),
                 overviewAt([](OverviewView *view) { return view->typesTable(); })});
    list.append({QStringLiteral("overview-body-map"),
                 overviewAt([](OverviewView *view) -> QWidget * { return view->bodyMap(); })});
    list.append({QStringLiteral("diagnosis-tests"), [](MainWindow *window) {
                     window->openPage(Page::Diagnosis);
                     if (auto *view = qobject_cast<DiagnosisView *>(window->currentView())) {
                         view->setTestKind(QStringLiteral("imaging"));
                         settle();
                         view->findChild<ReadingPage *>()->scrollToWidgetY(view->testsHeading(), 0);
                     }
                 }});
    // Search as the reader types: results over the page, matched words in bold.
    list.append({QStringLiteral("search"), [](MainWindow *window) {
                     window->openPage(Page::Overview);
                     if (auto *field = window->findChild<SearchField *>()) {
                         window->activateWindow(); // results show while the field has focus
                         settle();
                         field->setFocus(Qt::ShortcutFocusReason);
                         field->setText(QStringLiteral("hard white lumps"));
                         field->searchNow();
                     }
                 }});
    return list;
}

void takeShots(MainWindow *window, const QString &directory, int index) {
    const QList<Shot> list = shots();
    if (index >= list.size()) {
        QCoreApplication::quit();
        return;
    }
    list.at(index).prepare(window);
    settle();
    QTimer::singleShot(300, window, [window, directory, index, list] {
        settle();
        const QString path =
            directory + QLatin1Char('/') + list.at(index).file + QStringLiteral(".png");
        if (!window->grab().save(path)) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        }
        takeShots(window, directory, index + 1);
    });
}

} // namespace

bool startScreenshotTour(MainWindow *window) {
    const QString directory = qEnvironmentVariable("CG_SCREENSHOT_DIR");
    if (directory.isEmpty()) {
        return false;
    }
    QDir().mkpath(directory);
    // CG_SCREENSHOT_SIZE ("1024x600") pictures the window at another size than the default.
    QSize size(1200, 800);
    const QStringList wanted = qEnvironmentVariable("CG_SCREENSHOT_SIZE").split(QLatin1Char('x'));
    if (wanted.size() == 2 && wanted.at(0).toInt() > 0 && wanted.at(1).toInt() > 0) {
        size = QSize(wanted.at(0).toInt(), wanted.at(1).toInt());
    }
    window->resize(size);
    QTimer::singleShot(500, window, [window, directory] { takeShots(window, directory, 0); });
    return true;
}

} // namespace cg
