// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/place.h"

#include <QLineEdit>
#include <QStringList>

class QTimer;

namespace cg {

namespace search {
class SearchEngine;
}
class SearchResultModel;
class SearchResultsPopup;

// The "Search the guide" field: results appear under it as the reader types (150 ms after the
// last key), in the content language, with section, title and a snippet per result.
//
// Keys: Down/Up (and Page Down/Page Up) move through the results, Enter opens the selected one
// (or the first), Esc closes the list and a second Esc clears the field. A click opens a result
// too. Opening emits resultActivated(link, terms): the link opens the result's topic, item or
// glossary entry (a warning sign opens Living with it); terms are the words to highlight in the
// page (see FindBar::showTerms).
//
// Embedding (the window owns the engine and outlives nothing it lends):
//     auto *field = new SearchField(toolBar);
//     field->setEngine(&engine);                 // a SearchEngine on the content connection
//     field->setContentLocale(QStringLiteral("en"));
//     window->addSearchWidget(field);
//     connect(field, &SearchField::resultActivated, window, ...open the place...);
//     // Ctrl+F / Ctrl+K: field->setFocus(Qt::ShortcutFocusReason); field->selectAll();
// The result list is laid over the field's window, so the field needs no room below it.
class SearchField : public QLineEdit {
    Q_OBJECT

public:
    explicit SearchField(QWidget *parent = nullptr);
    ~SearchField() override;

    void setEngine(search::SearchEngine *engine);
    // The language searched; searches again if results are showing.
    void setContentLocale(const QString &locale);
    QString contentLocale() const { return m_locale; }

    // For tests and the window: the results on show.
    SearchResultModel *resultModel() const { return m_model; }
    SearchResultsPopup *resultsPopup() const { return m_popup; }
    bool resultsVisible() const;

    static constexpr int kDebounceMs = 150;
    static constexpr int kMaxResults = 20;

public Q_SLOTS:
    // Runs the search now instead of after the pause.
    void searchNow();
    void hideResults();

Q_SIGNALS:
    void resultActivated(const cg::Link &link, const QStringList &terms);
    // A search could not run (the index is damaged or missing): the engine's reason.
    void searchFailed(const QString &reason);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void activateRow(int row);
    void retranslate();
    void updateDescription();
    void updatePlaceholder();

    search::SearchEngine *m_engine = nullptr;
    QString m_locale = QStringLiteral("en");
    QTimer *m_debounce = nullptr;
    SearchResultModel *m_model = nullptr;
    SearchResultsPopup *m_popup = nullptr;
};

} // namespace cg
