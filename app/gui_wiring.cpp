#include "gui_wiring.h"

#include "handout/open_handout_composer.h"
#include "language/language_manager.h"
#include "search/find_bar.h"
#include "search/search_field.h"
#include "window/main_window.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QTextBrowser>

namespace cg {

namespace {

// Opens what a search result points at; the words it was found by stay highlighted in topics.
void openResult(MainWindow &window, FindBar &find, const QString &kind, const QString &id,
                const QString &sectionKey, const QStringList &terms) {
    if (kind == QStringLiteral("topic")) {
        window.openTopic(id, terms);
    } else if (kind == QStringLiteral("item")) {
        window.openItem(id);
    } else if (kind == QStringLiteral("term")) {
        window.openGlossaryTerm(id);
    } else {
        // Warning signs live in the "Get medical help" cards of Living with it.
        window.openPage(sectionKey == QStringLiteral("red-flags") ? QStringLiteral("living")
                                                                  : sectionKey);
    }
    find.setTextEdit(window.currentReader());
    if (!terms.isEmpty() && window.currentReader() != nullptr) {
        find.showTerms(terms);
    }
}

} // namespace

void attachSearch(MainWindow &window, search::SearchEngine &engine, LanguageManager &languages) {
    auto *field = new SearchField(&window);
    field->setEngine(&engine);
    field->setContentLocale(languages.current());
    window.addSearchWidget(field);

    auto *find = new FindBar(&window);
    window.addFindBar(find);
    find->setTextEdit(window.currentReader());

    QObject::connect(&languages, &LanguageManager::languageChanged, field,
                     &SearchField::setContentLocale);
    QObject::connect(&window, &MainWindow::locationChanged, find,
                     [&window, find] { find->setTextEdit(window.currentReader()); });
    QObject::connect(field, &SearchField::searchFailed, &window, [&window](const QString &reason) {
        window.showNotice(QCoreApplication::translate(
                              "SearchField",
                              "Search does not work (%1). Reinstall Calcinosis Guide, or rebuild "
                              "the content with the content compiler.")
                              .arg(reason));
    });
    QObject::connect(field, &SearchField::resultActivated, &window,
                     [&window, find](const QString &kind, const QString &id,
                                     const QString &sectionKey, const QStringList &terms) {
                         openResult(window, *find, kind, id, sectionKey, terms);
                     });

    // Actions on the window, so the shortcuts work wherever the focus is.
    auto *searchAction = new QAction(&window);
    searchAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K)});
    searchAction->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(searchAction, &QAction::triggered, field, [field] {
        field->setFocus(Qt::ShortcutFocusReason);
        field->selectAll();
    });
    window.addAction(searchAction);

    auto *findAction = new QAction(&window);
    findAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Find));
    findAction->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(findAction, &QAction::triggered, find, [&window, find] {
        find->setTextEdit(window.currentReader());
        find->openBar();
    });
    window.addAction(findAction);
}

void attachHandouts(MainWindow &window, const ContentRepository &repository,
                    LanguageManager &languages) {
    window.setHandoutHandler([&window, &repository, &languages] {
        openHandoutComposer(&window, repository, languages);
    });
}

} // namespace cg
