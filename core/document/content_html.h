// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/model.h"
#include "document/document_options.h"

#include <QHash>
#include <QString>
#include <optional>

namespace cg {

class ContentRepository;

// Turns content into HTML fragments for QTextDocument: the one route from content to the
// screen and to paper. Labels inside the fragments come from the content's strings in the
// document's language (a handout may be in another language than the window); entries that
// fell back to English carry a visible note.
class ContentHtml {
public:
    ContentHtml(const ContentRepository &repository, QString locale, DocumentOptions options);

    const QString &locale() const { return m_locale; }
    const DocumentOptions &options() const { return m_options; }

    // Paper: a topic's "Sources:" line names the sources by their numbers in the list at the
    // end. The numbers are known only once the whole handout is written, so the line holds a
    // reference token that resolveSourceNumbers() turns into "1, 3, 5".
    void setNumberedSources(bool numbered) { m_numberedSources = numbered; }
    static QString resolveSourceNumbers(const QString &html, const QStringList &order);

    // A label from strings.yaml ("labels.page_of", "regions.knees"), with %1.. filled in.
    QString label(const QString &key, const QStringList &arguments = {}) const;
    // The raw localised string, for callers that need to know about fallback.
    LocalizedString string(const QString &key) const;

    QString summaryBox(const QString &text) const;
    QString fallbackNote() const;
    QString translationNotice() const; // "Translated, awaiting clinical review." or empty
    QString disclaimer() const;
    // "Written 1 December 2026; not yet reviewed by a clinician · Content version 1.0.0", or
    // "Reviewed by a clinician (role) on date · ..." when every topic listed (every topic when
    // none is) has a sign-off in this language.
    QString reviewLine(const QStringList &topicIds = {}) const;
    QString reviewStatus(const QStringList &topicIds = {}) const;
    // The plain-text translation mark ("Translated, awaiting clinical review"), or empty.
    QString translationMark() const;

    // A topic: heading, summary box, body, sources. headingLevel 1 or 2.
    QString topic(const Topic &topic, int headingLevel = 2) const;
    // One structured item as a compact block: name, summary, extra fields, badge, detail.
    QString item(const Item &item) const;
    QString evidenceBadge(const QString &evidenceId) const;

    // `contact` ("Clinic: ... · Phone: ...") is printed on the "talk to your care team" card.
    // `narrow`: the card shares the width with another (paper), so its signs stay in one column.
    QString careCard(const CareCard &card, const QString &contact = QString(),
                     bool narrow = false) const;
    // How the three care cards sit on paper: the urgent and "soon" cards side by side under
    // the emergency card (shortest), or all three across the page, one under another (each
    // card can then move to the next page on its own). The screen always stacks them.
    enum class CardArrangement { UrgentBesideSoon, Stacked };
    QString careCards(const QList<CareCard> &cards, const QString &contact = QString(),
                      CardArrangement arrangement = CardArrangement::UrgentBesideSoon) const;

    // Empty boxes on paper (to tick with a pen); the screen uses real checkboxes instead.
    QString checklist(const QStringList &lines) const;
    // The same for two languages: each line with its translation below it, in one row, so a
    // reader of either language ticks the same box. The translation is written in its own
    // direction; a missing or empty translation is left out.
    QString checklist(const QStringList &lines, const QStringList &translations,
                      Qt::LayoutDirection translationDirection) const;

    QString sourcesLine(const QStringList &sourceIds) const;
    // The sources `sourceIds` (all when empty). On screen each entry has the anchor
    // "source-<id>", and the `marked` ones (a card's "Sources" link) are highlighted.
    QString sourcesList(const QStringList &sourceIds = {}, const QStringList &marked = {}) const;
    QString formatDate(const QDate &date) const;

private:
    QString paragraphs(const QString &text) const;

    const ContentRepository &m_repository;
    QString m_locale;
    mutable std::optional<QHash<QString, ReviewRecord>> m_reviews; // loaded when first needed
    DocumentOptions m_options;
    bool m_numberedSources = false;
    QHash<QString, Source> m_sources;
    QStringList m_sourceOrder;
};

} // namespace cg
