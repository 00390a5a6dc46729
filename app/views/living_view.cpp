// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/living_view.h"

#include "content/content_repository.h"
#include "document/content_html.h"
#include "views/checklist_box.h"
#include "views/view_context.h"
#include "widgets/check_row.h"
#include "widgets/reading_page.h"
#include "widgets/rich_block.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cg {

namespace {

constexpr Page kSection = Page::Living;
const QString kSelfCareAnchor = QStringLiteral("self-care");
const QString kQuestionsAnchor = QStringLiteral("questions");

} // namespace

LivingView::LivingView(ViewContext &context, QWidget *parent)
    : SectionView(context, kSection, parent) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    ReadingPage *readingPage = createPage();
    layout->addWidget(readingPage, 1);
    QWidget *column = readingPage->columnWidget();

    m_header = createBlock(QString());
    m_topics = createBlock(QString());
    m_selfCare = new ChecklistBox(context, column);
    m_questions = new ChecklistBox(context, column);
    QVBoxLayout *col = readingPage->column();
    col->addWidget(m_header);
    col->addWidget(m_topics);
    col->addWidget(m_selfCare);
    col->addWidget(m_questions);
    col->addStretch(1);

    // The care cards sit in their own pane that never scrolls away with the page.
    auto *side = new QScrollArea(this);
    side->setObjectName(QStringLiteral("careCardPanel"));
    side->setWidgetResizable(true);
    side->setFrameShape(QFrame::NoFrame);
    side->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    side->setFocusPolicy(Qt::NoFocus);
    auto *sideHost = new QWidget(side);
    auto *sideLayout = new QVBoxLayout(sideHost);
    sideLayout->setContentsMargins(16, 20, 16, 20);
    m_cards = createBlock(QString(), sideHost);
    sideLayout->addWidget(m_cards);
    sideLayout->addStretch(1);
    m_sideLayout = sideLayout;
    side->setWidget(sideHost);
    m_sidePanel = side;
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::VLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);
    layout->addWidget(rule);
    layout->addWidget(side);
    m_rule = rule;

    setTargetBlocks({m_header, m_topics});
    setReaderBlock(m_topics);
    LivingView::retranslate(); // its own texts; no subclass to dispatch to
}

void LivingView::retranslate() {
    m_header->setAccessibleName(tr("Living with calcinosis summary"));
    m_topics->setAccessibleName(tr("Living with calcinosis topics"));
    m_cards->setAccessibleName(tr("Get medical help"));
    m_selfCare->setAccessibleName(tr("Self-care checklist"));
    m_questions->setAccessibleName(tr("Questions checklist"));
}

QTextBrowser *LivingView::careCards() const {
    return m_cards;
}

void LivingView::populate() {
    const ViewContext &ctx = context();
    const ContentHtml &html = ctx.html();
    const QList<Topic> topics = ctx.repository().topics(kSection, ctx.locale());
    const QList<Category> categories = ctx.repository().categories(kSection, ctx.locale());
    auto categoryLabel = [&](const QString &id, const QString &fallbackKey) {
        for (const Category &category : categories) {
            if (category.id == id) {
                return category.label;
            }
        }
        return html.label(fallbackKey);
    };
    const QString selfCareHeading =
        categoryLabel(kSelfCareAnchor, QStringLiteral("self_care_heading"));
    const QString questionsHeading =
        categoryLabel(kQuestionsAnchor, QStringLiteral("questions_heading"));

    QList<QPair<QString, QString>> contents;
    for (const Topic &topic : topics) {
        contents.append({topic.id, topic.title});
    }
    // The two checklists are marked in words in the list of parts: a ballot-box symbol was
    // read aloud as "ballot box with check".
    //: "On this page" on Living with it: %1 is the title of a checklist.
    contents.append({kSelfCareAnchor, tr("Checklist: %1").arg(selfCareHeading)});
    contents.append({kQuestionsAnchor, tr("Checklist: %1").arg(questionsHeading)});
    m_header->setContent(ctx.styleSheet(), ctx.sectionHeaderHtml(kSection, contents));
    m_topics->setContent(ctx.styleSheet(), ctx.topicsHtml(topics));

    const QString hint = html.label(QStringLiteral("checklist_hint"));
    m_selfCare->setHint(hint);
    m_questions->setHint(hint);
    m_selfCare->populate(
        selfCareHeading,
        ctx.repository().items(kSection, ctx.locale(), QStringLiteral("self-care")), true);
    m_questions->populate(
        questionsHeading,
        ctx.repository().items(kSection, ctx.locale(), QStringLiteral("question")), false);

    const DocumentColors colors = ctx.colors();
    QPalette sideColors = m_sidePanel->palette();
    sideColors.setColor(QPalette::Window, QColor(colors.background));
    sideColors.setColor(QPalette::WindowText, QColor(colors.text));
    sideColors.setColor(QPalette::Text, QColor(colors.text));
    sideColors.setColor(QPalette::Link, QColor(colors.link));
    m_sidePanel->widget()->setPalette(sideColors);
    m_sidePanel->widget()->setAutoFillBackground(true);
    fitSidePanel();
    m_cards->setContent(ctx.styleSheet(), html.careCards(ctx.repository().careCards(ctx.locale())));
}

void LivingView::fitSidePanel() {
    // Wide enough for the cards' headings, never more than a third of the view, so the reading
    // column keeps its room on a narrow window.
    const int preferred = qBound(280, context().readingWidth() / 2 + 40, 420);
    const int side = qMax(240, qMin(preferred, width() / 3));
    // When the column beside the pane would fall under about 45 characters (big text, small
    // window), the cards go above the page instead, full width, and words are not cut.
    const bool narrow = width() - side < context().readingWidth() * 6 / 10;
    if (narrow != m_cardsInColumn) {
        m_cardsInColumn = narrow;
        if (narrow) {
            readingPage()->column()->insertWidget(1,
                                                  m_cards); // under the summary, before the topics
        } else {
            m_sideLayout->insertWidget(0, m_cards);
        }
        m_sidePanel->setVisible(!narrow);
        m_rule->setVisible(!narrow);
        m_cards->show();
        applyVisualTabOrder();
    }
    m_sidePanel->setFixedWidth(side);
}

void LivingView::resizeEvent(QResizeEvent *event) {
    SectionView::resizeEvent(event);
    fitSidePanel();
}

bool LivingView::showTarget(const QString &id) {
    ChecklistBox *box = nullptr;
    if (id == kSelfCareAnchor) {
        box = m_selfCare;
    } else if (id == kQuestionsAnchor) {
        box = m_questions;
    }
    for (ChecklistBox *candidate : {m_selfCare, m_questions}) {
        const QList<CheckRow *> rows = candidate->rows();
        for (CheckRow *row : rows) {
            if (row->id() == id) {
                settleLayout();
                readingPage()->scrollToWidgetY(row, 0);
                row->checkBox()->setFocus(Qt::OtherFocusReason);
                return true;
            }
        }
    }
    if (box != nullptr) {
        settleLayout();
        readingPage()->scrollToWidgetY(box, 0);
        return true;
    }
    return SectionView::showTarget(id);
}

} // namespace cg
