// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/overview_view.h"

#include "content/content_repository.h"
#include "document/content_html.h"
#include "views/body_map_panel.h"
#include "views/view_context.h"
#include "widgets/reading_page.h"
#include "widgets/rich_block.h"

#include <QVBoxLayout>

namespace cg {

namespace {

constexpr Page kSection = Page::Overview;

QString categoryLabel(const ViewContext &context, const QString &id) {
    const QList<Category> categories = context.repository().categories(kSection, context.locale());
    for (const Category &category : categories) {
        if (category.id == id) {
            return category.label;
        }
    }
    return {};
}

} // namespace

OverviewView::OverviewView(ViewContext &context, QWidget *parent)
    : SectionView(context, kSection, parent) {
    ReadingPage *readingPage = createPageFillingView();
    m_header = createBlock(QString());
    m_facts = createBlock(QString());
    m_types = createBlock(QString());
    m_bodyMap = new BodyMapPanel(context, readingPage->columnWidget());
    m_topics = createBlock(QString());
    for (QWidget *part : {static_cast<QWidget *>(m_header), static_cast<QWidget *>(m_facts),
                          static_cast<QWidget *>(m_types), static_cast<QWidget *>(m_bodyMap),
                          static_cast<QWidget *>(m_topics)}) {
        readingPage->column()->addWidget(part);
    }
    readingPage->column()->addStretch(1);
    setTargetBlocks({m_header, m_facts, m_types, m_topics});
    setReaderBlock(m_topics);
    OverviewView::retranslate(); // its own texts; no subclass to dispatch to
}

void OverviewView::retranslate() {
    m_header->setAccessibleName(tr("Overview summary"));
    m_facts->setAccessibleName(tr("Key facts"));
    m_types->setAccessibleName(tr("The five types"));
    m_topics->setAccessibleName(tr("Overview topics"));
}

QWidget *OverviewView::typesTable() const {
    return m_types;
}

QString OverviewView::factsHtml() const {
    const ContentHtml &html = context().html();
    const QList<Item> facts =
        context().repository().items(kSection, context().locale(), QStringLiteral("fact"));
    // Two cards a row: short answers side by side, read at a glance.
    QString cells;
    for (qsizetype i = 0; i < facts.size(); ++i) {
        if (i % 2 == 0) {
            cells += QStringLiteral("<tr>");
        }
        // An odd last card takes the whole row rather than leave half of it empty.
        const bool alone = i % 2 == 0 && i + 1 == facts.size();
        cells += QStringLiteral("<td %1 valign=\"top\" class=\"card\">%2</td>")
                     .arg(alone ? QStringLiteral("colspan=\"2\"") : QStringLiteral("width=\"50%\""),
                          html.item(facts.at(i)));
        if (i % 2 == 1 || i + 1 == facts.size()) {
            cells += QStringLiteral("</tr>");
        }
    }
    return context().markTerms(
        QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"8\" cellpadding=\"12\" "
                       "border=\"1\" style=\"border-color: %2; border-style: solid; "
                       "margin-left: -8px; margin-right: -8px;\">%3</table>")
            .arg(categoryLabel(context(), QStringLiteral("facts")).toHtmlEscaped(),
                 context().cardBorderColor(), cells));
}

QString OverviewView::typesHtml() const {
    const ContentHtml &html = context().html();
    const QList<Item> types =
        context().repository().items(kSection, context().locale(), QStringLiteral("type"));
    const QString header = html.label(QStringLiteral("labels.blood_calcium")).toHtmlEscaped();
    QString rows;
    for (const Item &type : types) {
        // The comparison column names itself in every row: no header cell left empty.
        rows += QStringLiteral("<tr><td valign=\"top\">%1</td>"
                               "<td valign=\"top\" width=\"28%\" class=\"summary\">"
                               "<p class=\"muted\" style=\"margin-bottom: 2px;\">%2</p>"
                               "<p><b>%3</b></p></td></tr>")
                    .arg(html.item(type), header,
                         html.label(QStringLiteral("blood_calcium.") + type.bloodCalcium)
                             .toHtmlEscaped());
    }
    // Marked before the column labels go in, so they stay plain words.
    return context().markTerms(
        QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" "
                       "border=\"1\" style=\"border-color: %2; border-style: solid;\">%3</table>")
            .arg(categoryLabel(context(), QStringLiteral("types")).toHtmlEscaped(),
                 context().cardBorderColor(), rows));
}

void OverviewView::populate() {
    const QString style = context().styleSheet();
    const QList<Topic> topics = context().repository().topics(kSection, context().locale());
    QList<QPair<QString, QString>> contents;
    for (const Topic &topic : topics) {
        contents.append({topic.id, topic.title});
    }
    m_header->setContent(style, context().sectionHeaderHtml(kSection, contents));
    m_facts->setContent(style, factsHtml());
    m_types->setContent(style, typesHtml());
    m_bodyMap->populate(
        context().repository().items(kSection, context().locale(), QStringLiteral("body-site")),
        categoryLabel(context(), QStringLiteral("sites")));
    m_topics->setContent(style, context().topicsHtml(topics));
}

} // namespace cg
