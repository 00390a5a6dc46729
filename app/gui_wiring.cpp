// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui_wiring.h"

#include "handout_ui/open_handout_composer.h"
#include "language/language_manager.h"
#include "search_ui/find_bar.h"
#include "search_ui/search_field.h"
#include "window/main_window.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QTextBrowser>

namespace cg {

namespace {

// Opens what a search result points at; the words it was found by stay highlighted in topics.
// The find bar is left as the reader left it: the words a result was found by (stems,
// synonyms) are not words the reader typed there.
void openResult(MainWindow &window, FindBar &find, const Link &link, const QStringList &terms) {
    window.openLink(link, terms);
    find.setTargets(window.currentFindTargets());
}

} // namespace

void attachSearch(MainWindow &window, search::SearchEngine &engine, LanguageManager &languages) {
    auto *field = new SearchField(&window);
    field->setEngine(&engine);
    field->setContentLocale(languages.current());
    window.addSearchWidget(field);

    auto *find = new FindBar(&window);
    window.addFindBar(find);
    find->setTargets(window.currentFindTargets());

    QObject::connect(&languages, &LanguageManager::languageChanged, field,
                     &SearchField::setContentLocale);
    QObject::connect(&window, &MainWindow::locationChanged, find,
                     [&window, find] { find->setTargets(window.currentFindTargets()); });
    QObject::connect(field, &SearchField::searchFailed, &window, [&window](const QString &reason) {
        window.showNotice(QCoreApplication::translate(
                              "SearchField",
                              "Search does not work (%1). Reinstall Calcinosis Guide, or rebuild "
                              "the content with the content compiler.")
                              .arg(reason));
    });
    QObject::connect(field, &SearchField::resultActivated, &window,
                     [&window, find](const Link &link, const QStringList &terms) {
                         openResult(window, *find, link, terms);
                     });

    // Edit > Search and Edit > Find in Page: the window's own actions, so the menus show them
    // and the shortcuts work wherever the focus is.
    QObject::connect(window.searchAction(), &QAction::triggered, field, [field] {
        field->setFocus(Qt::ShortcutFocusReason);
        field->selectAll();
    });
    QObject::connect(window.findInPageAction(), &QAction::triggered, find, [&window, find] {
        find->setTargets(window.currentFindTargets());
        find->openBar();
    });
}

void attachHandouts(MainWindow &window, const ContentRepository &repository,
                    LanguageManager &languages) {
    HandoutComposerDialog::Permissions permissions;
    if (window.isKiosk()) {
        permissions.saving = false;
        permissions.printing = window.options().kioskPrinting;
        permissions.remember = false;
    }
    window.setHandoutHandler([&window, &repository, &languages, permissions] {
        openHandoutComposer(&window, repository, languages, permissions);
    });
}

} // namespace cg
