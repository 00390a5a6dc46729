// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/speech_script.h"

#include "content/content_repository.h"

#include <QCollator>
#include <QLocale>

namespace cg {

SpeechScript::SpeechScript(const ContentRepository &repository, QString locale)
    : m_repository(repository), m_locale(std::move(locale)),
      m_glossary(repository.glossary(m_locale)),
      m_englishGlossary(repository.glossary(QStringLiteral("en"))),
      m_text(m_locale, glossaryAbbreviations(m_glossary, m_englishGlossary),
             glossaryShortForms(m_glossary)),
      m_englishText(QStringLiteral("en"), glossaryAbbreviations(m_englishGlossary),
                    glossaryShortForms(m_englishGlossary)) {}

QString SpeechScript::label(const QString &key) const {
    return m_repository.string(key, m_locale).text;
}

void SpeechScript::add(QList<Utterance> &out, const QString &anchor, const QString &text) const {
    add(out, anchor, text, m_text);
}

void SpeechScript::add(QList<Utterance> &out, const QString &anchor, const QString &text,
                       const SpeechText &rules) const {
    const QStringList sentences = rules.sentences(text);
    for (const QString &sentence : sentences) {
        const QString spoken = rules.spoken(sentence);
        if (!spoken.isEmpty()) {
            out.append({anchor, sentence, spoken});
        }
    }
}

void SpeechScript::addLabelled(QList<Utterance> &out, const QString &anchor,
                               const QString &labelKey, const QString &value) const {
    if (value.isEmpty()) {
        return;
    }
    // As the card shows it: "What it shows: ..." on one line.
    add(out, anchor, label(labelKey) + QStringLiteral(": ") + value);
}

void SpeechScript::addSectionTop(QList<Utterance> &out, Page section) const {
    const auto top = m_repository.section(section, m_locale);
    if (!top) {
        return;
    }
    add(out, QString(), top->title);
    add(out, QString(), top->summary);
    if (section == Page::Treatment) {
        add(out, QString(), label(QStringLiteral("care_team_decides")));
    }
}

void SpeechScript::addItem(QList<Utterance> &out, const Item &item) const {
    add(out, item.id, item.name);
    if (item.kind == QStringLiteral("question")) {
        return; // the checklist of questions shows each question alone
    }
    add(out, item.id, item.summary);
    addLabelled(out, item.id, QStringLiteral("labels.shows"), item.shows);
    addLabelled(out, item.id, QStringLiteral("labels.expect"), item.expect);
    if (!item.evidence.isEmpty()) {
        add(out, item.id, label(QStringLiteral("labels.evidence")));
        add(out, item.id,
            label(QStringLiteral("evidence.") + item.evidence + QStringLiteral(".label")));
        add(out, item.id, item.evidenceNote);
    }
    if (item.kind == QStringLiteral("type") && !item.bloodCalcium.isEmpty()) {
        addLabelled(out, item.id, QStringLiteral("labels.blood_calcium"),
                    label(QStringLiteral("blood_calcium.") + item.bloodCalcium));
    }
    if (!item.lesionSize.isEmpty()) {
        add(out, item.id, label(QStringLiteral("lesion_size.") + item.lesionSize));
    }
    add(out, item.id, item.detailText);
}

void SpeechScript::addItems(QList<Utterance> &out, Page section) const {
    const QList<Item> items = m_repository.items(section, m_locale);
    const QList<Category> categories = m_repository.categories(section, m_locale);
    // Category by category, as the views group them; an item of no listed category comes last.
    QStringList read;
    for (const Category &category : categories) {
        bool headed = false;
        for (const Item &item : items) {
            if (item.category != category.id) {
                continue;
            }
            if (!headed) {
                add(out, item.id, category.label);
                headed = true;
            }
            addItem(out, item);
            read.append(item.id);
        }
    }
    for (const Item &item : items) {
        if (!read.contains(item.id)) {
            addItem(out, item);
        }
    }
}

void SpeechScript::addTopics(QList<Utterance> &out, Page section) const {
    const QList<Topic> topics = m_repository.topics(section, m_locale);
    for (const Topic &topic : topics) {
        add(out, topic.id, topic.title);
        add(out, topic.id, topic.bodyText);
    }
}

void SpeechScript::addCareCards(QList<Utterance> &out) const {
    const QList<CareCard> cards = m_repository.careCards(m_locale);
    if (cards.isEmpty()) {
        return;
    }
    const QString anchor = QStringLiteral("care-cards");
    add(out, anchor, label(QStringLiteral("labels.get_medical_help")));
    for (const CareCard &card : cards) {
        const QString cardAnchor = QStringLiteral("care:") + card.urgency;
        // As the card and the handout show it: the heading ("Get emergency help now if"), the
        // signs it leads into, then what to do.
        add(out, cardAnchor, card.heading);
        for (const RedFlag &sign : card.signs) {
            add(out, cardAnchor, sign.text);
        }
        add(out, cardAnchor, card.advice);
    }
}

void SpeechScript::addGlossary(QList<Utterance> &out) const {
    // The glossary view's order: the language's own alphabetical order.
    QList<GlossaryTerm> terms = m_glossary;
    QCollator collator{QLocale(m_locale)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(terms.begin(), terms.end(), [&](const GlossaryTerm &a, const GlossaryTerm &b) {
        return collator.compare(a.term, b.term) < 0;
    });
    for (const GlossaryTerm &entry : std::as_const(terms)) {
        add(out, entry.id, entry.term);
        add(out, entry.id, entry.definition);
    }
}

void SpeechScript::addSources(QList<Utterance> &out) const {
    add(out, QStringLiteral("about"), label(QStringLiteral("disclaimer")));
    const QList<Source> sources = m_repository.sources();
    // The titles are English whatever the language: their numbers and ranges ("1996-2009")
    // are said by English rules, not with the content language's words.
    for (const Source &source : sources) {
        add(out, source.id, source.title, m_englishText);
    }
}

QList<Utterance> SpeechScript::page(Page page) const {
    QList<Utterance> out;
    switch (page) {
    case Page::Glossary:
        addGlossary(out);
        break;
    case Page::Sources:
        addSources(out);
        break;
    case Page::Living:
        // The living view puts its topics before its checklists, and the care cards beside.
        addSectionTop(out, page);
        addTopics(out, page);
        addItems(out, page);
        addCareCards(out);
        break;
    case Page::Overview:
    case Page::Causes:
    case Page::Diagnosis:
    case Page::Treatment:
        addSectionTop(out, page);
        addItems(out, page);
        addTopics(out, page);
        break;
    }
    return out;
}

QList<Utterance> SpeechScript::passage(const QString &text, const QString &anchor) const {
    QList<Utterance> out;
    // Selections use U+2029 between paragraphs; they end sentences like line breaks.
    QString lines = text;
    lines.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    lines.replace(QChar::LineSeparator, QLatin1Char('\n'));
    add(out, anchor, lines);
    return out;
}

QList<Utterance> SpeechScript::term(const QString &termId) const {
    QList<Utterance> out;
    for (const GlossaryTerm &entry : m_glossary) {
        if (entry.id == termId) {
            add(out, entry.id, entry.term);
        }
    }
    return out;
}

} // namespace cg
