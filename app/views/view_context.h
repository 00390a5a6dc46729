// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/model.h"
#include "content/place.h"
#include "document/document_options.h"
#include "document/document_style.h"
#include "document/glossary_marker.h"

#include <QFont>
#include <QObject>
#include <memory>
#include <optional>

namespace cg {

class ContentHtml;
class ContentRepository;

// What every view shares: the content, the reading language, how documents are dressed (palette,
// text size, direction) and the glossary of the current language. Views read through it and
// reload when it announces a change, so a language switch or a bigger text size reaches every
// built view, and views that were never shown cost nothing.
class ViewContext : public QObject {
    Q_OBJECT

public:
    explicit ViewContext(const ContentRepository &repository, QObject *parent = nullptr);
    ~ViewContext() override;

    const ContentRepository &repository() const { return m_repository; }
    const QString &locale() const { return m_locale; }
    const DocumentOptions &options() const { return m_options; }
    DocumentColors colors() const { return documentColors(m_options); }

    void setLocale(const QString &locale);
    void setOptions(const DocumentOptions &options);

    // The content-to-HTML builder for the current language and options.
    const ContentHtml &html() const;
    // The style sheet for every document a view shows.
    QString styleSheet() const;
    // The body font at the reader's text size; reading columns are measured in it.
    QFont bodyFont() const;
    // About 75 characters of body text: the widest a reading column should get.
    int readingWidth() const;

    const QList<GlossaryTerm> &glossary() const;
    std::optional<GlossaryTerm> term(const QString &id) const;
    // Marks glossary words in an HTML fragment (see GlossaryMarker).
    QString markTerms(const QString &html, const QSet<QString> &skip = {}) const;

    // A topic as shown in a view: ContentHtml::topic with glossary words marked, then its
    // sources and the last-reviewed line.
    QString topicHtml(const Topic &topic) const;
    QString topicsHtml(const QList<Topic> &topics) const;

    // The top of a section: its title, a note when it is not translated, its summary in a tinted
    // box and, when given, an "On this page" line of links (#id) to its parts.
    // With `framing`, that text takes the tinted box and the section summary becomes the lead
    // paragraph above it.
    QString sectionHeaderHtml(Page sectionPage, const QList<QPair<QString, QString>> &contents = {},
                              const QString &framing = QString()) const;
    // A bordered card around an HTML fragment (items, facts); Qt's rich text draws boxes as
    // one-cell tables.
    QString cardHtml(const QString &innerHtml) const;
    // ContentHtml::label and ::evidenceBadge, remembered per language: cards ask for the same few
    // texts many times, and each answer is a database query.
    QString cachedLabel(const QString &key) const;
    QString cachedEvidenceBadge(const QString &evidenceId) const;
    // A structured item as a card: ContentHtml::item, then a quiet "Sources" link whose hover
    // text names them (the full list is one click away).
    QString itemCardHtml(const Item &item) const;
    QString cardBorderColor() const;

    // Hover text for a link in a document: a glossary definition or an evidence note.
    QString toolTipFor(const Link &link) const;

    // The section a topic or an item belongs to, or nothing.
    std::optional<Page> sectionOfTopic(const QString &topicId) const;
    std::optional<Page> sectionOfItem(const QString &itemId) const;

Q_SIGNALS:
    // The language or the options changed: views reload what they show.
    void changed();

private:
    void invalidate();

    const ContentRepository &m_repository;
    QString m_locale = kSourceLocale;
    DocumentOptions m_options;
    mutable std::unique_ptr<ContentHtml> m_html;
    mutable std::optional<QList<GlossaryTerm>> m_glossary;
    mutable std::optional<GlossaryMarker> m_marker;
    mutable QHash<QString, Page> m_itemSections;
    mutable QHash<QString, QString> m_labels;
};

} // namespace cg
