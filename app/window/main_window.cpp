// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/main_window.h"

#include "content/content_database.h"
#include "content/content_repository.h"
#include "document/content_html.h"
#include "language/language_manager.h"
#include "session/content_session.h"
#include "user/bookmark_store.h"
#include "views/section_view.h"
#include "views/sources_view.h"
#include "views/view_context.h"
#include "views/view_factory.h"
#include "widgets/combo_wheel_guard.h"
#include "widgets/icons.h"
#include "widgets/navigation_list.h"
#include "widgets/notice_bar.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWindow>

namespace cg {

MainWindow::MainWindow(ContentSession &session, LanguageManager &languages, QWidget *parent)
    : MainWindow(session, languages, Options{}, parent) {}

MainWindow::MainWindow(ContentSession &session, LanguageManager &languages, const Options &options,
                       QWidget *parent)
    : QMainWindow(parent), m_session(session), m_repository(session.repository()),
      m_languages(languages), m_options(options),
      m_context(std::make_unique<ViewContext>(m_repository)),
      m_systemPalette(QApplication::palette()) {
    setObjectName(QStringLiteral("mainWindow"));
    if (!languages.current().isEmpty()) {
        m_context->setLocale(languages.current());
    }
    // Text size and colours first, so every widget is made in its final font and palette and
    // nothing is measured twice before the window appears: each font size and weight the frame
    // measures costs a font lookup, a font file and its shaping tables.
    restoreDisplaySettings();
    ComboWheelGuard::install();
    qApp->installEventFilter(this); // the mouse's back and forward buttons anywhere in it
    createActions();
    createMenus();
    createToolBar();
    buildCentralArea();
    attachContent();
    resize(fitToScreen(QSize(1200, 800)));
    restoreFrameSettings();
}

MainWindow::~MainWindow() {
    m_repository.database().clearQueryFailureHandler(m_queryFailureToken);
}

QSize MainWindow::fitToScreen(const QSize &wanted) const {
    // A 1366x768 laptop has about 1366x720 free: opening taller would push the status line
    // and buttons off the screen.
    const QScreen *shown = screen() != nullptr ? screen() : QGuiApplication::primaryScreen();
    if (shown == nullptr) {
        return wanted;
    }
    const QSize room = shown->availableGeometry().size() * 0.9;
    return wanted.boundedTo(room);
}

void MainWindow::buildCentralArea() {
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_centralLayout = outer; // a notice bar goes on top when there is something to say

    auto *row = new QHBoxLayout;
    row->setSpacing(0);
    m_navigation = new NavigationList(central);
    for (const Page page : kPages) {
        // A gap between the sections and the reference pages.
        m_navigation->addEntry(page, sectionIcon(page), page == Page::Glossary);
    }
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    applyNavigationColors();
    row->addWidget(m_navigation);
    auto *rule = new QFrame(central);
    rule->setFrameShape(QFrame::VLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);
    row->addWidget(rule);

    auto *right = new QVBoxLayout;
    right->setSpacing(0);
    m_stack = new QStackedWidget(central);
    applyTextScaleToWidgets();
    right->addWidget(m_stack, 1);
    m_findBarSlot = new QVBoxLayout;
    m_findBarSlot->setContentsMargins(0, 0, 0, 0);
    right->addLayout(m_findBarSlot);
    row->addLayout(right, 1);
    outer->addLayout(row, 1);
    setCentralWidget(central);

    // The disclaimer is always in sight; the version and review state sit beside it.
    m_disclaimer = new QLabel(this);
    m_disclaimer->setWordWrap(true);
    m_versionLine = new QLabel(this);
    m_versionLine->setAlignment(Qt::AlignVCenter | Qt::AlignTrailing);
    // Both wrap, so big text on a small window makes the line taller, never wider.
    m_versionLine->setWordWrap(true);
    statusBar()->addPermanentWidget(m_disclaimer, 3);
    statusBar()->addPermanentWidget(m_versionLine, 2);
    statusBar()->setSizeGripEnabled(true);

    connect(m_navigation, &NavigationList::pageChosen, this, &MainWindow::onNavigationChosen);
}

SectionView *MainWindow::ensureView(Page page) {
    if (SectionView *existing = m_views.value(page)) {
        return existing;
    }
    SectionView *created = createView(page, *m_context, m_stack);
    if (created == nullptr) {
        return nullptr;
    }
    connect(created, &SectionView::linkActivated, this,
            [this](const Link &link) { openLink(link); });
    m_stack->addWidget(created);
    m_views.insert(page, created);
    return created;
}

SectionView *MainWindow::currentView() const {
    return m_current.isValid() ? m_views.value(m_current.page) : nullptr;
}

QString MainWindow::currentTarget() const {
    const SectionView *shown = currentView();
    return shown != nullptr ? shown->currentTarget() : QString();
}

Location MainWindow::currentLocation() const {
    const SectionView *shown = currentView();
    if (shown == nullptr) {
        return m_current;
    }
    return {m_current.page, shown->currentTarget(), shown->scrollPosition()};
}

QList<QWidget *> MainWindow::currentFindTargets() const {
    const SectionView *shown = currentView();
    return shown != nullptr ? shown->findTargets() : QList<QWidget *>{};
}

QTextBrowser *MainWindow::currentReader() const {
    const SectionView *shown = currentView();
    return shown != nullptr ? shown->reader() : nullptr;
}

void MainWindow::rememberCurrentPlace() {
    if (m_current.isValid() && currentView() != nullptr) {
        m_history.updateCurrent(currentLocation());
    }
}

void MainWindow::navigate(const Location &location, bool record) {
    if (!location.isValid()) {
        return;
    }
    SectionView *target = ensureView(location.page);
    if (target == nullptr) {
        return;
    }
    if (record) {
        rememberCurrentPlace();
    }
    SectionView *previous = currentView();
    if (previous != nullptr && previous != target) {
        previous->highlightWords({});
    }
    m_current = {location.page, location.target, -1};
    m_stack->setCurrentWidget(target);
    m_navigation->setCurrentPage(location.page);
    // Tab goes from the navigation straight into the view the reader is looking at.
    for (QWidget *next = target->nextInFocusChain(); next != target && target->isAncestorOf(next);
         next = next->nextInFocusChain()) {
        if ((next->focusPolicy() & Qt::TabFocus) != 0 && next->isVisibleTo(target)) {
            setTabOrder(m_navigation, next);
            break;
        }
    }
    target->highlightWords(m_highlight);
    m_highlight.clear();
    if (location.scroll >= 0) {
        target->showTarget(location.target);
        target->setScrollPosition(location.scroll);
    } else if (location.target.isEmpty() || !target->showTarget(location.target)) {
        target->setScrollPosition(0);
    }
    if (record) {
        m_history.visit(m_current);
    }
    updateActionStates();
    updateWindowTitle();
    Q_EMIT locationChanged(m_current.key());
}

void MainWindow::resetForNextVisitor() {
    // Views are made again rather than scrolled back: they hold what the last visitor ticked
    // (signs, checklists) and how they narrowed the lists.
    const QList<SectionView *> views = m_views.values();
    m_views.clear();
    for (SectionView *view : views) {
        m_stack->removeWidget(view);
        view->deleteLater();
    }
    m_history = NavigationHistory();
    m_current = {};
    m_highlight.clear();
    setPaletteChoice(PaletteChoice::FollowSystem);
    setTextScale(100);
    navigate({Page::Overview}, true);
}

void MainWindow::openPage(Page page) {
    navigate({page}, true);
}

void MainWindow::openTopic(const QString &topicId, const QStringList &highlightTerms) {
    const std::optional<Page> section = m_context->sectionOfTopic(topicId);
    if (!section) {
        return;
    }
    m_highlight = highlightTerms;
    navigate({*section, topicId, -1}, true);
}

void MainWindow::openItem(const QString &itemId) {
    if (const std::optional<Page> section = m_context->sectionOfItem(itemId)) {
        navigate({*section, itemId, -1}, true);
    }
}

void MainWindow::openGlossaryTerm(const QString &termId) {
    if (m_context->term(termId)) {
        navigate({Page::Glossary, termId, -1}, true);
    }
}

void MainWindow::goBack() {
    if (!m_history.canGoBack()) {
        return;
    }
    rememberCurrentPlace();
    navigate(m_history.back(), false);
}

void MainWindow::goForward() {
    if (!m_history.canGoForward()) {
        return;
    }
    rememberCurrentPlace();
    navigate(m_history.forward(), false);
}

void MainWindow::openLink(const Link &link, const QStringList &highlightTerms) {
    switch (link.kind) {
    case Link::Kind::GlossaryTerm:
    case Link::Kind::SeeAlso:
        openGlossaryTerm(link.id);
        break;
    case Link::Kind::Topic:
        openTopic(link.id, highlightTerms);
        break;
    case Link::Kind::Item:
        openItem(link.id);
        break;
    case Link::Kind::Sources:
        openPage(Page::Sources);
        if (auto *sources = qobject_cast<SourcesView *>(currentView())) {
            sources->showCited(link.sourceIds());
        }
        break;
    case Link::Kind::Page:
        openPage(link.page);
        break;
    case Link::Kind::Evidence: // hover text only
    case Link::Kind::Anchor:   // inside a view, which follows it itself
    case Link::Kind::None:
        // Anything else (web addresses in sources) is shown as text only: the guide never
        // goes online.
        break;
    }
}

void MainWindow::addSearchWidget(QWidget *widget) {
    if (m_toolBar != nullptr && widget != nullptr) {
        m_toolBar->insertWidget(m_searchSlot, widget);
    }
}

void MainWindow::addFindBar(QWidget *bar) {
    if (bar != nullptr) {
        m_findBarSlot->addWidget(bar);
    }
}

void MainWindow::setHandoutHandler(std::function<void()> handler) {
    m_handoutHandler = std::move(handler);
    updateActionStates();
}

QString MainWindow::noticeText() const {
    return m_notice != nullptr && m_notice->isVisibleTo(this) ? m_notice->message() : QString();
}

void MainWindow::showNotice(const QString &text) {
    if (m_notice == nullptr) {
        m_notice = new NoticeBar(centralWidget());
        m_centralLayout->insertWidget(0, m_notice);
    }
    m_notice->showMessage(text);
}

QString MainWindow::placeTitle(const Location &location) const {
    // Sections by their content titles ("Causes and risk factors"); the two reference pages by
    // their interface names.
    if (!location.isValid()) {
        return {};
    }
    QString page;
    if (isSectionPage(location.page)) {
        if (const auto section = m_repository.section(location.page, m_context->locale())) {
            page = section->title;
        }
    }
    if (page.isEmpty()) {
        page = navigationTitle(location.page);
    }
    if (location.target.isEmpty()) {
        return page;
    }
    QString target;
    if (location.page == Page::Glossary) {
        const auto term = m_context->term(location.target);
        target = term ? term->term : QString();
    } else if (const auto topic = m_repository.topic(location.target, m_context->locale())) {
        target = topic->title;
    } else {
        const QList<Item> items = m_repository.items(location.page, m_context->locale());
        for (const Item &item : items) {
            if (item.id == location.target) {
                target = item.name;
            }
        }
    }
    return target.isEmpty() ? page : tr("%1: %2").arg(page, target);
}

QString MainWindow::navigationTitle(Page page) const {
    // Short names for the navigation, in the interface language; each view's own heading gives
    // the full title from the content.
    switch (page) {
    case Page::Overview:
        return tr("Overview");
    case Page::Causes:
        return tr("Causes");
    case Page::Diagnosis:
        return tr("Diagnosis");
    case Page::Treatment:
        return tr("Treatment");
    case Page::Living:
        return tr("Living with it");
    case Page::Glossary:
        return tr("Glossary");
    case Page::Sources:
        return tr("Sources and about");
    }
    return {};
}

void MainWindow::updateNavigationTitles() {
    for (const Page page : kPages) {
        m_navigation->setTitle(page, navigationTitle(page));
    }
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setFixedWidth(m_navigation->sizeHint().width());
}

void MainWindow::updateStatusLine() {
    const ContentHtml &html = m_context->html();
    m_disclaimer->setText(html.label(QStringLiteral("disclaimer")));
    QString line = html.reviewLine();
    const QString mark = html.translationMark();
    if (!mark.isEmpty()) {
        line += QStringLiteral(" \u00b7 ") + mark;
    }
    m_versionLine->setText(line);
}

void MainWindow::updateWindowTitle() {
    setWindowTitle(m_current.isValid() ? placeTitle({m_current.page}) : QString());
}

} // namespace cg
