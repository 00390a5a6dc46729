// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/treatment_view.h"

#include "content/content_repository.h"
#include "document/content_html.h"
#include "views/view_context.h"
#include "widgets/reading_page.h"
#include "widgets/rich_block.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cg {

namespace {

constexpr Page kSection = Page::Treatment;
const QStringList kKinds = {QStringLiteral("medicine"), QStringLiteral("procedure"),
                            QStringLiteral("supportive"), QStringLiteral("self-care")};

} // namespace

TreatmentView::TreatmentView(ViewContext &context, QWidget *parent)
    : SectionView(context, kSection, parent) {
    ReadingPage *readingPage = createPageFillingView();
    QWidget *column = readingPage->columnWidget();

    m_header = createBlock(QString());
    auto *filters = new QWidget(column);
    auto *grid = new QGridLayout(filters);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    m_kindLabel = new QLabel(filters);
    m_kindLabel->setWordWrap(true);
    m_kind = new QComboBox(filters);
    // As wide as its longest entry when there is room, narrower (entries elided) when big
    // text meets a small window.
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(8);
    m_kind->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_kindLabel->setBuddy(m_kind);
    m_sizeLabel = new QLabel(filters);
    m_sizeLabel->setWordWrap(true);
    m_size = new QComboBox(filters);
    // As wide as its longest entry when there is room, narrower (entries elided) when big
    // text meets a small window.
    m_size->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_size->setMinimumContentsLength(8);
    m_size->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_sizeLabel->setBuddy(m_size);
    m_count = new QLabel(filters);
    m_count->setWordWrap(true);
    grid->addWidget(m_kindLabel, 0, 0);
    grid->addWidget(m_kind, 0, 1);
    grid->addWidget(m_sizeLabel, 1, 0);
    grid->addWidget(m_size, 1, 1);
    grid->addWidget(m_count, 1, 3, Qt::AlignBottom);
    grid->setColumnStretch(2, 1);
    m_treatments = createBlock(QString());
    m_topics = createBlock(QString());

    QVBoxLayout *col = readingPage->column();
    col->addWidget(m_header);
    col->addWidget(filters);
    col->addWidget(m_treatments);
    col->addWidget(m_topics);
    col->addStretch(1);
    setTargetBlocks({m_header, m_treatments, m_topics});
    setReaderBlock(m_topics);

    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { renderTreatments(); });
    connect(m_size, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { renderTreatments(); });
    TreatmentView::retranslate(); // its own texts; no subclass to dispatch to
}

void TreatmentView::retranslate() {
    m_kindLabel->setText(tr("Type of treatment:"));
    m_kind->setAccessibleName(tr("Type of treatment"));
    m_sizeLabel->setText(tr("Size of the lumps:"));
    m_size->setAccessibleName(tr("Size of the lumps"));
    m_header->setAccessibleName(tr("Treatment summary"));
    m_treatments->setAccessibleName(tr("Treatments"));
    m_topics->setAccessibleName(tr("Treatment topics"));
    fillSizes();
    if (m_kind->count() > 0) {
        m_kind->setItemText(0, tr("All types"));
    }
    updateCount(); // the cards themselves hold only content texts
}

void TreatmentView::updateCount() {
    m_count->setText(tr("Showing %1 of %2").arg(m_shownIds.size()).arg(m_total));
}

void TreatmentView::fillKinds() {
    const QString current = m_kind->currentData().toString();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("All types"), QString());
    for (const QString &kind : kKinds) {
        const bool used = std::any_of(m_items.cbegin(), m_items.cend(),
                                      [&](const Item &item) { return item.treatmentKind == kind; });
        if (used) {
            m_kind->addItem(context().html().label(QStringLiteral("treatment_kind.") + kind), kind);
        }
    }
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(current)));
}

void TreatmentView::fillSizes() {
    const QString current = m_size->currentData().toString();
    const QSignalBlocker blocker(m_size);
    m_size->clear();
    m_size->addItem(tr("Any size"), QString());
    m_size->addItem(tr("Small lumps"), QStringLiteral("small"));
    m_size->addItem(tr("Large or widespread lumps"), QStringLiteral("large"));
    m_size->setCurrentIndex(qMax(0, m_size->findData(current)));
}

bool TreatmentView::passesFilters(const Item &item) const {
    const QString kind = m_kind->currentData().toString();
    const QString size = m_size->currentData().toString();
    if (!kind.isEmpty() && item.treatmentKind != kind) {
        return false;
    }
    // A treatment tried for any size, or with no size given, fits either size.
    return size.isEmpty() || item.lesionSize.isEmpty() ||
           item.lesionSize == QStringLiteral("any") || item.lesionSize == size;
}

QString TreatmentView::cardFor(const Item &item) const {
    QString card = context().itemCardHtml(item);
    // The badge becomes a link target so hovering (or tabbing to) it shows the plain note.
    const QString badge = context().cachedEvidenceBadge(item.evidence);
    if (!badge.isEmpty()) {
        card.replace(badge, QStringLiteral("<a href=\"%1\" style=\"text-decoration: none;\">%2</a>")
                                .arg(Link::evidence(item.evidence).href(), badge));
    }
    return card;
}

void TreatmentView::renderTreatments() {
    const QList<Category> categories =
        context().repository().categories(kSection, context().locale());
    QString result;
    m_shownIds.clear();
    m_total = 0;
    for (const Category &category : categories) {
        QString cards;
        for (const Item &item : std::as_const(m_items)) {
            if (item.kind != QStringLiteral("treatment") || item.category != category.id) {
                continue;
            }
            ++m_total;
            if (passesFilters(item)) {
                m_shownIds.append(item.id);
                cards += cardFor(item);
            }
        }
        if (!cards.isEmpty()) {
            result += QStringLiteral("<h2>%1</h2>").arg(category.label.toHtmlEscaped()) + cards;
        }
    }
    m_treatments->setContent(context().styleSheet(), context().markTerms(result));
    updateCount();
}

QString TreatmentView::treatmentsHtml() const {
    return m_treatments->toHtml();
}

void TreatmentView::populate() {
    const ViewContext &ctx = context();
    const ContentHtml &html = ctx.html();
    m_items = ctx.repository().items(kSection, ctx.locale());
    const QList<Topic> topics = ctx.repository().topics(kSection, ctx.locale());
    QList<QPair<QString, QString>> contents;
    for (const Topic &topic : topics) {
        contents.append({topic.id, topic.title});
    }
    // The framing comes first: the care team and the reader decide together.
    m_header->setContent(
        ctx.styleSheet(),
        ctx.sectionHeaderHtml(kSection, contents, html.label(QStringLiteral("care_team_decides"))));
    fillKinds();
    renderTreatments();
    m_topics->setContent(ctx.styleSheet(), ctx.topicsHtml(topics));
}

bool TreatmentView::showTarget(const QString &id) {
    for (const Item &item : std::as_const(m_items)) {
        if (item.id == id && !m_shownIds.contains(id)) {
            m_kind->setCurrentIndex(0);
            m_size->setCurrentIndex(0);
            break;
        }
    }
    return SectionView::showTarget(id);
}

} // namespace cg
