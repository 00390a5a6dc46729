// SPDX-License-Identifier: GPL-3.0-or-later
#include "search_ui/search_field.h"

#include "search/search_engine.h"
#include "search_ui/search_result_model.h"
#include "search_ui/search_results_popup.h"

#include <QEvent>
#include <QKeyEvent>
#include <QListView>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTimer>

namespace cg {

namespace {

// Where a result leads. Warning signs live in the "Get medical help" cards of Living with it.
Link linkTo(const search::SearchHit &hit) {
    switch (hit.kind) {
    case search::ResultKind::Topic:
        return Link::topic(hit.id);
    case search::ResultKind::Item:
        return Link::item(hit.id);
    case search::ResultKind::Term:
        return Link::glossaryTerm(hit.id);
    case search::ResultKind::RedFlag:
        return Link::toPage(Page::Living);
    }
    return {};
}

} // namespace

SearchField::SearchField(QWidget *parent) : QLineEdit(parent) {
    setObjectName(QStringLiteral("searchField"));
    setClearButtonEnabled(true);
    setMinimumWidth(220);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchField::searchNow);
    m_model = new SearchResultModel(this);
    m_popup = new SearchResultsPopup(m_model, this);
    connect(m_popup, &SearchResultsPopup::rowActivated, this, &SearchField::activateRow);
    // Typing (and the clear button) restart the pause; text set by code does not search.
    connect(this, &QLineEdit::textEdited, this, [this] { m_debounce->start(); });
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_debounce->stop();
            m_model->clear();
            hideResults();
            updateDescription();
        }
    });
    retranslate();
}

SearchField::~SearchField() = default;

void SearchField::setEngine(search::SearchEngine *engine) {
    m_engine = engine;
}

void SearchField::setContentLocale(const QString &locale) {
    if (locale == m_locale) {
        return;
    }
    m_locale = locale;
    if (!text().trimmed().isEmpty() && resultsVisible()) {
        searchNow();
    }
}

bool SearchField::resultsVisible() const {
    return m_popup->isVisible();
}

void SearchField::searchNow() {
    m_debounce->stop();
    if (m_engine == nullptr || text().trimmed().isEmpty()) {
        m_model->clear();
        hideResults();
        updateDescription();
        return;
    }
    search::SearchOptions options;
    options.limit = kMaxResults;
    const search::SearchResults results = m_engine->search(text(), m_locale, options);
    const bool failed = !m_engine->lastError().isEmpty();
    if (failed) {
        Q_EMIT searchFailed(m_engine->lastError());
    }
    m_model->setResults(results.hits, results.highlightTerms);
    updateDescription();
    if (!hasFocus()) {
        hideResults();
        return;
    }
    if (failed && m_model->rowCount() == 0) {
        m_popup->showUnavailable();
        return;
    }
    if (m_model->rowCount() == 0) {
        m_popup->showNoResults(text()); // say so, with a hint, rather than show nothing
        return;
    }
    m_popup->showUnderAnchor();
    m_popup->moveSelection(1); // the best result is selected: Enter opens it
}

void SearchField::hideResults() {
    m_popup->hide();
}

void SearchField::activateRow(int row) {
    const search::SearchHit *hit = m_model->hit(row);
    if (hit == nullptr) {
        return;
    }
    const search::SearchHit chosen = *hit; // the signal may start a new search
    const QStringList terms = m_model->highlightTerms();
    hideResults();
    Q_EMIT resultActivated(linkTo(chosen), terms);
}

void SearchField::keyPressEvent(QKeyEvent *event) {
    const bool open = resultsVisible();
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (!open && m_model->rowCount() == 0) {
            searchNow();
        } else if (!open) {
            m_popup->showUnderAnchor();
        } else {
            m_popup->moveSelection(event->key() == Qt::Key_Down ? 1 : -1);
        }
        event->accept();
        return;
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
        if (open) {
            m_popup->moveSelection(event->key() == Qt::Key_PageDown ? 5 : -5);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_debounce->isActive() || (!open && !text().trimmed().isEmpty())) {
            searchNow(); // Enter before the pause ended: search, then open the best
        }
        if (m_model->rowCount() > 0) {
            activateRow(qMax(0, m_popup->currentRow()));
        }
        event->accept();
        return;
    case Qt::Key_Escape:
        if (open) {
            hideResults();
        } else if (!text().isEmpty()) {
            clear();
        } else {
            break; // let the window have it
        }
        event->accept();
        return;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchField::focusOutEvent(QFocusEvent *event) {
    // Clicks on the list do not take the focus, so losing it means the reader went elsewhere.
    hideResults();
    QLineEdit::focusOutEvent(event);
}

void SearchField::hideEvent(QHideEvent *event) {
    hideResults();
    QLineEdit::hideEvent(event);
}

void SearchField::retranslate() {
    updatePlaceholder();
    setAccessibleName(tr("Search the guide"));
    setToolTip(tr("Search topics, treatments, tests and the glossary. Results appear as you "
                  "type; use the arrow keys and Enter to open one."));
    updateDescription();
}

void SearchField::updatePlaceholder() {
    // At large text sizes the long placeholder no longer fits and would lose its shortcut at
    // the right edge: then the short one, which keeps it.
    //: The search field's placeholder, with its keyboard shortcut.
    const QString full = tr("Search the guide (Ctrl+K)");
    //: The search field's placeholder when the long one does not fit (large text).
    const QString brief = tr("Search (Ctrl+K)");
    QStyleOptionFrame option;
    initStyleOption(&option);
    const QRect room = style()->subElementRect(QStyle::SE_LineEditContents, &option, this);
    // The text margins and the frame take a few pixels of the contents rectangle.
    const int available = room.width() - 8;
    setPlaceholderText(fontMetrics().horizontalAdvance(full) <= available ? full : brief);
}

void SearchField::resizeEvent(QResizeEvent *event) {
    QLineEdit::resizeEvent(event);
    updatePlaceholder();
}

void SearchField::updateDescription() {
    const int count = m_model->rowCount();
    if (text().trimmed().isEmpty()) {
        setAccessibleDescription(QString());
    } else if (count == 0) {
        setAccessibleDescription(tr("No results"));
    } else {
        setAccessibleDescription(tr("%n result(s)", nullptr, count));
    }
}

void SearchField::changeEvent(QEvent *event) {
    if (event->type() == QEvent::FontChange) {
        updatePlaceholder();
    }
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Section labels ("Glossary") come from the translation: refill the list.
        if (resultsVisible()) {
            searchNow();
        }
    }
    QLineEdit::changeEvent(event);
}

} // namespace cg
