// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout/handout_paper_tools.h"

#include "content/body_sites.h"
#include "content/content_repository.h"
#include "document/content_html.h"

#include <QHash>
#include <algorithm>

namespace cg {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

void cite(QStringList &cited, const QStringList &sources) {
    for (const QString &source : sources) {
        if (!cited.contains(source)) {
            cited.append(source);
        }
    }
}

// A simple bordered table. Qt lays table columns out left to right whatever the text
// direction, so a right-to-left table is written with its columns reversed and dir="ltr",
// which reads right to left in Qt and in browsers alike (as the title block does).
QString table(const ContentHtml &html, const QStringList &headings,
              const QList<QStringList> &rows) {
    const bool rightToLeft = html.options().direction == Qt::RightToLeft;
    const QString cellDir = rightToLeft ? QStringLiteral(" dir=\"rtl\"") : QString();
    auto line = [&](const QStringList &cells, const QString &tag) -> QString {
        QStringList ordered = cells;
        if (rightToLeft) {
            std::reverse(ordered.begin(), ordered.end());
        }
        QString result = QStringLiteral("<tr>");
        for (const QString &cell : ordered) {
            result += QStringLiteral("<%1%2>%3</%1>").arg(tag, cellDir, cell);
        }
        return result + QStringLiteral("</tr>");
    };
    QString result = QStringLiteral("<table class=\"tool\" width=\"100%\" cellspacing=\"0\" "
                                    "cellpadding=\"5\" border=\"1\" style=\"border-style: solid; "
                                    "border-color: #000000;\"%1>")
                         .arg(rightToLeft ? QStringLiteral(" dir=\"ltr\"") : QString());
    QStringList escapedHeadings;
    for (const QString &heading : headings) {
        escapedHeadings.append(QStringLiteral("<b>%1</b>").arg(esc(heading)));
    }
    result += line(escapedHeadings, QStringLiteral("td"));
    for (const QStringList &row : rows) {
        result += line(row, QStringLiteral("td"));
    }
    return result + QStringLiteral("</table>");
}

QString typesTable(const ContentRepository &repository, const ContentHtml &html,
                   QStringList &cited) {
    QList<QStringList> rows;
    const QList<Item> types =
        repository.items(Page::Overview, html.locale(), QStringLiteral("type"));
    for (const Item &type : types) {
        cite(cited, type.sources);
        rows.append({QStringLiteral("<b>%1</b>").arg(esc(type.name)),
                     esc(html.label(QStringLiteral("blood_calcium.") + type.bloodCalcium)),
                     esc(type.summary)});
    }
    return table(html,
                 {html.label(QStringLiteral("labels.type")),
                  html.label(QStringLiteral("labels.blood_calcium")),
                  html.label(QStringLiteral("labels.in_short"))},
                 rows);
}

QString treatmentsTable(const ContentRepository &repository, const ContentHtml &html,
                        QStringList &cited) {
    QList<QStringList> rows;
    const QList<Item> treatments =
        repository.items(Page::Treatment, html.locale(), QStringLiteral("treatment"));
    for (const Item &treatment : treatments) {
        cite(cited, treatment.sources);
        rows.append({QStringLiteral("<b>%1</b>").arg(esc(treatment.name)),
                     html.evidenceBadge(treatment.evidence) + QStringLiteral("<br/>") +
                         esc(treatment.evidenceNote)});
    }
    return QStringLiteral("<h3>%1</h3>")
               .arg(esc(html.label(QStringLiteral("treatments_table_heading")))) +
           table(html,
                 {html.label(QStringLiteral("labels.treatment")),
                  html.label(QStringLiteral("labels.evidence"))},
                 rows);
}

QString bodySitesTable(const ContentRepository &repository, const ContentHtml &html,
                       const QString &condition, QStringList &cited) {
    QHash<QString, QStringList> places; // condition -> region labels, in body-map order
    const QList<Item> sites =
        repository.items(Page::Overview, html.locale(), QStringLiteral("body-site"));
    for (const Item &site : sites) {
        for (const QString &id : site.conditions) {
            const QString region = html.label(QStringLiteral("regions.") + site.region);
            if (!places[id].contains(region)) {
                places[id].append(region);
                cite(cited, site.sources);
            }
        }
    }
    QList<QStringList> rows;
    for (const QString &id : repository.conditionIds()) {
        if (places.value(id).isEmpty() || (!condition.isEmpty() && condition != id)) {
            continue;
        }
        rows.append(
            {QStringLiteral("<b>%1</b>").arg(esc(html.label(QStringLiteral("conditions.") + id))),
             esc(places.value(id).join(QStringLiteral(", ")))});
    }
    const auto categories = repository.categories(Page::Overview, html.locale());
    QString heading;
    for (const Category &category : categories) {
        if (category.id == QStringLiteral("sites")) {
            heading = category.label;
        }
    }
    return QStringLiteral("<h3>%1</h3>").arg(esc(heading)) +
           table(html,
                 {html.label(QStringLiteral("labels.conditions")),
                  html.label(QStringLiteral("labels.body_places"))},
                 rows);
}

} // namespace

QStringList bodySiteRegions(const ContentRepository &repository, const QString &locale,
                            const QString &condition) {
    return regionsForCondition(
        repository.items(QStringLiteral("overview"), locale, QStringLiteral("body-site")),
        condition);
}

PaperTool paperToolAfter(const QString &topicId) {
    static const QHash<QString, PaperTool> tools = {
        {QStringLiteral("signs-of-calcinosis"), PaperTool::SignsChecklist},
        {QStringLiteral("self-care-steps"), PaperTool::SelfCareChecklist},
        {QStringLiteral("five-types"), PaperTool::TypesTable},
        {QStringLiteral("when-and-where"), PaperTool::BodySites},
        {QStringLiteral("medicines-for-calcinosis"), PaperTool::TreatmentsTable},
        {QStringLiteral("known-and-unknown"), PaperTool::TreatmentsTable},
    };
    return tools.value(topicId, PaperTool::None);
}

QList<Item> paperChecklistItems(const ContentRepository &repository, PaperTool tool,
                                const QString &locale) {
    if (tool == PaperTool::SignsChecklist) {
        return repository.items(Page::Diagnosis, locale, QStringLiteral("symptom"));
    }
    if (tool == PaperTool::SelfCareChecklist) {
        return repository.items(Page::Living, locale, QStringLiteral("self-care"));
    }
    return {};
}

QString paperTable(const ContentRepository &repository, const ContentHtml &html, PaperTool tool,
                   const QString &condition, QStringList &cited) {
    switch (tool) {
    case PaperTool::TypesTable:
        return typesTable(repository, html, cited);
    case PaperTool::TreatmentsTable:
        return treatmentsTable(repository, html, cited);
    case PaperTool::BodySites:
        return bodySitesTable(repository, html, condition, cited);
    case PaperTool::None:
    case PaperTool::SignsChecklist:
    case PaperTool::SelfCareChecklist:
        break;
    }
    return {};
}

} // namespace cg
