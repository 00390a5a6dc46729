// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/abbreviations.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace cg {

namespace {

// "Long name (SHORT)" or "SHORT (long name)", with ASCII or full-width brackets.
struct NameParts {
    QString outside;
    QString inside;
};

std::optional<NameParts> splitBracketedName(const QString &term) {
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(.+?)\\s*[(\\x{FF08}]\\s*(.+?)\\s*[)\\x{FF09}]\\s*$"));
    const QRegularExpressionMatch match = pattern.match(term);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return NameParts{match.captured(1), match.captured(2)};
}

QString longNameOf(const GlossaryTerm &term) {
    if (const auto parts = splitBracketedName(term.term)) {
        if (isAbbreviation(parts->outside)) {
            return parts->inside;
        }
        return parts->outside;
    }
    if (!isAbbreviation(term.term)) {
        return term.term;
    }
    // The term is itself a short form ("IVIG"): its first synonym that is written out.
    for (const QString &synonym : term.synonyms) {
        if (!isAbbreviation(synonym) && !synonym.contains(term.term)) {
            return synonym;
        }
    }
    return {};
}

} // namespace

bool isAbbreviation(const QString &word) {
    // Letters and digits from a capital: "DM", "CO2", and mixed ones such as "IgIV" or "SSc"
    // with at least two capitals and no more small letters than capitals (not "MabThera").
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Za-z0-9]{1,7}$"));
    if (!pattern.match(word).hasMatch()) {
        return false;
    }
    const auto capitals =
        std::count_if(word.cbegin(), word.cend(), [](QChar c) { return c.isUpper(); });
    const auto small =
        std::count_if(word.cbegin(), word.cend(), [](QChar c) { return c.isLower(); });
    return capitals >= 2 && small <= capitals;
}

namespace {

QStringList shortFormsOf(const GlossaryTerm &term) {
    QStringList shortForms;
    if (isAbbreviation(term.term)) {
        shortForms.append(term.term);
    }
    if (const auto parts = splitBracketedName(term.term)) {
        for (const QString &part : {parts->outside, parts->inside}) {
            if (isAbbreviation(part)) {
                shortForms.append(part);
            }
        }
    }
    for (const QString &synonym : term.synonyms) {
        if (isAbbreviation(synonym)) {
            shortForms.append(synonym);
        }
    }
    return shortForms;
}

bool containsWord(const QString &text, const QString &word) {
    const QRegularExpression whole(
        QStringLiteral("(?<![A-Za-z0-9])%1(?![A-Za-z0-9])").arg(QRegularExpression::escape(word)));
    return whole.match(text).hasMatch();
}

} // namespace

QList<Abbreviation> glossaryAbbreviations(const QList<GlossaryTerm> &glossary,
                                          const QList<GlossaryTerm> &english) {
    QHash<QString, QString> englishNames;
    for (const GlossaryTerm &term : english) {
        englishNames.insert(term.id, longNameOf(term));
    }
    QList<Abbreviation> result;
    QSet<QString> seen;
    for (const GlossaryTerm &term : glossary) {
        const QString longName = longNameOf(term);
        if (longName.isEmpty()) {
            continue;
        }
        const QString englishName = englishNames.value(term.id);
        const QStringList shortForms = shortFormsOf(term);
        for (const QString &shortForm : shortForms) {
            // The first term to claim a short form keeps it; the expansion must not repeat it.
            if (seen.contains(shortForm) || longName.contains(shortForm)) {
                continue;
            }
            // A short form that is only part of the term's name ("TNF" of "TNF blockers") is not
            // the term's name: said as the term, "a signal called TNF" would become "called TNF
            // blockers". The English name tells, whatever the language.
            if (containsWord(englishName, shortForm)) {
                continue;
            }
            seen.insert(shortForm);
            result.append({shortForm, longName});
        }
    }
    return result;
}

QStringList glossaryShortForms(const QList<GlossaryTerm> &glossary) {
    QStringList result;
    for (const GlossaryTerm &term : glossary) {
        const QStringList shortForms = shortFormsOf(term);
        for (const QString &shortForm : shortForms) {
            if (!result.contains(shortForm)) {
                result.append(shortForm);
            }
        }
    }
    return result;
}

} // namespace cg
