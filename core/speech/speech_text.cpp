// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/speech_text.h"

#include "speech/speech_words.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <algorithm>

namespace cg {

namespace {

// Spaces a number may have around its sign: ordinary, no-break (French "25 %") and thin.
const QString kSpace = QStringLiteral("[ \\t\\x{00A0}\\x{202F}]*");
const QString kNumber = QStringLiteral("(\\d+(?:[.,]\\d+)?)");
// No Latin letter, digit or hyphen before a number, so "COVID-19" and "NXP2" stay as they are
// (Chinese and Arabic letters may touch a number: "约25%").
const QString kNumberStart = QStringLiteral("(?<![A-Za-z\\d\\-.,])");

// "- ", "* ", "• " at the start of a list line.
const QRegularExpression &listMarker() {
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:[-*\\x{2022}\\x{00B7}\\x{2023}\\x{25E6}\\x{2043}\\x{2610}\\x{2611}"
                       "\\x{2612}\\x{2713}\\x{2714}]\\s+)+"));
    return pattern;
}

bool hasWordCharacter(const QString &text) {
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

struct NumberPatterns {
    QRegularExpression percentRange; // "25–40%" and "25%–40%"
    QRegularExpression percent;      // "30%"
    QRegularExpression range;        // "2–3 weeks", "2-3": a hyphen only between bare numbers
    QRegularExpression atMost;
    QRegularExpression atLeast;
    QRegularExpression lessThan;
    QRegularExpression moreThan;
};

const NumberPatterns &numberPatterns() {
    static const NumberPatterns patterns = [] {
        const QString dash = QStringLiteral("[\\-\\x{2010}\\x{2011}\\x{2012}\\x{2013}\\x{2014}]");
        const QString percent = QStringLiteral("%");
        NumberPatterns p;
        p.percentRange =
            QRegularExpression(kNumberStart + kNumber + kSpace + percent + QStringLiteral("?") +
                               kSpace + dash + kSpace + kNumber + kSpace + percent);
        p.percent = QRegularExpression(kNumberStart + kNumber + kSpace + percent);
        p.range = QRegularExpression(kNumberStart + kNumber + kSpace + dash + kSpace + kNumber +
                                     QStringLiteral("(?![\\d\\-])"));
        p.atMost = QRegularExpression(QStringLiteral("[\\x{2264}\\x{2A7D}]") + kSpace + kNumber);
        p.atLeast = QRegularExpression(QStringLiteral("[\\x{2265}\\x{2A7E}]") + kSpace + kNumber);
        p.lessThan = QRegularExpression(QStringLiteral("[<\\x{FF1C}]") + kSpace + kNumber);
        p.moreThan = QRegularExpression(QStringLiteral("[>\\x{FF1E}]") + kSpace + kNumber);
        return p;
    }();
    return patterns;
}

QString escaped(const QString &text) {
    return QRegularExpression::escape(text);
}

} // namespace

SpeechText::SpeechText(QString locale, QList<Abbreviation> abbreviations, QStringList shortForms)
    : m_locale(std::move(locale)), m_shortForms(std::move(shortForms)) {
    // Longer short forms first, so "JDM" is never read as "J" and "DM".
    std::stable_sort(abbreviations.begin(), abbreviations.end(),
                     [](const Abbreviation &a, const Abbreviation &b) {
                         return a.shortForm.size() > b.shortForm.size();
                     });
    for (const Abbreviation &entry : std::as_const(abbreviations)) {
        const QString shortForm = escaped(entry.shortForm);
        const QString longForm = escaped(entry.longForm);
        Expansion expansion;
        expansion.shortForm = entry.shortForm;
        expansion.longForm = entry.longForm;
        // "antinuclear antibodies (ANA)" and "ANA (antinuclear antibodies)" say the name once.
        expansion.written = QRegularExpression(
            QStringLiteral("%1\\s*[(\\x{FF08}]\\s*%2\\s*[)\\x{FF09}]|%2\\s*[(\\x{FF08}]\\s*%1\\s*"
                           "[)\\x{FF09}]")
                .arg(longForm, shortForm),
            QRegularExpression::CaseInsensitiveOption);
        // Only whole short forms: not inside a longer word, a code or "anti-...". Chinese and
        // Arabic letters may touch it ("患DM的"): only Latin letters and digits count as joined.
        // A hyphen and a word may follow ("DM-Medikamente"), a hyphen and a number not.
        expansion.bare = QRegularExpression(
            QStringLiteral("(?<![A-Za-z0-9\\-])%1(?![A-Za-z0-9])(?!-(?!\\p{L}))").arg(shortForm));
        m_expansions.append(expansion);
        if (!m_shortForms.contains(entry.shortForm)) {
            m_shortForms.append(entry.shortForm);
        }
    }
}

QStringList SpeechText::sentences(const QString &text) const {
    QStringList result;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line.remove(listMarker());
        line = line.simplified();
        if (line.isEmpty()) {
            continue;
        }
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, line);
        qsizetype start = 0;
        while (finder.toNextBoundary() != -1) {
            const qsizetype end = finder.position();
            const QString sentence = line.mid(start, end - start).trimmed();
            // "1." of "1. Dystrophic: ..." is no sentence of its own: it goes with the next.
            static const QRegularExpression numberOnly(QStringLiteral("^\\d+[.)]$"));
            if (end < line.size() && numberOnly.match(sentence).hasMatch()) {
                continue;
            }
            start = end;
            if (hasWordCharacter(sentence)) {
                result.append(sentence);
            } else if (!sentence.isEmpty() && !result.isEmpty()) {
                result.last() += sentence; // a stray closing mark belongs to the one before
            }
        }
    }
    return result;
}

QString SpeechText::dropShortFormBrackets(const QString &text) const {
    if (m_shortForms.isEmpty()) {
        return text;
    }
    // "(DM)", "(ويختصر DM)", "（简称 DM）", "(called DM)", "(o DM)": the name it follows is said
    // already, and saying the short form expanded would repeat it. The lead word may be Chinese
    // "简称" or "缩写" (with a space or none), Arabic "ويختصر", "called", German "kurz" or "oder",
    // French "ou", Spanish "o".
    static const QRegularExpression bracket(
        QStringLiteral("\\s*[(\\x{FF08}]\\s*(?:(?:英文简称|英文缩写|简称|缩写)\\s*|"
                       "(?:ويختصر|يختصر|also called|called|abgekürzt|kurz|en abrégé|oder|or|"
                       "ou|o)\\s+)?([A-Za-z][A-Za-z0-9]{1,7})\\s*[)\\x{FF09}]"),
        QRegularExpression::CaseInsensitiveOption);
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = bracket.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (!m_shortForms.contains(match.captured(1))) {
            continue;
        }
        result += text.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
    }
    result += text.mid(last);
    return result;
}

QString SpeechText::expandAbbreviations(QString text) const {
    text = dropShortFormBrackets(text);
    for (const Expansion &entry : m_expansions) {
        if (!text.contains(entry.shortForm)) {
            continue; // most sentences hold no abbreviation: skip the expressions
        }
        text.replace(entry.written, entry.longForm);
        text.replace(entry.bare, entry.longForm);
    }
    return text;
}

QString SpeechText::sayNumbers(QString text) const {
    const SpeechWords &words = speechWords(m_locale);
    auto replaceAll = [&text](const QRegularExpression &expression, const QString &form) {
        QString result;
        qsizetype last = 0;
        QRegularExpressionMatchIterator it = expression.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            result += text.mid(last, match.capturedStart() - last);
            QString said = form;
            said = match.lastCapturedIndex() >= 2 ? said.arg(match.captured(1), match.captured(2))
                                                  : said.arg(match.captured(1));
            result += said;
            last = match.capturedEnd();
        }
        result += text.mid(last);
        text = result;
    };
    const NumberPatterns &patterns = numberPatterns();
    replaceAll(patterns.percentRange, words.percentRange);
    replaceAll(patterns.percent, words.percent);
    replaceAll(patterns.range, words.range);
    replaceAll(patterns.atMost, words.atMost);
    replaceAll(patterns.atLeast, words.atLeast);
    replaceAll(patterns.lessThan, words.lessThan);
    replaceAll(patterns.moreThan, words.moreThan);
    const QString andWord = m_locale == QStringLiteral("zh")
                                ? words.andWord
                                : QLatin1Char(' ') + words.andWord + QLatin1Char(' ');
    static const QRegularExpression ampersand(QStringLiteral("\\s*[&\\x{FF06}]\\s*"));
    text.replace(ampersand, andWord);
    return text;
}

bool SpeechText::isSymbol(char32_t codePoint) {
    switch (QChar::category(codePoint)) {
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
        return true;
    default:
        break;
    }
    // Punctuation that engines read by name, or that only decorates: bullets, middle dots,
    // Markdown marks, slashes, percent and per-mille signs.
    static const std::u32string decorations = U"•·‣◦⁃∙*#_~/\\%‰‱@§¶†‡";
    return decorations.find(codePoint) != std::u32string::npos;
}

bool SpeechText::containsSymbol(const QString &text) {
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(),
                       [](uint c) { return isSymbol(static_cast<char32_t>(c)); });
}

QString SpeechText::dropSymbols(const QString &text) {
    QString result;
    result.reserve(text.size());
    const QList<uint> codePoints = text.toUcs4();
    for (uint c : codePoints) {
        if (isSymbol(static_cast<char32_t>(c))) {
            result += QLatin1Char(' ');
        } else {
            result += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        }
    }
    return result;
}

QString SpeechText::spellCodes(const QString &text) {
    // Capitals and digits, at least one capital, standing alone among Latin letters: "DNA",
    // "NXP2", "CT"; not "X" (of "X光片") or "25". Words a Mandarin voice says as English stay.
    static const QRegularExpression code(
        QStringLiteral("(?<![A-Za-z0-9])(?=[0-9]*[A-Z])[A-Z0-9]{2,}(?![A-Za-z0-9])"));
    static const QStringList saidAsWords = {QStringLiteral("CREST")};
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = code.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString word = match.captured(0);
        if (saidAsWords.contains(word)) {
            continue;
        }
        QStringList letters;
        for (const QChar c : word) {
            letters.append(c);
        }
        result += text.mid(last, match.capturedStart() - last);
        result += QLatin1Char(' ') + letters.join(QLatin1Char(' ')) + QLatin1Char(' ');
        last = match.capturedEnd();
    }
    result += text.mid(last);
    return result;
}

QString SpeechText::spoken(const QString &shown) const {
    QString text = shown;
    text.remove(listMarker());
    text = expandAbbreviations(text);
    text = sayNumbers(text);
    if (m_locale == QStringLiteral("zh")) {
        text = spellCodes(text);
    }
    text = dropSymbols(text);
    // A dash between words is a pause, not a word.
    static const QRegularExpression pauseDash(QStringLiteral("\\s[\\x{2013}\\x{2014}]\\s"));
    text.replace(pauseDash, QStringLiteral(", "));
    text = text.simplified();
    // Brackets left empty by a dropped symbol say nothing.
    static const QRegularExpression emptyBrackets(QStringLiteral("[(\\x{FF08}]\\s*[)\\x{FF09}]"));
    text.remove(emptyBrackets);
    text = text.simplified();
    return hasWordCharacter(text) ? text : QString();
}

} // namespace cg
