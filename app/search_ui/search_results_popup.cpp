// SPDX-License-Identifier: GPL-3.0-or-later
#include "search_ui/search_results_popup.h"

#include "search_ui/search_result_delegate.h"
#include "search_ui/search_result_model.h"

#include <QAccessible>
#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace cg {

namespace {

constexpr int kMinimumWidth = 420;
constexpr int kVisibleRows = 6;

} // namespace

SearchResultsPopup::SearchResultsPopup(SearchResultModel *model, QWidget *anchor)
    : QFrame(anchor->window()), m_anchor(anchor) {
    setObjectName(QStringLiteral("searchResults"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    m_view = new QListView(this);
    m_view->setModel(model);
    m_view->setItemDelegate(new SearchResultDelegate(m_view));
    m_view->setFocusPolicy(Qt::NoFocus); // the field keeps the keyboard
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setWordWrap(true);
    m_view->setMouseTracking(true);
    layout->addWidget(m_view);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("noResults"));
    m_empty->setWordWrap(true);
    m_empty->setContentsMargins(12, 10, 12, 10);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->hide();
    layout->addWidget(m_empty);
    connect(m_view, &QListView::clicked, this,
            [this](const QModelIndex &index) { Q_EMIT rowActivated(index.row()); });
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT rowActivated(index.row()); });
    retranslate();
    hide();
}

void SearchResultsPopup::retranslate() {
    setAccessibleName(tr("Search results"));
    m_view->setAccessibleName(tr("Search results"));
    if (m_empty->isVisibleTo(this)) {
        m_empty->setText(noResultsText());
    }
}

QString SearchResultsPopup::noResultsText() const {
    if (m_unavailable) {
        return tr("Search cannot run: the guide's search index could not be read. The pages, "
                  "the glossary and find in page (Ctrl+F) still work.");
    }
    if (m_emptyQuery.isEmpty()) {
        return {};
    }
    //: Search found nothing. %1 is what the reader typed.
    return tr("Nothing found for \u201c%1\u201d. Try fewer words, other words for the same "
              "thing, or check the spelling: for example \u201clumps\u201d, \u201cblood "
              "tests\u201d or a medicine's name.")
        .arg(m_emptyQuery);
}

void SearchResultsPopup::showUnavailable() {
    m_unavailable = true;
    m_emptyQuery.clear();
    m_empty->setText(noResultsText());
    m_empty->show();
    m_view->hide();
    showUnderAnchor();
    m_empty->setAccessibleName(m_empty->text());
}

void SearchResultsPopup::showNoResults(const QString &query) {
    m_unavailable = false;
    m_emptyQuery = query.trimmed();
    m_empty->setText(noResultsText());
    m_empty->show();
    m_view->hide();
    showUnderAnchor();
    m_empty->setAccessibleName(m_empty->text());
}

void SearchResultsPopup::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void SearchResultsPopup::showUnderAnchor() {
    if (m_view->model()->rowCount() > 0) {
        m_emptyQuery.clear();
        m_unavailable = false;
        m_empty->hide();
        m_view->show();
    }
    QWidget *anchor = m_anchor.data();
    if (anchor == nullptr) {
        return;
    }
    QWidget *window = anchor->window();
    if (parentWidget() != window) {
        // The field was moved into another window (a toolbar after construction).
        if (parentWidget() != nullptr) {
            parentWidget()->removeEventFilter(this);
        }
        setParent(window);
    }
    window->installEventFilter(this);
    place();
    show();
    raise();
}

void SearchResultsPopup::place() {
    QWidget *window = parentWidget();
    QWidget *anchor = m_anchor.data();
    if (window == nullptr || anchor == nullptr) {
        return;
    }
    setLayoutDirection(anchor->layoutDirection());
    const QPoint corner = anchor->mapTo(window, QPoint(0, 0));
    const QSize fieldSize = anchor->size();
    const QSize windowSize = window->size();
    const int width = qMin(qMax(fieldSize.width(), kMinimumWidth), windowSize.width());
    const int top = corner.y() + fieldSize.height();
    const int available = qMax(windowSize.height() - top, 40);
    // Right to left, the list hangs from the field's right edge.
    int x =
        layoutDirection() == Qt::RightToLeft ? corner.x() + fieldSize.width() - width : corner.x();
    x = qBound(0, x, qMax(0, windowSize.width() - width));
    // Row heights depend on the width they wrap to: give the list its width first.
    setGeometry(x, top, width, available);
    layout()->activate();
    int rowsHeight = 0;
    for (int row = 0; row < qMin(m_view->model()->rowCount(), kVisibleRows); ++row) {
        rowsHeight += m_view->sizeHintForRow(row);
    }
    if (m_empty->isVisibleTo(this)) {
        rowsHeight = m_empty->heightForWidth(width - 2 * frameWidth() - 2);
    }
    setGeometry(x, top, width, qBound(40, rowsHeight + 2 * frameWidth() + 4, available));
}

bool SearchResultsPopup::eventFilter(QObject *watched, QEvent *event) {
    if (watched == parentWidget() && isVisible() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)) {
        place();
    }
    return QFrame::eventFilter(watched, event);
}

int SearchResultsPopup::currentRow() const {
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void SearchResultsPopup::moveSelection(int step) {
    const int rows = m_view->model()->rowCount();
    if (rows == 0) {
        return;
    }
    const int current = currentRow();
    const int row = current < 0 ? (step > 0 ? 0 : rows - 1) : qBound(0, current + step, rows - 1);
    const QModelIndex index = m_view->model()->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    // The list never has the focus, so tell assistive technology which result is current.
    if (QAccessible::isActive()) {
        QAccessibleEvent focus(m_view, QAccessible::Focus);
        focus.setChild(row);
        QAccessible::updateAccessibility(&focus);
    }
}

} // namespace cg
