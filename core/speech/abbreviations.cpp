#include "speech/abbreviations.h"

#include <QRegularExpression>
#include <QSet>

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
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]{1,5}$"));
    return pattern.match(word).hasMatch();
}

QList<Abbreviation> glossaryAbbreviations(const QList<GlossaryTerm> &glossary) {
    QList<Abbreviation> result;
    QSet<QString> seen;
    for (const GlossaryTerm &term : glossary) {
        const QString longName = longNameOf(term);
        if (longName.isEmpty()) {
            continue;
        }
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
        for (const QString &shortForm : std::as_const(shortForms)) {
            // The first term to claim a short form keeps it; the expansion must not repeat it.
            if (seen.contains(shortForm) || longName.contains(shortForm)) {
                continue;
            }
            seen.insert(shortForm);
            result.append({shortForm, longName});
        }
    }
    return result;
}

} // namespace cg
