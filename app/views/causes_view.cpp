// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/causes_view.h"

#include "content/content_repository.h"
#include "document/content_html.h"
#include "views/view_context.h"
#include "widgets/reading_page.h"
#include "widgets/rich_block.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cg {

namespace {

constexpr Page kSection = Page::Causes;

} // namespace

CausesView::CausesView(ViewContext &context, QWidget *parent)
    : SectionView(context, kSection, parent) {
    ReadingPage *readingPage = createPageFillingView();
    QWidget *column = readingPage->columnWidget();

    m_header = createBlock(QString());
    auto *filterRow = new QWidget(column);
    auto *filterLayout = new QHBoxLayout(filterRow);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    m_filterLabel = new QLabel(filterRow);
    m_filterLabel->setWordWrap(true);
    m_condition = new QComboBox(filterRow);
    // As wide as its longest entry when there is room, narrower (entries elided) when big
    // text meets a small window.
    m_condition->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_condition->setMinimumContentsLength(8);
    m_condition->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_filterLabel->setBuddy(m_condition);
    m_count = new QLabel(filterRow);
    m_count->setWordWrap(true);
    filterLayout->addWidget(m_filterLabel);
    filterLayout->addWidget(m_condition);
    filterLayout->addStretch(1);
    filterLayout->addWidget(m_count);
    m_groups = createBlock(QString());
    m_topics = createBlock(QString());

    readingPage->column()->addWidget(m_header);
    readingPage->column()->addWidget(filterRow);
    readingPage->column()->addWidget(m_groups);
    readingPage->column()->addWidget(m_topics);
    readingPage->column()->addStretch(1);
    setTargetBlocks({m_header, m_groups, m_topics});
    setReaderBlock(m_topics);

    connect(m_condition, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { renderGroups(); });
    CausesView::retranslate(); // its own texts; no subclass to dispatch to
}

void CausesView::retranslate() {
    m_filterLabel->setText(tr("Show causes for:"));
    m_condition->setAccessibleName(tr("Underlying condition"));
    m_condition->setToolTip(tr("Show only the causes and risk factors of one condition"));
    if (m_condition->count() > 0) {
        m_condition->setItemText(0, tr("All conditions"));
    }
    m_header->setAccessibleName(tr("Causes summary"));
    m_groups->setAccessibleName(tr("Causes and risk factors"));
    m_topics->setAccessibleName(tr("Causes topics"));
    updateCount(); // the cards themselves hold only content texts
}

void CausesView::updateCount() {
    m_count->setText(tr("Showing %1 of %2").arg(m_shownIds.size()).arg(m_items.size()));
}

void CausesView::fillConditions() {
    const QString current = m_condition->currentData().toString();
    const ContentHtml &html = context().html();
    // Only conditions some cause or risk factor concerns: an empty result helps no one.
    QStringList used;
    for (const Item &item : std::as_const(m_items)) {
        for (const QString &condition : item.conditions) {
            if (!used.contains(condition)) {
                used.append(condition);
            }
        }
    }
    const QSignalBlocker blocker(m_condition);
    m_condition->clear();
    m_condition->addItem(tr("All conditions"), QString());
    const QStringList all = context().repository().conditionIds();
    for (const QString &condition : all) {
        if (used.contains(condition)) {
            m_condition->addItem(html.label(QStringLiteral("conditions.") + condition), condition);
        }
    }
    m_condition->setCurrentIndex(qMax(0, m_condition->findData(current)));
}

void CausesView::renderGroups() {
    const QString condition = m_condition->currentData().toString();
    const QList<Category> categories =
        context().repository().categories(kSection, context().locale());
    QString result;
    m_shownIds.clear();
    for (const Category &category : categories) {
        QString cards;
        for (const Item &item : std::as_const(m_items)) {
            if (item.category != category.id ||
                (!condition.isEmpty() && !item.conditions.contains(condition))) {
                continue;
            }
            m_shownIds.append(item.id);
            cards += context().itemCardHtml(item);
        }
        if (!cards.isEmpty()) {
            result += QStringLiteral("<h2>%1</h2>").arg(category.label.toHtmlEscaped()) + cards;
        }
    }
    // Marked once for the whole list, so each word is underlined once, not on every card.
    m_groups->setContent(context().styleSheet(), context().markTerms(result));
    updateCount();
}

void CausesView::populate() {
    m_items = context().repository().items(kSection, context().locale());
    const QList<Topic> topics = context().repository().topics(kSection, context().locale());
    QList<QPair<QString, QString>> contents;
    for (const Topic &topic : topics) {
        contents.append({topic.id, topic.title});
    }
    m_header->setContent(context().styleSheet(), context().sectionHeaderHtml(kSection, contents));
    fillConditions();
    renderGroups();
    m_topics->setContent(context().styleSheet(), context().topicsHtml(topics));
}

bool CausesView::showTarget(const QString &id) {
    // An item hidden by the filter comes back into view with every condition shown.
    for (const Item &item : std::as_const(m_items)) {
        if (item.id == id && !m_shownIds.contains(id)) {
            m_condition->setCurrentIndex(0);
            break;
        }
    }
    return SectionView::showTarget(id);
}

} // namespace cg
