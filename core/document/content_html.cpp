// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/content_html.h"

#include "content/content_repository.h"
#include "document/document_style.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace cg {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

} // namespace

ContentHtml::ContentHtml(const ContentRepository &repository, QString locale,
                         DocumentOptions options)
    : m_repository(repository), m_locale(std::move(locale)), m_options(options) {
    const QList<Source> sources = m_repository.sources();
    for (const Source &source : sources) {
        m_sources.insert(source.id, source);
        m_sourceOrder.append(source.id);
    }
}

LocalizedString ContentHtml::string(const QString &key) const {
    return m_repository.string(key, m_locale);
}

QString ContentHtml::label(const QString &key, const QStringList &arguments) const {
    QString text = string(key).text;
    for (const QString &argument : arguments) {
        text = text.arg(argument);
    }
    return text;
}

QString ContentHtml::paragraphs(const QString &text) const {
    return QStringLiteral("<p>") + esc(text) + QStringLiteral("</p>");
}

QString ContentHtml::summaryBox(const QString &text) const {
    const DocumentColors c = documentColors(m_options);
    return QStringLiteral("<table class=\"summary\" width=\"100%\" cellspacing=\"0\" "
                          "cellpadding=\"%4\" border=\"%1\" style=\"border-color: %2; "
                          "border-style: solid;\"><tr><td class=\"summary\">"
                          "<p style=\"margin-bottom: 0;\"><b>%3</b></p></td></tr></table>")
        // High contrast has no tint to tell the box from the page: a border does it.
        .arg(m_options.onPaper()
                 ? 1
                 : (m_options.palette == DocumentOptions::Palette::HighContrast ? 2 : 0))
        .arg(c.summaryBorder, esc(text))
        .arg(m_options.compact ? 6 : 12);
}

QString ContentHtml::fallbackNote() const {
    return QStringLiteral("<table class=\"notice\" width=\"100%\" cellpadding=\"6\" "
                          "cellspacing=\"0\"><tr><td class=\"notice\"><p style=\"margin-bottom: "
                          "0;\">&#9432; %1</p></td></tr></table>")
        .arg(esc(label(QStringLiteral("not_translated_note"))));
}

QString ContentHtml::translationMark() const {
    const auto info = m_repository.locale(m_locale);
    if (!info || info->status != QStringLiteral("awaiting-review")) {
        return {};
    }
    return label(QStringLiteral("translation_note"));
}

QString ContentHtml::translationNotice() const {
    const QString mark = translationMark();
    return mark.isEmpty() ? QString() : QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(mark));
}

QString ContentHtml::disclaimer() const {
    return QStringLiteral("<p class=\"muted\">%1</p>")
        .arg(esc(label(QStringLiteral("disclaimer"))));
}

QString ContentHtml::formatDate(const QDate &date) const {
    return QLocale(m_locale).toString(date, QLocale::LongFormat);
}

QString ContentHtml::reviewStatus(const QStringList &topicIds) const {
    if (!m_reviews) {
        m_reviews = m_repository.reviews(m_locale);
    }
    const QStringList ids = topicIds.isEmpty() ? m_reviews->keys() : topicIds;
    bool allReviewed = !ids.isEmpty();
    QStringList roles;
    QDate reviewedOn;
    QDate writtenOn;
    for (const QString &id : ids) {
        const ReviewRecord record = m_reviews->value(id);
        if (!writtenOn.isValid() || record.writtenOn > writtenOn) {
            writtenOn = record.writtenOn;
        }
        if (!record.reviewed) {
            allReviewed = false;
            continue;
        }
        if (!roles.contains(record.reviewerRole)) {
            roles.append(record.reviewerRole);
        }
        if (!reviewedOn.isValid() || record.reviewedOn < reviewedOn) {
            reviewedOn = record.reviewedOn; // the oldest sign-off is the one to trust least
        }
    }
    if (allReviewed) {
        return label(QStringLiteral("labels.reviewed_by"),
                     {roles.join(QStringLiteral(", ")), formatDate(reviewedOn)});
    }
    return label(QStringLiteral("labels.written_not_reviewed"), {formatDate(writtenOn)});
}

QString ContentHtml::reviewLine(const QStringList &topicIds) const {
    return reviewStatus(topicIds) + QStringLiteral(" \u00b7 ") +
           label(QStringLiteral("labels.content_version"),
                 {m_repository.metadata().contentVersion});
}

QString ContentHtml::topic(const Topic &topic, int headingLevel) const {
    const int level = headingLevel == 1 ? 1 : 2;
    QString html = QStringLiteral("<a name=\"%1\"></a><h%2>%3</h%2>")
                       .arg(esc(topic.id))
                       .arg(level)
                       .arg(esc(topic.title));
    if (topic.fallback) {
        html += fallbackNote();
    }
    html += summaryBox(topic.summary);
    // Body headings sit one level below the topic's own heading.
    QString body = topic.bodyHtml;
    if (level == 2) {
        body.replace(QStringLiteral("<h3"), QStringLiteral("<h4"));
        body.replace(QStringLiteral("</h3>"), QStringLiteral("</h4>"));
        body.replace(QStringLiteral("<h2"), QStringLiteral("<h3"));
        body.replace(QStringLiteral("</h2>"), QStringLiteral("</h3>"));
    }
    html += body;
    html += sourcesLine(topic.sources);
    return html;
}

QString ContentHtml::evidenceBadge(const QString &evidenceId) const {
    if (evidenceId.isEmpty()) {
        return {};
    }
    const QString text = label(QStringLiteral("evidence.") + evidenceId + QStringLiteral(".label"));
    // A bracketed label on paper, so the level reads in black and white too.
    return QStringLiteral("<span class=\"badge\">&nbsp;%1&nbsp;</span>").arg(esc(text));
}

QString ContentHtml::item(const Item &item) const {
    QString html =
        QStringLiteral("<a name=\"%1\"></a><h3>%2</h3>").arg(esc(item.id), esc(item.name));
    if (item.fallback) {
        html += fallbackNote();
    }
    html += paragraphs(item.summary);
    auto field = [&](const QString &labelKey, const QString &value) {
        if (!value.isEmpty()) {
            html += QStringLiteral("<p><b>%1:</b> %2</p>")
                        .arg(esc(label(QStringLiteral("labels.") + labelKey)), esc(value));
        }
    };
    field(QStringLiteral("shows"), item.shows);
    field(QStringLiteral("expect"), item.expect);
    if (!item.evidence.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2<br/>%3</p>")
                    .arg(esc(label(QStringLiteral("labels.evidence"))),
                         evidenceBadge(item.evidence), esc(item.evidenceNote));
    }
    if (!item.lesionSize.isEmpty()) {
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(esc(label(QStringLiteral("lesion_size.") + item.lesionSize)));
    }
    if (!item.detailHtml.isEmpty()) {
        html += item.detailHtml;
    }
    return html;
}

QString ContentHtml::careCard(const CareCard &card, const QString &contact, bool narrow) const {
    const DocumentColors c = documentColors(m_options);
    QString band = c.soonBand;
    QString bodyBackground = c.background;
    QString bodyText = c.text;
    int border = 2;
    if (card.urgency == QStringLiteral("urgent")) {
        band = c.urgentBand;
        border = 3;
    } else if (card.urgency == QStringLiteral("emergency")) {
        band = c.emergencyBand;
        bodyBackground = c.emergencyBody;
        bodyText = c.emergencyText;
        border = 4;
    }
    if (m_options.onPaper()) {
        // In black and white the border weight and the heading carry the urgency.
        bodyBackground = QStringLiteral("#ffffff");
        bodyText = QStringLiteral("#000000");
        band = card.urgency == QStringLiteral("soon") ? QStringLiteral("#ffffff")
                                                      : QStringLiteral("#000000");
    }
    // On paper the band is black (white heading) for urgent and emergency cards and white
    // (black heading) for "soon"; every card keeps a black border so its edge prints.
    QString bandText = c.bandText;
    QString borderColor = band;
    if (m_options.onPaper()) {
        const bool soon = card.urgency == QStringLiteral("soon");
        bandText = soon ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
        borderColor = QStringLiteral("#000000");
    }
    QStringList items;
    for (const RedFlag &flag : card.signs) {
        items.append(
            QStringLiteral("<li style=\"color: %1;\">%2</li>").arg(bodyText, esc(flag.text)));
    }
    QString signs = QStringLiteral("<ul>") + items.join(QString()) + QStringLiteral("</ul>");
    // Large print keeps one column: at 18 pt half a page is too narrow for a sign.
    if (m_options.onPaper() && !m_options.largePrint && !narrow && items.size() > 2) {
        // Two columns of signs on paper: the three cards then fit on the first page or two.
        // Qt does not mirror table columns, so a right-to-left card puts the first half on the
        // right itself (dir="ltr" keeps browsers from mirroring it back).
        const qsizetype half = (items.size() + 1) / 2;
        QString left = QStringLiteral("<td width=\"50%\" valign=\"top\"><ul>") +
                       items.mid(0, half).join(QString()) + QStringLiteral("</ul></td>");
        QString right = QStringLiteral("<td width=\"50%\" valign=\"top\"><ul>") +
                        items.mid(half).join(QString()) + QStringLiteral("</ul></td>");
        const bool rightToLeft = m_options.direction == Qt::RightToLeft;
        if (rightToLeft) {
            left.replace(QStringLiteral("<td "), QStringLiteral("<td dir=\"rtl\" "));
            right.replace(QStringLiteral("<td "), QStringLiteral("<td dir=\"rtl\" "));
        }
        signs = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"%1><tr>")
                    .arg(rightToLeft ? QStringLiteral(" dir=\"ltr\"") : QString()) +
                (rightToLeft ? right + left : left + right) + QStringLiteral("</tr></table>");
    }
    // On paper the cards are compact, so all three fit on the first pages of any handout.
    const QString padding = m_options.onPaper()
                                ? (m_options.largePrint ? QStringLiteral("4") : QStringLiteral("6"))
                                : QStringLiteral("10");
    return QStringLiteral(
               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%11\" border=\"%1\" "
               "style=\"border-color: %9; border-style: solid; margin-top: 6px; "
               "margin-bottom: 6px;\">"
               "<tr><td bgcolor=\"%2\" style=\"color: %3;\"><h3 style=\"color: %3; margin: 0;\">"
               "<a name=\"card-%12\"></a>%4</h3></td></tr>"
               "<tr><td bgcolor=\"%5\" style=\"color: %6;\">%7"
               "<p style=\"color: %6;\"><b>%8</b></p>%10</td></tr></table>")
        .arg(border)
        .arg(band, bandText, esc(card.heading), bodyBackground, bodyText, signs, esc(card.advice),
             borderColor,
             contact.isEmpty() || card.urgency != QStringLiteral("soon")
                 ? QString()
                 : QStringLiteral("<p style=\"color: %1;\"><b>%2</b></p>")
                       .arg(bodyText, esc(contact)),
             padding, card.urgency);
}

QString ContentHtml::careCards(const QList<CareCard> &cards, const QString &contact,
                               CardArrangement arrangement) const {
    // The cards' own headings say whom to call and how fast; a compact handout saves the line
    // of the heading above them.
    QString html = (m_options.compact || (m_options.largePrint && m_options.onPaper()))
                       ? QString()
                       : QStringLiteral("<h2>%1</h2>")
                             .arg(esc(label(QStringLiteral("labels.get_medical_help"))));
    if (arrangement == CardArrangement::UrgentBesideSoon && m_options.onPaper() &&
        !m_options.largePrint && cards.size() == 3) {
        // Paper: the emergency card across the page, the other two side by side below it, so
        // all three sit together near the top of the first page. The renderer falls back to
        // Stacked when the pair does not fit under the emergency card (long languages).
        const bool rightToLeft = m_options.direction == Qt::RightToLeft;
        const QString cell = QStringLiteral("<td width=\"50%\" valign=\"top\"%1>%2</td>");
        const QString dir = rightToLeft ? QStringLiteral(" dir=\"rtl\"") : QString();
        const QString urgent = cell.arg(dir, careCard(cards.at(1), contact, true));
        const QString soon = cell.arg(dir, careCard(cards.at(2), contact, true));
        return html + careCard(cards.at(0), contact) +
               QStringLiteral("<table class=\"cards\" width=\"100%\" cellspacing=\"0\" "
                              "cellpadding=\"0\"%1><tr>")
                   .arg(rightToLeft ? QStringLiteral(" dir=\"ltr\"") : QString()) +
               (rightToLeft ? soon + urgent : urgent + soon) + QStringLiteral("</tr></table>");
    }
    for (const CareCard &card : cards) {
        html += careCard(card, contact);
    }
    return html;
}

QString ContentHtml::checklist(const QStringList &lines) const {
    return checklist(lines, {}, m_options.direction);
}

QString ContentHtml::checklist(const QStringList &lines, const QStringList &translations,
                               Qt::LayoutDirection translationDirection) const {
    // One small table per line: a page break then moves a whole line, box and text together
    // (Qt breaks the cells of one row independently). Qt lays table columns out left to right
    // whatever the text direction, and browsers mirror them under dir="rtl"; so a right-to-left
    // line is a left-to-right table with the box last, at the right, in both.
    const bool rightToLeft = m_options.direction == Qt::RightToLeft;
    const QString box =
        QStringLiteral("<td valign=\"top\" style=\"font-size: %1pt;\">&#9744;</td>")
            .arg(m_options.bodyPointSize() * (m_options.compact ? 1.1 : 1.3), 0, 'f', 1);
    const int padding = m_options.compact ? 2 : 4;
    QString html;
    for (int i = 0; i < lines.size(); ++i) {
        const QString translation = translations.value(i);
        const QString second =
            translation.isEmpty()
                ? QString()
                : QStringLiteral("<p dir=\"%1\" style=\"margin-bottom: 0;\">%2</p>")
                      .arg(translationDirection == Qt::RightToLeft ? QStringLiteral("rtl")
                                                                   : QStringLiteral("ltr"),
                           esc(translation));
        const QString text = QStringLiteral("<td%1><p style=\"margin-bottom: 0;\">%2</p>%3</td>")
                                 .arg(rightToLeft ? QStringLiteral(" dir=\"rtl\"") : QString(),
                                      esc(lines.at(i)), second);
        html += QStringLiteral("<table class=\"checklist\" cellspacing=\"0\" cellpadding=\"%1\" "
                               "border=\"0\"%2><tr>")
                    .arg(padding)
                    .arg(rightToLeft ? QStringLiteral(" dir=\"ltr\" align=\"right\"") : QString());
        // U+2610 BALLOT BOX: an empty box to tick with a pen.
        html += rightToLeft ? text + box : box + text;
        html += QStringLiteral("</tr></table>");
    }
    return html;
}

QString ContentHtml::sourcesLine(const QStringList &sourceIds) const {
    if (sourceIds.isEmpty()) {
        return {};
    }
    if (m_numberedSources) {
        return QStringLiteral("<p class=\"muted\">%1</p>")
            .arg(esc(label(QStringLiteral("labels.sources_for_this_page"),
                           {QChar(0x27e6) + sourceIds.join(QLatin1Char(',')) + QChar(0x27e7)})));
    }
    QStringList names;
    for (const QString &id : sourceIds) {
        const Source source = m_sources.value(id);
        QString name = source.authors.isEmpty() ? source.title : source.authors;
        if (source.year > 0) {
            name += QStringLiteral(" (%1)").arg(source.year);
        }
        names.append(name);
    }
    return QStringLiteral("<p class=\"muted\">%1</p>")
        .arg(esc(label(QStringLiteral("labels.sources_for_this_page"),
                       {names.join(QStringLiteral("; "))})));
}

QString ContentHtml::resolveSourceNumbers(const QString &html, const QStringList &order) {
    static const QRegularExpression token(QStringLiteral("\u27e6([^\u27e7]*)\u27e7"));
    QString result;
    qsizetype copied = 0;
    auto it = token.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QList<int> numbers;
        for (const QString &id : match.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype index = order.indexOf(id);
            if (index >= 0 && !numbers.contains(int(index) + 1)) {
                numbers.append(int(index) + 1);
            }
        }
        std::sort(numbers.begin(), numbers.end());
        QStringList text;
        for (const int number : numbers) {
            text.append(QString::number(number));
        }
        result += QStringView(html).mid(copied, match.capturedStart() - copied);
        result += text.join(QStringLiteral(", "));
        copied = match.capturedEnd();
    }
    return result + QStringView(html).mid(copied);
}

QString ContentHtml::sourcesList(const QStringList &sourceIds, const QStringList &marked) const {
    const QStringList ids = sourceIds.isEmpty() ? m_sourceOrder : sourceIds;
    QStringList entries;
    for (const QString &id : ids) {
        const Source source = m_sources.value(id);
        if (m_options.compact) {
            // The two-page handout: title and publisher only; the Sources view and the longer
            // handouts give authors and links.
            entries.append(QStringLiteral("<b>%1</b> (%2)")
                               .arg(esc(source.title),
                                    esc(source.publisher.section(QLatin1Char('.'), 0, 0) +
                                        (source.year > 0 ? QStringLiteral(", %1").arg(source.year)
                                                         : QString()))));
            continue;
        }
        QStringList parts;
        if (!source.authors.isEmpty()) {
            // Paper keeps the list short: the first author, "et al.", and only DOI links, which
            // stay short and stable; the Sources view on screen shows everything.
            const QString authors =
                m_options.onPaper() && source.authors.contains(QLatin1Char(','))
                    ? source.authors.section(QLatin1Char(','), 0, 0) + QStringLiteral(" et al.")
                    : source.authors;
            parts.append(esc(authors));
        }
        parts.append(QStringLiteral("<b>%1</b>").arg(esc(source.title)));
        if (!source.publisher.isEmpty()) {
            parts.append(esc(source.publisher));
        }
        if (source.year > 0) {
            parts.append(QString::number(source.year));
        }
        QString entry = parts.join(QStringLiteral(". "));
        if (!source.url.isEmpty() &&
            (!m_options.onPaper() || source.url.contains(QStringLiteral("doi.org")))) {
            entry += QStringLiteral(". ") + esc(source.url);
        }
        entries.append(entry);
    }
    if (!m_options.onPaper()) {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString &id = ids.at(i);
            entries[i] =
                QStringLiteral("<a name=\"source-%1\"></a>").arg(esc(id)) +
                (marked.contains(id)
                     ? QStringLiteral("<span class=\"notice\">%1</span>").arg(entries.at(i))
                     : entries.at(i));
        }
        return QStringLiteral("<ol><li>") + entries.join(QStringLiteral("</li><li>")) +
               QStringLiteral("</li></ol>");
    }
    if (m_options.compact) {
        // The two-page handout runs its few sources on as one small paragraph: no column of
        // short entries with half-empty lines, and a paragraph may continue on the next page.
        QStringList numbered;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            numbered.append(QStringLiteral("%1.\u00a0%2").arg(i + 1).arg(entries.at(i)));
        }
        return QStringLiteral("<p class=\"source\">%1</p>")
            .arg(numbered.join(QStringLiteral(" \u00b7 ")));
    }
    // Paper: small type in two columns, numbered by hand so both columns count on; the topics'
    // "Sources:" lines refer to these numbers.
    const qsizetype half = (entries.size() + 1) / 2;
    QString columns[2];
    for (qsizetype i = 0; i < entries.size(); ++i) {
        columns[i < half ? 0 : 1] +=
            QStringLiteral("<p class=\"source\">%1. %2</p>").arg(i + 1).arg(entries.at(i));
    }
    return QStringLiteral("<table class=\"sources\" width=\"100%\" cellspacing=\"0\" "
                          "cellpadding=\"0\"><tr><td width=\"50%\" valign=\"top\" "
                          "style=\"padding-right: 8px;\">%1</td><td width=\"50%\" "
                          "valign=\"top\" style=\"padding-left: 8px;\">%2</td></tr></table>")
        .arg(columns[0], columns[1]);
}

} // namespace cg
