// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/model.h"
#include "speech/speech_text.h"

#include <QList>
#include <QString>

namespace cg {

class ContentRepository;

// One sentence to read aloud.
struct Utterance {
    QString anchor; // the topic, item, term or care card it belongs to; empty for the page top
    QString shown;  // the sentence as on screen, to find and highlight it there
    QString spoken; // what the speech engine is given
};

// What a page says when read aloud, built from the same content as the views (not from the
// widgets): headings, then their text, sentence by sentence, in the view's order and the
// content language. Every care card is read in full, its heading first. No widgets, no speech
// engine: the reader in app/speech_ui speaks what this gives.
class SpeechScript {
public:
    SpeechScript(const ContentRepository &repository, QString locale);

    const QString &locale() const { return m_locale; }
    const SpeechText &text() const { return m_text; }

    // Every sentence of a page, in the order its view shows them.
    QList<Utterance> page(Page page) const;
    // A passage the reader chose (a selection), said the same way.
    QList<Utterance> passage(const QString &text, const QString &anchor = QString()) const;
    // "Say this word": a glossary term's name, or nothing for an unknown id.
    QList<Utterance> term(const QString &termId) const;

private:
    void add(QList<Utterance> &out, const QString &anchor, const QString &text) const;
    void add(QList<Utterance> &out, const QString &anchor, const QString &text,
             const SpeechText &rules) const;
    void addLabelled(QList<Utterance> &out, const QString &anchor, const QString &labelKey,
                     const QString &value) const;
    void addSectionTop(QList<Utterance> &out, Page section) const;
    void addItem(QList<Utterance> &out, const Item &item) const;
    void addItems(QList<Utterance> &out, Page section) const;
    void addTopics(QList<Utterance> &out, Page section) const;
    void addCareCards(QList<Utterance> &out) const;
    void addGlossary(QList<Utterance> &out) const;
    void addSources(QList<Utterance> &out) const;
    QString label(const QString &key) const;

    const ContentRepository &m_repository;
    QString m_locale;
    QList<GlossaryTerm> m_glossary;
    QList<GlossaryTerm> m_englishGlossary;
    SpeechText m_text;
    SpeechText m_englishText; // the sources' titles, which are English in every language
};

} // namespace cg
