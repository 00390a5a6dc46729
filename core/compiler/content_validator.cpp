// SPDX-License-Identifier: GPL-3.0-or-later
#include "content_validator.h"

#include "content/model.h"
#include "document/ordinary_words.h"
#include "review_record.h"

#include <QHash>
#include <QSet>

namespace cg::compiler {

namespace {

const QSet<QString> kItemKinds = {QStringLiteral("fact"),        QStringLiteral("type"),
                                  QStringLiteral("body-site"),   QStringLiteral("cause"),
                                  QStringLiteral("risk-factor"), QStringLiteral("symptom"),
                                  QStringLiteral("test"),        QStringLiteral("treatment"),
                                  QStringLiteral("self-care"),   QStringLiteral("question")};
const QSet<QString> kTreatmentKinds = {QStringLiteral("medicine"), QStringLiteral("procedure"),
                                       QStringLiteral("self-care"), QStringLiteral("supportive")};
const QSet<QString> kLesionSizes = {QStringLiteral("small"), QStringLiteral("large"),
                                    QStringLiteral("any")};
const QSet<QString> kBloodCalcium = {QStringLiteral("normal"), QStringLiteral("high"),
                                     QStringLiteral("varies")};
const QSet<QString> kRegions = {
    QStringLiteral("face"),       QStringLiteral("shoulders"), QStringLiteral("upper-arms"),
    QStringLiteral("elbows"),     QStringLiteral("forearms"),  QStringLiteral("wrists"),
    QStringLiteral("hands"),      QStringLiteral("fingers"),   QStringLiteral("hips"),
    QStringLiteral("buttocks"),   QStringLiteral("thighs"),    QStringLiteral("knees"),
    QStringLiteral("lower-legs"), QStringLiteral("feet"),      QStringLiteral("trunk")};
const QStringList kUrgencies = {QStringLiteral("emergency"), QStringLiteral("urgent"),
                                QStringLiteral("soon")};

QString quoted(const QString &text) {
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

class Validator {
public:
    Validator(const ContentSet &content, Diagnostics &diagnostics)
        : m_content(content), m_diagnostics(diagnostics) {
        for (const SourceDef &source : content.sources) {
            m_sourceIds.insert(source.id);
        }
        for (const TermDef &term : content.terms) {
            m_termIds.insert(term.id);
        }
    }

    void run() {
        checkIds();
        checkSections();
        checkGlossary();
        checkSynonyms();
        checkCards();
        checkSourcesCited();
        checkTranslations();
    }

private:
    void error(const Where &where, const QString &what, const QString &message) {
        m_diagnostics.error(where.file, where.line, what, message);
    }

    // One id space for everything addressable, so links and bookmarks are never ambiguous.
    void claim(const QString &id, const QString &what, const Where &where) {
        if (id.isEmpty()) {
            return;
        }
        const auto previous = m_ids.constFind(id);
        if (previous != m_ids.constEnd()) {
            error(where, what + QStringLiteral(" ") + quoted(id),
                  QStringLiteral("duplicate id: already used at %1:%2")
                      .arg(previous->file)
                      .arg(previous->line));
            return;
        }
        m_ids.insert(id, where);
    }

    void checkIds() {
        QSet<QString> sourceIds;
        for (const SourceDef &source : m_content.sources) {
            if (sourceIds.contains(source.id)) {
                error(source.where, QStringLiteral("source ") + quoted(source.id),
                      QStringLiteral("duplicate source id"));
            }
            sourceIds.insert(source.id);
        }
        for (const SectionDef &section : m_content.sections) {
            for (const CategoryDef &category : section.categories) {
                claim(category.id, QStringLiteral("category"), category.where);
            }
            for (const TopicDef &topic : section.topics) {
                claim(topic.id, QStringLiteral("topic"), topic.where);
            }
            for (const ItemDef &item : section.items) {
                claim(item.id, QStringLiteral("item"), item.where);
            }
        }
        for (const TermDef &term : m_content.terms) {
            claim(term.id, QStringLiteral("term"), term.where);
        }
        for (const CardDef &card : m_content.cards) {
            for (const FlagDef &flag : card.signs) {
                claim(flag.id, QStringLiteral("red flag"), flag.where);
            }
        }
    }

    void checkCitations(const QStringList &sources, const QString &what, const Where &where) {
        for (const QString &source : sources) {
            m_cited.insert(source);
            if (!m_sourceIds.contains(source)) {
                error(where, what,
                      QStringLiteral("cites unknown source %1 (sources.yaml lists "
                                     "the known ones)")
                          .arg(quoted(source)));
            }
        }
    }

    void checkTerms(const QStringList &terms, const QString &what, const Where &where) {
        for (const QString &term : terms) {
            if (!m_termIds.contains(term)) {
                error(where, what,
                      QStringLiteral("refers to unknown glossary term %1").arg(quoted(term)));
            }
        }
    }

    void checkChoice(const QString &value, const QSet<QString> &allowed, const char *field,
                     const QString &what, const Where &where, bool required) {
        if (value.isEmpty()) {
            if (required) {
                error(where, what,
                      QStringLiteral("missing required field '%1'").arg(QLatin1String(field)));
            }
            return;
        }
        if (!allowed.contains(value)) {
            QStringList choices(allowed.begin(), allowed.end());
            choices.sort();
            error(
                where, what,
                QStringLiteral("%1 %2 is not one of: %3")
                    .arg(QLatin1String(field), quoted(value), choices.join(QStringLiteral(", "))));
        }
    }

    void checkSections() {
        const QSet<QString> conditions(m_content.conditionIds.begin(),
                                       m_content.conditionIds.end());
        const QSet<QString> evidence(m_content.evidenceLevelIds.begin(),
                                     m_content.evidenceLevelIds.end());
        for (const SectionDef &section : m_content.sections) {
            QSet<QString> categories;
            for (const CategoryDef &category : section.categories) {
                categories.insert(category.id);
            }
            for (const TopicDef &topic : section.topics) {
                const QString what = QStringLiteral("topic ") + quoted(topic.id);
                checkCitations(topic.sources, what, topic.where);
                checkTerms(topic.terms, what, topic.where);
            }
            for (const ItemDef &item : section.items) {
                checkItem(section, item, categories, conditions, evidence);
            }
        }
    }

    void checkItem(const SectionDef &section, const ItemDef &item, const QSet<QString> &categories,
                   const QSet<QString> &conditions, const QSet<QString> &evidence) {
        const QString what = QStringLiteral("item ") + quoted(item.id);
        checkCitations(item.sources, what, item.where);
        if (!item.category.isEmpty() && !categories.contains(item.category)) {
            error(item.where, what,
                  QStringLiteral("unknown category %1: list it under 'categories' in %2.yaml")
                      .arg(quoted(item.category), section.key));
        }
        if (!item.kind.isEmpty() && !kItemKinds.contains(item.kind)) {
            checkChoice(item.kind, kItemKinds, "kind", what, item.where, true);
            return;
        }
        for (const QString &condition : item.conditions) {
            if (!conditions.contains(condition)) {
                error(item.where, what,
                      QStringLiteral("unknown condition %1: add it under 'conditions' in "
                                     "strings.yaml")
                          .arg(quoted(condition)));
            }
        }
        const TextUnit english = englishUnit(unitKey("item", item.id));
        if (item.kind == QStringLiteral("test")) {
            for (const char *field : {"shows", "expect"}) {
                if (!english.fields.contains(QLatin1String(field))) {
                    error(item.where, what,
                          QStringLiteral("a test needs field '%1'").arg(QLatin1String(field)));
                }
            }
        }
        if (item.kind == QStringLiteral("treatment")) {
            checkChoice(item.treatmentKind, kTreatmentKinds, "treatment_kind", what, item.where,
                        true);
            checkChoice(item.lesionSize, kLesionSizes, "lesion_size", what, item.where, false);
            checkChoice(item.evidence, evidence, "evidence", what, item.where, true);
            if (!english.fields.contains(QStringLiteral("evidence_note"))) {
                error(item.where, what, QStringLiteral("a treatment needs field 'evidence_note'"));
            }
        }
        if (item.kind == QStringLiteral("body-site")) {
            checkChoice(item.region, kRegions, "region", what, item.where, true);
            if (item.conditions.isEmpty()) {
                error(item.where, what, QStringLiteral("a body site needs field 'conditions'"));
            }
        }
        if (item.kind == QStringLiteral("type")) {
            checkChoice(item.bloodCalcium, kBloodCalcium, "blood_calcium", what, item.where, true);
        }
    }

    void checkGlossary() {
        for (const TermDef &term : m_content.terms) {
            const QString what = QStringLiteral("term ") + quoted(term.id);
            checkCitations(term.sources, what, term.where);
            checkTerms(term.seeAlso, what, term.where);
        }
    }

    // A synonym or term name that is an everyday word ("es", "les", "dressing", "piel dura")
    // would mark ordinary text as a glossary term. Abbreviations are matched as written, so
    // "ES" may stay.
    void checkSynonyms() {
        for (const LocaleText &text : m_content.texts) {
            const OrdinaryWords ordinary(text.code);
            for (auto it = text.units.cbegin(); it != text.units.cend(); ++it) {
                if (!it.key().startsWith(QStringLiteral("term:"))) {
                    continue;
                }
                QStringList phrases = it->synonyms;
                phrases.prepend(it->fields.value(QStringLiteral("term")));
                for (const QString &phrase : std::as_const(phrases)) {
                    if (phrase.isEmpty() || !ordinary.contains(phrase)) {
                        continue;
                    }
                    error(it->where, QStringLiteral("term ") + quoted(it.key().mid(5)),
                          QStringLiteral("'%1' is an everyday word of '%2' and would mark "
                                         "ordinary text: remove it, or write an abbreviation "
                                         "in capitals (see core/document/ordinary_words.cpp)")
                              .arg(phrase, text.code));
                }
            }
        }
    }

    void checkCards() {
        QStringList seen;
        for (const CardDef &card : m_content.cards) {
            const QString what = QStringLiteral("card ") + quoted(card.urgency);
            if (!kUrgencies.contains(card.urgency)) {
                error(card.where, what,
                      QStringLiteral("urgency must be emergency, urgent or soon"));
            }
            if (card.signs.isEmpty()) {
                error(card.where, what, QStringLiteral("a card needs at least one sign"));
            }
            seen.append(card.urgency);
            for (const FlagDef &flag : card.signs) {
                checkCitations(flag.sources, QStringLiteral("red flag ") + quoted(flag.id),
                               flag.where);
            }
        }
        if (!m_content.cards.isEmpty() && seen != kUrgencies) {
            error(m_content.cards.first().where, QStringLiteral("red flags"),
                  QStringLiteral("cards must be exactly emergency, urgent and soon, in that "
                                 "order"));
        }
    }

    void checkSourcesCited() {
        for (const SourceDef &source : m_content.sources) {
            if (!m_cited.contains(source.id)) {
                error(source.where, QStringLiteral("source ") + quoted(source.id),
                      QStringLiteral("is never cited: cite it or remove it"));
            }
        }
    }

    TextUnit englishUnit(const QString &key) const {
        return m_content.texts.isEmpty() ? TextUnit() : m_content.texts.first().units.value(key);
    }

    void checkTranslations() {
        if (m_content.texts.isEmpty()) {
            return;
        }
        const LocaleText &english = m_content.texts.first();
        for (qsizetype i = 1; i < m_content.texts.size(); ++i) {
            const LocaleText &locale = m_content.texts.at(i);
            for (auto it = locale.units.constBegin(); it != locale.units.constEnd(); ++it) {
                const QString kind = it.key().section(QLatin1Char(':'), 0, 0);
                const QString id = it.key().section(QLatin1Char(':'), 1);
                const QString what = kind + QLatin1Char(' ') + quoted(id);
                const auto original = english.units.constFind(it.key());
                if (original == english.units.constEnd()) {
                    error(it->where, what,
                          QStringLiteral("translated id has no English original (in en/)"));
                    continue;
                }
                if (it->fields.isEmpty()) {
                    continue; // not translated at all: shown in English, marked as such
                }
                for (auto field = original->fields.constBegin();
                     field != original->fields.constEnd(); ++field) {
                    if (!it->fields.contains(field.key())) {
                        error(it->where, what,
                              QStringLiteral("translation lacks field '%1' that the English "
                                             "original has")
                                  .arg(field.key()));
                    }
                }
                for (auto field = it->fields.constBegin(); field != it->fields.constEnd();
                     ++field) {
                    if (!original->fields.contains(field.key())) {
                        error(it->where, what,
                              QStringLiteral("field '%1' is not in the English original")
                                  .arg(field.key()));
                    }
                }
            }
            for (auto it = locale.strings.constBegin(); it != locale.strings.constEnd(); ++it) {
                if (!english.strings.contains(it.key())) {
                    error(locale.stringWhere.value(it.key()),
                          QStringLiteral("string ") + quoted(it.key()),
                          QStringLiteral("translated id has no English original (in "
                                         "en/strings.yaml)"));
                }
            }
        }
    }

    const ContentSet &m_content;
    Diagnostics &m_diagnostics;
    QSet<QString> m_sourceIds;
    QSet<QString> m_termIds;
    QSet<QString> m_cited;
    QHash<QString, Where> m_ids;
};

} // namespace

void validateContent(const ContentSet &content, Diagnostics &diagnostics) {
    Validator(content, diagnostics).run();
    validateReviews(content, QDate::currentDate(), diagnostics);
}

} // namespace cg::compiler
