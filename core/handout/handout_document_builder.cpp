// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout/handout_document_builder.h"

#include "content/content_repository.h"
#include "document/content_html.h"
#include "document/document_style.h"
#include "handout/handout_body_map.h"
#include "handout/handout_fonts.h"
#include "handout/handout_paper_tools.h"
#include "handout/handout_presets.h"
#include "handout/handout_selection.h"
#include "handout/handout_style.h"

#include <QFont>
#include <QLocale>
#include <optional>

namespace cg {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

// A phone number read left to right even inside Arabic text ("+20 2 1234" would otherwise show
// its groups in reverse order): U+2066 LEFT-TO-RIGHT ISOLATE .. U+2069 POP DIRECTIONAL ISOLATE.
QString leftToRight(const QString &text) {
    return QChar(0x2066) + text + QChar(0x2069);
}

QString dirAttribute(Qt::LayoutDirection direction) {
    return direction == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
}

// Direction and language of a passage in the second language: Qt needs the direction, screen
// readers reading the HTML export use the language to switch voices.
QString languageAttributes(const LocaleInfo &info) {
    return QStringLiteral(" dir=\"%1\" lang=\"%2\"").arg(dirAttribute(info.direction), info.code);
}

void appendUnique(QStringList &list, const QStringList &values) {
    for (const QString &value : values) {
        if (!list.contains(value)) {
            list.append(value);
        }
    }
}

} // namespace

// One language of the handout: its content HTML builder and how it is written.
struct HandoutLanguage {
    LocaleInfo info;
    ContentHtml html;
};

struct HandoutDocumentBuilder::Context {
    const HandoutRequest &request;
    HandoutLanguage first;
    std::optional<HandoutLanguage> second;
    QStringList cited;
    QList<int> printedTools; // each paper tool once, after the first topic that refers to it
    HandoutDocument *document = nullptr; // what is being built: pictures go into it

    // A passage in the first language, then (bilingual) its translation, each under a label
    // naming its language, the translation in its own writing direction.
    QString passage(const QString &firstHtml, const QString &secondHtml) const {
        if (!second) {
            return firstHtml;
        }
        return languageLabel(first) + firstHtml + languageLabel(*second) +
               QStringLiteral("<div%1>").arg(languageAttributes(second->info)) + secondHtml +
               QStringLiteral("</div>");
    }
    // "Label" or, bilingual, "Label / Etiqueta" for headings both readers need.
    QString both(const QString &key) const {
        QString text = first.html.label(key);
        if (second) {
            const QString other = second->html.label(key);
            if (other != text) {
                text += QStringLiteral(" / ") + other;
            }
        }
        return text;
    }
    static QString languageLabel(const HandoutLanguage &language) {
        return QStringLiteral("<h6 class=\"lang\">%1</h6>").arg(esc(language.info.nativeName));
    }
};

HandoutDocumentBuilder::HandoutDocumentBuilder(const ContentRepository &repository)
    : m_repository(repository) {}

HandoutDocument HandoutDocumentBuilder::build(const HandoutRequest &request) const {
    HandoutDocument document;
    const LocaleInfo firstInfo = m_repository.locale(request.language).value_or(LocaleInfo{});
    document.language = request.language;
    document.direction = firstInfo.direction;
    document.pageSize = pageSizeFor(request.paper);

    DocumentOptions options;
    options.medium = DocumentOptions::Medium::Paper;
    options.largePrint = request.largePrint;
    options.basePointSize = handoutBodyPointSize(request.language, request.largePrint);
    if (const auto preset = findHandoutPreset(request.preset); preset && preset->compact) {
        options.basePointSize *= 11.0 / 12.0;
        options.compact = true;
    }
    options.direction = firstInfo.direction;
    document.options = options;

    Context context{request,
                    {firstInfo, ContentHtml(m_repository, request.language, options)},
                    std::nullopt,
                    {},
                    {}};
    context.first.html.setNumberedSources(true);
    context.document = &document;
    QStringList locales{request.language};
    if (request.isBilingual()) {
        const LocaleInfo secondInfo =
            m_repository.locale(request.secondLanguage).value_or(LocaleInfo{});
        DocumentOptions secondOptions = options;
        secondOptions.direction = secondInfo.direction;
        context.second.emplace(HandoutLanguage{
            secondInfo, ContentHtml(m_repository, request.secondLanguage, secondOptions)});
        context.second->html.setNumberedSources(true);
        document.secondLanguage = request.secondLanguage;
        document.secondDirection = secondInfo.direction;
        locales.append(request.secondLanguage);
    }
    document.fontFamilies = handoutFontFamilies(locales);
    document.styleSheet = handoutStyleSheet(options, document.fontFamilies);

    const ContentHtml &html = context.first.html;
    const QDate date = request.date.isValid() ? request.date : QDate::currentDate();
    document.title = html.label(QStringLiteral("labels.handout_title"));
    QStringList clinic;
    if (!request.clinicName.trimmed().isEmpty()) {
        clinic.append(request.clinicName.trimmed());
    }
    if (!request.clinicPhone.trimmed().isEmpty()) {
        clinic.append(html.label(QStringLiteral("labels.phone")) + QLatin1Char(' ') +
                      leftToRight(request.clinicPhone.trimmed()));
    }
    document.clinicLine = clinic.join(QStringLiteral(" \u00b7 "));
    document.pageOf = html.label(QStringLiteral("labels.page_of"));
    document.printedOn = html.label(QStringLiteral("labels.printed_on"), {html.formatDate(date)});
    const QList<HandoutTopicRef> topics = resolveHandoutTopics(request, m_repository);
    QStringList topicIds;
    for (const HandoutTopicRef &ref : topics) {
        topicIds.append(ref.topic);
    }
    // The footer is on every page, so the review status and the translation mark are too: a
    // page taken out of the handout still says what it is.
    document.reviewLine = html.reviewLine(topicIds);
    const QString mark = html.translationMark();
    if (!mark.isEmpty()) {
        document.reviewLine += QStringLiteral(" \u00b7 ") + mark;
    }
    document.footerNotes.append(html.label(QStringLiteral("handout_footer")));
    if (context.second) {
        const QString secondMark = context.second->html.translationMark();
        document.footerNotes.append(
            context.second->html.label(QStringLiteral("handout_footer")) +
            (secondMark.isEmpty() ? QString() : QStringLiteral(" \u00b7 ") + secondMark));
    }
    // Safety first: the care cards come right after the title block and the note, so they are
    // on page 1 or 2 of every handout.
    const QString head = titleBlock(context) + noteBlock(context);
    const QString cards = careCardsBlock(context, ContentHtml::CardArrangement::UrgentBesideSoon);
    // The renderer falls back to this form when the pair of cards does not fit under the
    // emergency card on the first page.
    const QString stackedCards =
        options.onPaper() && !options.largePrint
            ? careCardsBlock(context, ContentHtml::CardArrangement::Stacked)
            : QString();
    QString body = contentsList(context, topics);
    body += topicsBody(context, topics);
    if (request.includeQuestions) {
        body += questionsBlock(context);
    }
    if (request.includeTeachBack) {
        body += teachBackBlock(context);
    }
    if (!context.cited.isEmpty()) {
        const QString heading = esc(context.both(QStringLiteral("sources_heading")));
        body += options.compact ? QStringLiteral("<h3>%1</h3>").arg(heading)
                                : QStringLiteral("<h2>%1</h2>").arg(heading);
        // Source titles are in English: in a right-to-left handout they read left to right.
        body += document.direction == Qt::RightToLeft
                    ? QStringLiteral("<div dir=\"ltr\">") + html.sourcesList(context.cited) +
                          QStringLiteral("</div>")
                    : html.sourcesList(context.cited);
    }
    body += closingBlock(context);

    document.bodyHtml = ContentHtml::resolveSourceNumbers(head + cards + body, context.cited);
    if (!stackedCards.isEmpty() && stackedCards != cards) {
        document.stackedCardsBodyHtml =
            ContentHtml::resolveSourceNumbers(head + stackedCards + body, context.cited);
    }
    for (const HandoutTopicRef &ref : topics) {
        document.topicIds.append(ref.topic);
    }
    document.citedSources = context.cited;
    return document;
}

QString HandoutDocumentBuilder::titleBlock(const Context &context) const {
    const ContentHtml &html = context.first.html;
    const HandoutRequest &request = context.request;
    // A paragraph, not <h1>: Qt's rich text sizes headings by their level whatever the style
    // says. The two-page handout keeps its title on one line.
    const DocumentOptions &options = html.options();
    const double titleSize =
        options.bodyPointSize() * (options.largePrint ? 1.25 : (options.compact ? 1.3 : 1.6));
    QString block =
        QStringLiteral("<p class=\"title\" style=\"font-size: %1pt; font-weight: 700;\">"
                       "%2</p>")
            .arg(titleSize, 0, 'f', 1)
            .arg(esc(html.label(QStringLiteral("labels.handout_title"))));
    if (context.second) {
        block += QStringLiteral("<p class=\"subtitle\"%1>%2</p>")
                     .arg(languageAttributes(context.second->info),
                          esc(context.second->html.label(QStringLiteral("labels.handout_title"))));
    }
    // Label and value rows, like the top of a clinic letter. Qt does not mirror table columns
    // for right-to-left text (browsers do, unless told dir="ltr"), so a right-to-left title block
    // is written with the label last: on the right, where an Arabic reader starts.
    const bool rightToLeft = context.first.info.direction == Qt::RightToLeft;
    const QString cellDir =
        QStringLiteral(" dir=\"%1\"").arg(dirAttribute(context.first.info.direction));
    QString rows;
    auto row = [&](const QString &labelKey, const QString &value) {
        if (value.trimmed().isEmpty()) {
            return;
        }
        const QString label = QStringLiteral("<td class=\"fieldname\"%1>%2</td>")
                                  .arg(cellDir, esc(context.both(labelKey)));
        const QString field =
            QStringLiteral("<td class=\"field\"%1>%2</td>").arg(cellDir, esc(value.trimmed()));
        rows += QStringLiteral("<tr>") + (rightToLeft ? field + label : label + field) +
                QStringLiteral("</tr>");
    };
    row(QStringLiteral("labels.prepared_for"), request.patientName);
    row(QStringLiteral("labels.clinic"), request.clinicName);
    if (!request.clinicPhone.trimmed().isEmpty()) {
        row(QStringLiteral("labels.phone"), leftToRight(request.clinicPhone.trimmed()));
    }
    if (options.compact) {
        // The two-page handout: the patient's name on one line under the title. The clinic's
        // name and phone are in the running header of every page and on the "soon" card, so
        // the short handout does not spend a third line on them.
        QStringList fields;
        auto field = [&](const QString &labelKey, const QString &value) {
            if (!value.trimmed().isEmpty()) {
                fields.append(QStringLiteral("<b>%1:</b> %2")
                                  .arg(esc(context.both(labelKey)), esc(value.trimmed())));
            }
        };
        field(QStringLiteral("labels.prepared_for"), request.patientName);
        if (!fields.isEmpty()) {
            block += QStringLiteral("<p>%1</p>").arg(fields.join(QStringLiteral(" \u00b7 ")));
        }
        rows.clear();
    }
    // The date printed is in every page's footer; the title block repeats it only beside the
    // patient's or clinic's details, like a clinic letter.
    if (!rows.isEmpty()) {
        const QDate date = request.date.isValid() ? request.date : QDate::currentDate();
        rows +=
            QStringLiteral("<tr><td class=\"fieldname\" colspan=\"2\"%1>%2</td></tr>")
                .arg(cellDir,
                     esc(html.label(QStringLiteral("labels.printed_on"), {html.formatDate(date)})));
    }
    if (!rows.isEmpty()) {
        block += QStringLiteral("<table class=\"titleblock\" cellspacing=\"0\" cellpadding=\"2\"%1>"
                                "%2</table>")
                     .arg(rightToLeft ? QStringLiteral(" dir=\"ltr\" align=\"right\"") : QString(),
                          rows);
    }
    // Whom the handout speaks to: the text says "you or your child"; a chosen condition says
    // which of the two this copy is for (a child: juvenile dermatomyositis).
    if (!request.condition.isEmpty()) {
        const QString key = request.condition == QStringLiteral("juvenile-dermatomyositis")
                                ? QStringLiteral("labels.handout_for_child")
                                : QStringLiteral("labels.handout_for_person");
        auto line = [&](const ContentHtml &language) -> QString {
            return language.label(
                key, {language.label(QStringLiteral("conditions.") + request.condition)});
        };
        block += QStringLiteral("<p class=\"audience\"><b>%1</b></p>").arg(esc(line(html)));
        if (context.second) {
            block +=
                QStringLiteral("<p class=\"audience\"%1><b>%2</b></p>")
                    .arg(languageAttributes(context.second->info), esc(line(context.second->html)));
        }
    }
    block += html.translationNotice();
    if (context.second) {
        const QString notice = context.second->html.translationNotice();
        if (!notice.isEmpty()) {
            block += QStringLiteral("<div%1>%2</div>")
                         .arg(languageAttributes(context.second->info), notice);
        }
    }
    return block;
}

QString HandoutDocumentBuilder::noteBlock(const Context &context) const {
    const QString note = context.request.clinicianNote.trimmed();
    if (note.isEmpty()) {
        return {};
    }
    QString paragraphs;
    for (const QString &line : note.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            paragraphs += QStringLiteral("<p>%1</p>").arg(esc(line.trimmed()));
        }
    }
    return QStringLiteral("<table class=\"note\" width=\"100%\" cellspacing=\"0\" "
                          "cellpadding=\"10\" border=\"1\" style=\"border-style: solid; "
                          "border-color: #000000;\"><tr><td><h3 class=\"note\">%1</h3>%2"
                          "</td></tr></table>")
        .arg(esc(context.both(QStringLiteral("labels.clinician_note"))), paragraphs);
}

QString HandoutDocumentBuilder::contentsList(const Context &context,
                                             const QList<HandoutTopicRef> &topics) const {
    if (topics.size() < 3) {
        return {};
    }
    // One line per section: "Overview: first topic · second topic", short enough for page one.
    const QString locale = context.first.html.locale();
    QString lines;
    QString currentSection;
    QStringList titles;
    auto flush = [&]() {
        if (!titles.isEmpty()) {
            const auto section = m_repository.section(currentSection, locale);
            lines += QStringLiteral("<li><b>%1:</b> %2</li>")
                         .arg(esc(section ? section->title : currentSection),
                              esc(titles.join(QStringLiteral(" \u00b7 "))));
        }
        titles.clear();
    };
    for (const HandoutTopicRef &ref : topics) {
        if (ref.section != currentSection) {
            flush();
            currentSection = ref.section;
        }
        if (const auto topic = m_repository.topic(ref.topic, locale)) {
            titles.append(topic->title);
        }
    }
    flush();
    return QStringLiteral("<h2>%1</h2><ul class=\"contents\">%2</ul>")
        .arg(esc(context.first.html.label(QStringLiteral("labels.contents"))), lines);
}

QString HandoutDocumentBuilder::topicsBody(Context &context,
                                           const QList<HandoutTopicRef> &topics) const {
    const QString firstLocale = context.first.html.locale();
    QString body;
    QString currentSection;
    for (const HandoutTopicRef &ref : topics) {
        // A one-topic handout (the key points) needs no section heading above its topic.
        if (ref.section != currentSection && topics.size() > 1) {
            currentSection = ref.section;
            QString title =
                m_repository.section(ref.section, firstLocale).value_or(Section{}).title;
            if (context.second) {
                const QString other =
                    m_repository.section(ref.section, context.second->html.locale())
                        .value_or(Section{})
                        .title;
                if (other != title) {
                    title += QStringLiteral(" / ") + other;
                }
            }
            body += QStringLiteral("<h1 class=\"section\">%1</h1>").arg(esc(title));
        }
        const auto topic = m_repository.topic(ref.topic, firstLocale);
        if (!topic) {
            continue;
        }
        appendUnique(context.cited, topic->sources);
        QString translation;
        if (context.second) {
            const auto other = m_repository.topic(ref.topic, context.second->html.locale());
            // An untranslated passage would repeat the English word for word: say so instead.
            const bool repeatsFirst =
                other && other->fallback && (topic->fallback || firstLocale == kSourceLocale);
            translation = repeatsFirst || !other ? context.second->html.fallbackNote()
                                                 : context.second->html.topic(*other, 2);
        }
        body += context.passage(context.first.html.topic(*topic, 2), translation);
        body += paperToolBlock(context, paperToolAfter(ref.topic));
    }
    return body;
}

QString HandoutDocumentBuilder::bodyMapPicture(Context &context) const {
    // Only for a chosen condition: the screen's map shows one condition at a time, and a
    // picture of every condition's places at once would tell a patient nothing.
    const QString &condition = context.request.condition;
    if (condition.isEmpty()) {
        return {};
    }
    const ContentHtml &html = context.first.html;
    const QStringList regions = bodySiteRegions(m_repository, html.locale(), condition);
    if (regions.isEmpty()) {
        return {};
    }
    // About 75 mm wide on the page, drawn at 300 dpi.
    const DocumentOptions &options = html.options();
    const double widthPx = options.largePrint ? 380 : 285; // at 96 dpi
    QFont font;
    font.setFamilies(context.document->fontFamilies);
    font.setPixelSize(int(options.bodyPointSize() * 300.0 / 72.0));
    const QImage image = paperBodyMap(regions, context.both(QStringLiteral("labels.front")),
                                      context.both(QStringLiteral("labels.back")),
                                      int(widthPx * 300.0 / 96.0), font);
    if (image.isNull()) {
        return {};
    }
    context.document->images.insert(kBodyMapImageName, image);
    return QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" alt=\"%3\"></p>")
        .arg(kBodyMapImageName)
        .arg(widthPx)
        .arg(esc(html.label(QStringLiteral("body_map_alt"))));
}

QString HandoutDocumentBuilder::paperToolBlock(Context &context, PaperTool tool) const {
    if (tool == PaperTool::None || context.printedTools.contains(int(tool))) {
        return {};
    }
    context.printedTools.append(int(tool));
    const QString firstLocale = context.first.html.locale();
    const QList<Item> items = paperChecklistItems(m_repository, tool, firstLocale);
    if (items.isEmpty()) {
        QString translation;
        if (context.second) {
            translation = paperTable(m_repository, context.second->html, tool,
                                     context.request.condition, context.cited);
        }
        QString block = context.passage(paperTable(m_repository, context.first.html, tool,
                                                   context.request.condition, context.cited),
                                        translation);
        if (tool == PaperTool::BodySites) {
            block += bodyMapPicture(context);
        }
        return block;
    }
    const bool signs = tool == PaperTool::SignsChecklist;
    QStringList lines;
    for (const Item &item : items) {
        lines.append(item.name);
        appendUnique(context.cited, item.sources);
    }
    QStringList translations;
    if (context.second) {
        for (const Item &item :
             paperChecklistItems(m_repository, tool, context.second->html.locale())) {
            translations.append(item.name);
        }
    }
    QString block = QStringLiteral("<h3>%1</h3><p class=\"hint\">%2</p>")
                        .arg(esc(context.both(signs ? QStringLiteral("signs_checklist_heading")
                                                    : QStringLiteral("self_care_heading"))),
                             esc(context.both(signs ? QStringLiteral("signs_checklist_hint")
                                                    : QStringLiteral("checklist_hint"))));
    block += context.second
                 ? context.first.html.checklist(lines, translations, context.second->info.direction)
                 : context.first.html.checklist(lines);
    return block;
}

QString HandoutDocumentBuilder::careCardsBlock(Context &context,
                                               ContentHtml::CardArrangement arrangement) const {
    const QList<CareCard> cards = m_repository.careCards(context.first.html.locale());
    for (const CareCard &card : cards) {
        for (const RedFlag &flag : card.signs) {
            appendUnique(context.cited, flag.sources);
        }
    }
    // The clinic's name and phone beside "Talk to your care team", where a patient looks for
    // whom to call.
    const HandoutRequest &request = context.request;
    auto contact = [&request](const ContentHtml &html) {
        QStringList parts;
        if (!request.clinicName.trimmed().isEmpty()) {
            parts.append(html.label(QStringLiteral("labels.clinic")) + QStringLiteral(": ") +
                         request.clinicName.trimmed());
        }
        if (!request.clinicPhone.trimmed().isEmpty()) {
            parts.append(html.label(QStringLiteral("labels.phone")) + QStringLiteral(": ") +
                         leftToRight(request.clinicPhone.trimmed()));
        }
        return parts.join(QStringLiteral(" \u00b7 "));
    };
    QString translation;
    if (context.second) {
        translation =
            context.second->html.careCards(m_repository.careCards(context.second->html.locale()),
                                           contact(context.second->html), arrangement);
    }
    return context.passage(
        context.first.html.careCards(cards, contact(context.first.html), arrangement), translation);
}

QString HandoutDocumentBuilder::questionsBlock(Context &context) const {
    const Page section = Page::Living;
    const QString kind = QStringLiteral("question");
    // A preset may print only a few questions (the two-page handout has no room for all).
    const auto preset = findHandoutPreset(context.request.preset);
    const QStringList chosen = preset ? preset->questionIds : QStringList();
    auto wanted = [&chosen](const Item &item) {
        return chosen.isEmpty() || chosen.contains(item.id);
    };
    const QList<Item> questions = m_repository.items(section, context.first.html.locale(), kind);
    QStringList lines;
    for (const Item &question : questions) {
        if (wanted(question)) {
            lines.append(question.name);
            appendUnique(context.cited, question.sources);
        }
    }
    QStringList translations;
    if (context.second) {
        const QList<Item> others = m_repository.items(section, context.second->html.locale(), kind);
        for (const Item &other : others) {
            if (wanted(other)) {
                translations.append(other.name);
            }
        }
    }
    QString block = QStringLiteral("<h2>%1</h2><p class=\"hint\">%2</p>")
                        .arg(esc(context.both(QStringLiteral("questions_heading"))),
                             esc(context.both(QStringLiteral("checklist_hint"))));
    // Two empty lines for the reader's own questions, written by hand.
    const QString blank = QString(36, QLatin1Char('_'));
    lines << blank << blank;
    translations << QString() << QString();
    block += context.second
                 ? context.first.html.checklist(lines, translations, context.second->info.direction)
                 : context.first.html.checklist(lines);
    return block;
}

QString HandoutDocumentBuilder::teachBackBlock(const Context &context) const {
    QStringList lines;
    QStringList translations;
    for (const QString &id : teachBackIds()) {
        const QString key = QStringLiteral("teach_back.") + id;
        lines.append(context.first.html.label(key));
        if (context.second) {
            translations.append(context.second->html.label(key));
        }
    }
    QString block = QStringLiteral("<h2>%1</h2><p class=\"hint\">%2</p>")
                        .arg(esc(context.both(QStringLiteral("labels.teach_back_heading"))),
                             esc(context.both(QStringLiteral("labels.teach_back_hint"))));
    block += context.second
                 ? context.first.html.checklist(lines, translations, context.second->info.direction)
                 : context.first.html.checklist(lines);
    return block;
}

QString HandoutDocumentBuilder::closingBlock(const Context &context) const {
    // Every page's footer carries the short disclaimer; a compact handout has no room to
    // repeat it in full.
    if (context.first.html.options().compact) {
        return {};
    }
    QString block = QStringLiteral("<hr/>") + context.first.html.disclaimer();
    if (context.second) {
        block +=
            QStringLiteral("<div%1>%2</div>")
                .arg(languageAttributes(context.second->info), context.second->html.disclaimer());
    }
    return block;
}

QString HandoutDocument::textDocumentHtml() const {
    return textDocumentHtml(bodyHtml);
}

QString HandoutDocument::textDocumentHtml(const QString &body) const {
    return QStringLiteral("<html><body dir=\"%1\">%2</body></html>")
        .arg(dirAttribute(direction), body);
}

} // namespace cg
