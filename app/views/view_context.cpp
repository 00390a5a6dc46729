// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/view_context.h"

#include "content/content_repository.h"
#include "document/content_html.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QtMath>

namespace cg {

ViewContext::ViewContext(const ContentRepository &repository, QObject *parent)
    : QObject(parent), m_repository(repository) {}

ViewContext::~ViewContext() = default;

void ViewContext::invalidate() {
    m_html.reset();
    m_labels.clear();
    m_glossary.reset();
    m_marker.reset();
}

void ViewContext::setLocale(const QString &locale) {
    if (locale == m_locale || locale.isEmpty()) {
        return;
    }
    m_locale = locale;
    const auto info = m_repository.locale(locale);
    m_options.direction = info ? info->direction : Qt::LeftToRight;
    invalidate();
    Q_EMIT changed();
}

void ViewContext::setOptions(const DocumentOptions &options) {
    DocumentOptions next = options;
    next.direction = m_options.direction; // the language decides the direction
    if (next.palette == m_options.palette && next.basePointSize == m_options.basePointSize &&
        next.largePrint == m_options.largePrint && next.medium == m_options.medium) {
        return;
    }
    m_options = next;
    m_html.reset();
    Q_EMIT changed();
}

const ContentHtml &ViewContext::html() const {
    if (!m_html) {
        m_html = std::make_unique<ContentHtml>(m_repository, m_locale, m_options);
    }
    return *m_html;
}

QString ViewContext::styleSheet() const {
    const DocumentColors c = colors();
    // Glossary words: the text colour with a dotted underline, quieter than a real link.
    return documentStyleSheet(m_options) +
           QStringLiteral("a.term { color: %1; text-decoration: underline; }\n"
                          "a.cite { color: %3; }\n"
                          "h1 { color: %1; }\n"
                          "td.card { background-color: %2; }\n")
               .arg(c.text, c.background, c.muted);
}

QFont ViewContext::bodyFont() const {
    QFont font = QGuiApplication::font();
    font.setPointSizeF(m_options.bodyPointSize());
    return font;
}

int ViewContext::readingWidth() const {
    const QFontMetricsF metrics(bodyFont());
    // averageCharWidth follows the font's own letters, so the column holds about 75 of them.
    return qCeil(metrics.averageCharWidth() * 75.0);
}

const QList<GlossaryTerm> &ViewContext::glossary() const {
    if (!m_glossary) {
        m_glossary = m_repository.glossary(m_locale);
    }
    return *m_glossary;
}

std::optional<GlossaryTerm> ViewContext::term(const QString &id) const {
    for (const GlossaryTerm &entry : glossary()) {
        if (entry.id == id) {
            return entry;
        }
    }
    return std::nullopt;
}

QString ViewContext::markTerms(const QString &html, const QSet<QString> &skip) const {
    if (!m_marker) {
        m_marker.emplace(glossary(), m_locale);
    }
    return m_marker->mark(html, GlossaryMarker::Scope::FirstOccurrence, skip);
}

QString ViewContext::topicHtml(const Topic &topic) const {
    const ContentHtml &builder = html();
    QString body = builder.topic(topic, 2);
    // Source titles are names, not text to explain: mark the topic without its sources line.
    const QString sources = builder.sourcesLine(topic.sources);
    if (!sources.isEmpty() && body.endsWith(sources)) {
        body.chop(sources.size());
    }
    return markTerms(body) + sources +
           QStringLiteral("<p class=\"muted\">%1</p>")
               .arg(builder.reviewLine({topic.id}).toHtmlEscaped());
}

QString ViewContext::topicsHtml(const QList<Topic> &topics) const {
    QString result;
    for (const Topic &topic : topics) {
        result += topicHtml(topic);
    }
    return result;
}

QString ViewContext::sectionHeaderHtml(Page sectionPage,
                                       const QList<QPair<QString, QString>> &contents,
                                       const QString &framing) const {
    const ContentHtml &builder = html();
    const auto section = m_repository.section(sectionPage, m_locale);
    if (!section) {
        return {};
    }
    QString result = QStringLiteral("<h1>%1</h1>").arg(section->title.toHtmlEscaped());
    if (section->fallback) {
        result += builder.fallbackNote();
    }
    result += builder.translationNotice();
    if (framing.isEmpty()) {
        result += markTerms(builder.summaryBox(section->summary));
    } else {
        result += markTerms(QStringLiteral("<p>%1</p>").arg(section->summary.toHtmlEscaped()) +
                            builder.summaryBox(framing));
    }
    if (!contents.isEmpty()) {
        QStringList links;
        for (const auto &entry : contents) {
            links.append(QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(Link::anchor(entry.first).href().toHtmlEscaped(),
                                  entry.second.toHtmlEscaped()));
        }
        result += QStringLiteral("<p style=\"margin-top: 10px;\"><b>%1</b> %2</p>")
                      .arg(tr("On this page:").toHtmlEscaped(),
                           links.join(QStringLiteral(" &nbsp;\u00b7&nbsp; ")));
    }
    return result;
}

QString ViewContext::cardBorderColor() const {
    // A quiet grey frame (NHS.uk cards): the words inside carry the meaning, not the frame.
    switch (m_options.palette) {
    case DocumentOptions::Palette::Dark:
        return QStringLiteral("#5b6b75");
    case DocumentOptions::Palette::HighContrast:
        return QStringLiteral("#000000");
    case DocumentOptions::Palette::Light:
        break;
    }
    return QStringLiteral("#b9c3c9");
}

QString ViewContext::cardHtml(const QString &innerHtml) const {
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"12\" border=\"1\" "
                          "style=\"border-color: %1; border-style: solid; margin-bottom: 10px;\">"
                          "<tr><td class=\"card\">%2</td></tr></table>")
        .arg(cardBorderColor(), innerHtml);
}

QString ViewContext::cachedLabel(const QString &key) const {
    auto it = m_labels.constFind(key);
    if (it == m_labels.constEnd()) {
        it = m_labels.insert(key, html().label(key));
    }
    return *it;
}

QString ViewContext::cachedEvidenceBadge(const QString &evidenceId) const {
    const QString key = QStringLiteral("\x01badge:") + evidenceId;
    auto it = m_labels.constFind(key);
    if (it == m_labels.constEnd()) {
        it = m_labels.insert(key, html().evidenceBadge(evidenceId));
    }
    return *it;
}

QString ViewContext::itemCardHtml(const Item &item) const {
    const ContentHtml &builder = html();
    QString inner = builder.item(item);
    if (!item.sources.isEmpty()) {
        inner += QStringLiteral("<p class=\"muted\"><a class=\"cite\" href=\"%1\">%2</a></p>")
                     .arg(Link::sources(item.sources).href().toHtmlEscaped(),
                          cachedLabel(QStringLiteral("sources_heading")).toHtmlEscaped());
    }
    return cardHtml(inner);
}

QString ViewContext::toolTipFor(const Link &link) const {
    if (link.kind == Link::Kind::Sources) {
        return html().sourcesLine(link.sourceIds());
    }
    if (link.opensGlossaryTerm()) {
        const auto entry = term(link.id);
        if (!entry) {
            return {};
        }
        // The word's context menu can say it ("Say This Word", app/speech_ui): the pop-up
        // says how to reach it, by mouse and by keyboard.
        return QStringLiteral("<p><b>%1</b></p><p>%2</p><p><i>%3</i></p>")
            .arg(entry->term.toHtmlEscaped(), entry->definition.toHtmlEscaped(),
                 tr("Right-click or press the Menu key to hear this word.").toHtmlEscaped());
    }
    if (link.kind == Link::Kind::Evidence) {
        const ContentHtml &builder = html();
        const QString &id = link.id;
        return QStringLiteral("<p><b>%1</b></p><p>%2</p>")
            .arg(builder.label(QStringLiteral("evidence.") + id + QStringLiteral(".label"))
                     .toHtmlEscaped(),
                 builder.label(QStringLiteral("evidence.") + id + QStringLiteral(".note"))
                     .toHtmlEscaped());
    }
    return {};
}

std::optional<Page> ViewContext::sectionOfTopic(const QString &topicId) const {
    const auto topic = m_repository.topic(topicId, m_locale);
    return topic ? pageFromKey(topic->section) : std::nullopt;
}

std::optional<Page> ViewContext::sectionOfItem(const QString &itemId) const {
    if (m_itemSections.isEmpty()) {
        for (const Page section : kSectionPages) {
            const QList<Item> items = m_repository.items(section, m_locale);
            for (const Item &item : items) {
                m_itemSections.insert(item.id, section);
            }
        }
    }
    const auto found = m_itemSections.constFind(itemId);
    return found != m_itemSections.constEnd() ? std::optional<Page>(*found) : std::nullopt;
}

} // namespace cg
