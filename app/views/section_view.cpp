// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/section_view.h"

#include "content/content_database.h"
#include "content/content_repository.h"
#include "views/view_context.h"
#include "widgets/reading_page.h"
#include "widgets/rich_block.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cg {

SectionView::SectionView(ViewContext &context, Page page, QWidget *parent)
    : QWidget(parent), m_context(context), m_pageId(page) {
    connect(&m_context, &ViewContext::changed, this, &SectionView::onContextChanged);
}

ReadingPage *SectionView::createPage() {
    m_page = new ReadingPage(this);
    return m_page;
}

ReadingPage *SectionView::createPageFillingView() {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    ReadingPage *page = createPage();
    layout->addWidget(page);
    return page;
}

RichBlock *SectionView::createBlock(const QString &accessibleName, QWidget *parent) {
    auto *block = new RichBlock(
        parent != nullptr ? parent : (m_page != nullptr ? m_page->columnWidget() : this));
    block->setAccessibleName(accessibleName);
    block->setToolTipProvider(
        [this](const QUrl &url) { return m_context.toolTipFor(Link::parse(url)); });
    connect(block, &RichBlock::linkActivated, this, [this](const QUrl &url) {
        const Link link = Link::parse(url);
        if (!handleLink(link)) {
            Q_EMIT linkActivated(link);
        }
    });
    if (m_page != nullptr && block->parentWidget() == m_page->columnWidget()) {
        m_page->followCursor(block);
    }
    return block;
}

void SectionView::setTargetBlocks(const QList<RichBlock *> &blocks) {
    m_targetBlocks.clear();
    for (RichBlock *block : blocks) {
        m_targetBlocks.append(block);
    }
}

bool SectionView::handleLink(const Link &link) {
    // "On this page" links stay inside the view.
    if (link.kind == Link::Kind::Anchor) {
        return showTarget(link.id);
    }
    return false;
}

void SectionView::applyPageStyle() {
    if (m_page == nullptr) {
        return;
    }
    const DocumentColors colors = m_context.colors();
    m_page->setPageColors(QColor(colors.background), QColor(colors.text), QColor(colors.link));
    // A column of about 75 characters, with a little room for card borders.
    m_page->setColumnWidth(m_context.readingWidth() + 48);
}

void SectionView::settleLayout() {
    // Blocks learn their height when they get their width; a few rounds settle the column.
    for (int round = 0; round < 4; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (layout() != nullptr) {
            layout()->activate();
        }
        if (m_page != nullptr && m_page->widget()->layout() != nullptr) {
            m_page->widget()->layout()->activate();
        }
    }
}

void SectionView::reload() {
    const bool keepPlace = m_populated;
    const QString target = keepPlace ? currentTarget() : QString();
    const int scroll = keepPlace ? scrollPosition() : 0;
    int offset = 0;
    if (!target.isEmpty() && showTarget(target)) {
        offset = scroll - scrollPosition(); // how far below the target's heading the reader was
        setScrollPosition(scroll);
    }
    applyPageStyle();
    const ContentDatabase &database = context().repository().database();
    const int failuresBefore = database.queryFailureCount();
    populate();
    if (database.queryFailureCount() > failuresBefore) {
        showUnreadable(database.lastQueryFailure());
    } else if (m_unreadable != nullptr) {
        m_unreadable->hide();
    }
    m_populated = true;
    m_stale = false;
    if (!m_highlightWords.isEmpty()) {
        highlightWords(m_highlightWords);
    }
    settleLayout();
    applyVisualTabOrder();
    if (!keepPlace) {
        return;
    }
    if (!target.isEmpty() && showTarget(target)) {
        setScrollPosition(scrollPosition() + offset);
    } else {
        setScrollPosition(scroll);
    }
}

void SectionView::onContextChanged() {
    if (!m_populated) {
        return;
    }
    if (isVisible()) {
        reload();
    } else {
        m_stale = true; // reload when shown: hidden views cost nothing
    }
}

void SectionView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale) {
        reload();
    }
}

void SectionView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        retranslateUnreadable();
    }
    QWidget::changeEvent(event);
}

bool SectionView::showTarget(const QString &id) {
    if (m_page == nullptr || id.isEmpty()) {
        return false;
    }
    settleLayout(); // a view shown a moment ago may not be laid out yet
    for (const QPointer<RichBlock> &block : std::as_const(m_targetBlocks)) {
        if (block.isNull()) {
            continue;
        }
        const int top = block->anchorTop(id);
        if (top >= 0) {
            m_page->scrollToWidgetY(block, top);
            return true;
        }
    }
    return false;
}

QString SectionView::currentTarget() const {
    if (m_page == nullptr) {
        return {};
    }
    const int top = m_page->scrollValue();
    if (top < 24) {
        return {}; // at the top: the view itself, not one of its topics
    }
    QString best;
    int bestY = -1;
    for (const QPointer<RichBlock> &block : m_targetBlocks) {
        if (block.isNull() || !block->isVisibleTo(m_page)) {
            continue;
        }
        const QList<QPair<QString, int>> anchors = block->anchorPositions();
        for (const auto &anchor : anchors) {
            const int y = m_page->pageY(block, anchor.second);
            if (y <= top + 48 && y > bestY) {
                bestY = y;
                best = anchor.first;
            }
        }
    }
    return best;
}

QString SectionView::title() const {
    return isSectionPage(m_pageId) ? sectionTitle(m_pageId) : QString();
}

QString SectionView::sectionTitle(Page section) const {
    const auto found = context().repository().section(section, context().locale());
    return found ? found->title : QString();
}

QTextBrowser *SectionView::reader() const {
    return m_reader.data();
}

namespace {

// Where a widget sits for reading order: the x of the pane (scroll area) it is read in, and its
// position inside that pane's content.
struct Placed {
    QWidget *widget;
    int pane;
    QPoint at;
};

Placed placeOf(const QWidget *view, QWidget *widget, bool rightToLeft) {
    const QWidget *pane = view;
    const QWidget *content = view;
    for (QWidget *up = widget->parentWidget(); up != nullptr && up != view;
         up = up->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(up)) {
            pane = area;
            content = area->widget() != nullptr ? area->widget() : area;
            break;
        }
    }
    const int x = pane->mapTo(view, QPoint(0, 0)).x();
    QPoint at = widget->mapTo(content, QPoint(0, 0));
    if (rightToLeft) {
        at.setX(-(at.x() + widget->width()));
    }
    return {widget, rightToLeft ? -(x + pane->width()) : x, at};
}

void sortByReadingOrder(QList<Placed> &placed) {
    std::stable_sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) {
        if (a.pane != b.pane) {
            return a.pane < b.pane;
        }
        // On one line (tops within a few pixels) in reading direction, else top to bottom.
        if (qAbs(a.at.y() - b.at.y()) > 4) {
            return a.at.y() < b.at.y();
        }
        return a.at.x() < b.at.x();
    });
}

} // namespace

void SectionView::applyVisualTabOrder() {
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    QList<Placed> placed;
    const QList<QWidget *> children = findChildren<QWidget *>();
    for (QWidget *child : children) {
        // Only this window's own controls: a combo box's list is a window of its own.
        if ((child->focusPolicy() & Qt::TabFocus) != 0 && child->window() == window() &&
            child->focusProxy() == nullptr) {
            placed.append(placeOf(this, child, rightToLeft));
        }
    }
    sortByReadingOrder(placed);
    for (qsizetype i = 1; i < placed.size(); ++i) {
        QWidget::setTabOrder(placed.at(i - 1).widget, placed.at(i).widget);
    }
}

QList<QWidget *> SectionView::findTargets() const {
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    QList<Placed> placed;
    const QList<RichBlock *> blocks = findChildren<RichBlock *>();
    for (RichBlock *block : blocks) {
        placed.append(placeOf(this, block, rightToLeft));
    }
    const QList<QLabel *> labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->text().isEmpty()) {
            placed.append(placeOf(this, label, rightToLeft));
        }
    }
    sortByReadingOrder(placed);
    QList<QWidget *> targets;
    for (const Placed &entry : std::as_const(placed)) {
        targets.append(entry.widget);
    }
    return targets;
}

int SectionView::scrollPosition() const {
    return m_page != nullptr ? m_page->scrollValue() : 0;
}

void SectionView::setScrollPosition(int value) {
    if (m_page != nullptr) {
        m_page->setScrollValue(value);
    }
}

void SectionView::highlightWords(const QStringList &words) {
    m_highlightWords = words;
    for (const QPointer<RichBlock> &block : std::as_const(m_targetBlocks)) {
        if (!block.isNull()) {
            block->highlightWords(words);
        }
    }
}

bool SectionView::isUnreadable() const {
    return m_unreadable != nullptr && !m_unreadable->isHidden();
}

void SectionView::showUnreadable(const QString &reason) {
    if (m_unreadable == nullptr) {
        m_unreadable = new QLabel(this);
        m_unreadable->setObjectName(QStringLiteral("unreadableNotice"));
        m_unreadable->setWordWrap(true);
        m_unreadable->setAlignment(Qt::AlignCenter);
        m_unreadable->setTextFormat(Qt::RichText);
        m_unreadable->setAutoFillBackground(true);
        m_unreadable->setMargin(48);
        m_unreadable->setFocusPolicy(Qt::StrongFocus); // a screen reader reaches it by Tab
    }
    m_unreadableReason = reason;
    retranslateUnreadable();
    m_unreadable->setGeometry(rect());
    m_unreadable->raise();
    m_unreadable->show();
}

void SectionView::retranslateUnreadable() {
    if (m_unreadable == nullptr) {
        return;
    }
    const QString heading = tr("This page could not be read");
    const QString advice = tr("Close the guide and start it again. If this page still cannot be "
                              "read, reinstall the guide's content package.");
    m_unreadable->setText(QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>")
                              .arg(heading.toHtmlEscaped(), m_unreadableReason.toHtmlEscaped(),
                                   advice.toHtmlEscaped()));
    m_unreadable->setAccessibleName(heading);
    m_unreadable->setAccessibleDescription(m_unreadableReason + QLatin1Char(' ') + advice);
}

void SectionView::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    if (m_unreadable != nullptr) {
        m_unreadable->setGeometry(rect());
    }
}

} // namespace cg
