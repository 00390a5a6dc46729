// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagnosis_view.h"

#include "content/content_repository.h"
#include "document/content_html.h"
#include "views/checklist_box.h"
#include "views/view_context.h"
#include "widgets/choice_button.h"
#include "widgets/reading_page.h"
#include "widgets/rich_block.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cg {

namespace {

constexpr Page kSection = Page::Diagnosis;

} // namespace

DiagnosisView::DiagnosisView(ViewContext &context, QWidget *parent)
    : SectionView(context, kSection, parent) {
    ReadingPage *readingPage = createPageFillingView();
    QWidget *column = readingPage->columnWidget();

    m_header = createBlock(QString());
    m_symptoms = new ChecklistBox(context, column);
    m_testsHeading = new QLabel(column);
    m_testsHeading->setWordWrap(true);
    m_kindBar = new QWidget(column);
    m_kindLayout = new QHBoxLayout(m_kindBar);
    m_kindLayout->setContentsMargins(0, 0, 0, 0);
    m_kindLayout->setSpacing(6);
    m_kindLayout->addStretch(1);
    m_kindGroup = new QButtonGroup(this);
    m_kindGroup->setExclusive(true);
    m_tests = createBlock(QString());
    m_topics = createBlock(QString());

    QVBoxLayout *col = readingPage->column();
    col->addWidget(m_header);
    col->addWidget(m_symptoms);
    col->addSpacing(6);
    col->addWidget(m_testsHeading);
    col->addWidget(m_kindBar);
    col->addWidget(m_tests);
    col->addWidget(m_topics);
    col->addStretch(1);
    setTargetBlocks({m_header, m_tests, m_topics});
    setReaderBlock(m_topics);

    connect(m_kindGroup, &QButtonGroup::idClicked, this, [this](int index) {
        if (index >= 0 && index < m_testKinds.size()) {
            setTestKind(m_testKinds.at(index));
        }
    });
    DiagnosisView::retranslate(); // its own texts; no subclass to dispatch to
}

void DiagnosisView::retranslate() {
    m_testsHeading->setText(tr("Tests, and what to expect"));
    m_symptoms->setHint(tr("Tick the signs you have noticed, so you remember to mention them."));
    m_kindBar->setAccessibleName(tr("Kind of test"));
    m_header->setAccessibleName(tr("Diagnosis summary"));
    m_tests->setAccessibleName(tr("Tests"));
    m_topics->setAccessibleName(tr("Diagnosis topics"));
}

QWidget *DiagnosisView::testsHeading() const {
    return m_testsHeading;
}

void DiagnosisView::rebuildKindButtons() {
    const QList<QAbstractButton *> old = m_kindGroup->buttons();
    for (QAbstractButton *button : old) {
        m_kindGroup->removeButton(button);
        delete button;
    }
    m_testKinds.clear();
    for (const Category &category : std::as_const(m_categories)) {
        const bool hasTests = std::any_of(m_items.cbegin(), m_items.cend(), [&](const Item &item) {
            return item.kind == QStringLiteral("test") && item.category == category.id;
        });
        if (!hasTests) {
            continue;
        }
        auto *button = new ChoiceButton(category.label, m_kindBar);
        // The care-card band colour is the palette's accent that carries white words.
        const DocumentColors colors = context().colors();
        button->setColors(QColor(colors.soonBand), QColor(colors.bandText),
                          QColor(context().cardBorderColor()));
        m_kindGroup->addButton(button, static_cast<int>(m_testKinds.size()));
        m_kindLayout->insertWidget(static_cast<int>(m_testKinds.size()), button);
        m_testKinds.append(category.id);
    }
}

void DiagnosisView::setTestKind(const QString &categoryId) {
    m_testKind = categoryId;
    const qsizetype index = m_testKinds.indexOf(categoryId);
    if (QAbstractButton *button = m_kindGroup->button(static_cast<int>(index))) {
        button->setChecked(true);
    }
    renderTests();
}

void DiagnosisView::renderTests() {
    QString cards;
    for (const Item &item : std::as_const(m_items)) {
        if (item.kind == QStringLiteral("test") && item.category == m_testKind) {
            cards += context().itemCardHtml(item);
        }
    }
    m_tests->setContent(context().styleSheet(), context().markTerms(cards));
}

void DiagnosisView::populate() {
    const ViewContext &ctx = context();
    m_items = ctx.repository().items(kSection, ctx.locale());
    m_categories = ctx.repository().categories(kSection, ctx.locale());
    const QList<Topic> topics = ctx.repository().topics(kSection, ctx.locale());
    QList<QPair<QString, QString>> contents;
    for (const Topic &topic : topics) {
        contents.append({topic.id, topic.title});
    }
    m_header->setContent(ctx.styleSheet(), ctx.sectionHeaderHtml(kSection, contents));

    QList<Item> symptoms;
    QString symptomsHeading;
    for (const Item &item : std::as_const(m_items)) {
        if (item.kind == QStringLiteral("symptom")) {
            symptoms.append(item);
        }
    }
    for (const Category &category : std::as_const(m_categories)) {
        if (!symptoms.isEmpty() && category.id == symptoms.constFirst().category) {
            symptomsHeading = category.label;
        }
    }
    m_symptoms->populate(symptomsHeading, symptoms, true);

    QFont headingFont;
    headingFont.setPointSizeF(ctx.options().bodyPointSize() * 1.3);
    headingFont.setWeight(QFont::Bold);
    m_testsHeading->setFont(headingFont);
    rebuildKindButtons();
    setTestKind(m_testKinds.contains(m_testKind) || m_testKinds.isEmpty() ? m_testKind
                                                                          : m_testKinds.first());
    m_topics->setContent(ctx.styleSheet(), ctx.topicsHtml(topics));
}

bool DiagnosisView::showTarget(const QString &id) {
    for (const Item &item : std::as_const(m_items)) {
        if (item.id == id && item.kind == QStringLiteral("test") && item.category != m_testKind) {
            setTestKind(item.category);
            break;
        }
    }
    return SectionView::showTarget(id);
}

void DiagnosisView::resizeEvent(QResizeEvent *event) {
    SectionView::resizeEvent(event);
    fitKindBar();
}

void DiagnosisView::fitKindBar() {
    int wanted = 0;
    for (const QAbstractButton *button : m_kindGroup->buttons()) {
        wanted += button->sizeHint().width() + m_kindLayout->spacing();
    }
    // The room the page gives its column, less the page's own margins.
    const int room = readingPage()->viewport()->width() - 48;
    const auto direction = wanted > room ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_kindLayout->direction() != direction) {
        m_kindLayout->setDirection(direction);
    }
}

} // namespace cg
