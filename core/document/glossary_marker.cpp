// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/glossary_marker.h"

#include "content/place.h"

#include <algorithm>

namespace cg {

namespace {

// Elements whose text must never be marked: links already lead somewhere, headings (of pages
// and of table columns) stay plain.
bool isProtectedElement(const QString &name) {
    static const QSet<QString> names = {
        QStringLiteral("a"),  QStringLiteral("h1"),     QStringLiteral("h2"),
        QStringLiteral("h3"), QStringLiteral("h4"),     QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("script"), QStringLiteral("style"),
        QStringLiteral("th"), QStringLiteral("title")};
    return names.contains(name);
}

// The end of the tag that starts at `start` ('<'), honouring quoted attribute values.
qsizetype tagEnd(const QString &html, qsizetype start) {
    if (html.mid(start, 4) == QStringLiteral("<!--")) {
        const qsizetype end = html.indexOf(QStringLiteral("-->"), start + 4);
        return end < 0 ? html.size() : end + 3;
    }
    QChar quote;
    for (qsizetype i = start + 1; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            }
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            return i + 1;
        }
    }
    return html.size();
}

struct TagInfo {
    QString name;
    bool closing = false;
    bool selfClosing = false;
};

TagInfo readTag(const QString &tag) {
    TagInfo info;
    qsizetype i = 1;
    if (i < tag.size() && tag.at(i) == QLatin1Char('/')) {
        info.closing = true;
        ++i;
    }
    while (i < tag.size() && (tag.at(i).isLetterOrNumber())) {
        info.name.append(tag.at(i).toLower());
        ++i;
    }
    info.selfClosing = tag.endsWith(QStringLiteral("/>"));
    return info;
}

// Decodes one entity starting at raw[start] == '&'. Returns the characters and sets `length`
// to the raw length consumed; an unknown entity decodes to itself.
QString decodeEntity(const QString &raw, qsizetype start, qsizetype &length) {
    const qsizetype semicolon = raw.indexOf(QLatin1Char(';'), start);
    if (semicolon < 0 || semicolon - start > 10) {
        length = 1;
        return raw.mid(start, 1);
    }
    const QString name = raw.mid(start + 1, semicolon - start - 1);
    length = semicolon - start + 1;
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QString(QChar(0xa0))},
    };
    if (named.contains(name)) {
        return named.value(name);
    }
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const bool hex =
            name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
        const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10ffff) {
            const char32_t codePoint = code;
            return QString::fromUcs4(&codePoint, 1);
        }
    }
    length = 1;
    return raw.mid(start, 1);
}

} // namespace

QString foldCasePreservingLength(const QString &text) {
    QString folded = text;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (!c.isSurrogate()) {
            folded[i] = c.toCaseFolded();
        }
    }
    return folded;
}

bool GlossaryMarker::localeHasWordBoundaries(const QString &locale) {
    const QString language = locale.section(QLatin1Char('-'), 0, 0).toLower();
    return language != QStringLiteral("zh") && language != QStringLiteral("ja");
}

GlossaryMarker::GlossaryMarker(const QList<GlossaryTerm> &terms, const QString &locale)
    : m_wordBoundaries(localeHasWordBoundaries(locale)) {
    for (const GlossaryTerm &term : terms) {
        addPhrase(term.id, term.term);
        for (const QString &synonym : term.synonyms) {
            addPhrase(term.id, synonym);
        }
    }
}

bool GlossaryMarker::isAbbreviation(const QString &phrase) {
    int capitals = 0;
    for (const QChar c : phrase) {
        if (c.isSpace()) {
            return false;
        }
        if (c.isUpper()) {
            ++capitals;
        }
    }
    return capitals >= 2;
}

void GlossaryMarker::addPhrase(const QString &termId, const QString &phrase) {
    const QString trimmed = phrase.trimmed();
    const QString folded = foldCasePreservingLength(trimmed);
    if (folded.isEmpty() || termId.isEmpty()) {
        return;
    }
    const QString exact = isAbbreviation(trimmed) ? trimmed : QString();
    QList<Phrase> &list = m_byFirstChar[folded.at(0)];
    for (const Phrase &existing : list) {
        if (existing.folded == folded && existing.exact == exact) {
            return; // the first term to claim a phrase keeps it
        }
    }
    // Longest first, so "juvenile dermatomyositis" wins over "juvenile".
    const auto position = std::find_if(list.begin(), list.end(), [&](const Phrase &other) {
        return other.folded.size() < folded.size();
    });
    list.insert(position, Phrase{termId, folded, exact});
    ++m_phraseCount;
}

GlossaryMarker::DecodedText GlossaryMarker::decode(const QString &raw) {
    DecodedText decoded;
    qsizetype i = 0;
    while (i < raw.size()) {
        if (raw.at(i) == QLatin1Char('&')) {
            qsizetype length = 1;
            const QString characters = decodeEntity(raw, i, length);
            for (const QChar c : characters) {
                decoded.text.append(c);
                decoded.rawStart.append(i);
            }
            i += length;
        } else {
            decoded.text.append(raw.at(i));
            decoded.rawStart.append(i);
            ++i;
        }
    }
    decoded.rawStart.append(raw.size());
    decoded.folded = foldCasePreservingLength(decoded.text);
    return decoded;
}

bool GlossaryMarker::startsWord(const QString &text, qsizetype position) const {
    if (!m_wordBoundaries || position <= 0) {
        return true;
    }
    const QChar before = text.at(position - 1);
    return !before.isLetterOrNumber() && !before.isMark();
}

const GlossaryMarker::Phrase *GlossaryMarker::matchAt(const DecodedText &decoded,
                                                      qsizetype position) const {
    const auto candidates = m_byFirstChar.constFind(decoded.folded.at(position));
    if (candidates == m_byFirstChar.constEnd() || !startsWord(decoded.text, position)) {
        return nullptr;
    }
    auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c.isMark(); };
    for (const Phrase &phrase : *candidates) {
        const qsizetype end = position + phrase.folded.size();
        if (end > decoded.folded.size() ||
            QStringView(decoded.folded).mid(position, phrase.folded.size()) != phrase.folded) {
            continue;
        }
        if (!phrase.exact.isEmpty() &&
            QStringView(decoded.text).mid(position, phrase.exact.size()) != phrase.exact) {
            continue;
        }
        if (m_wordBoundaries && end < decoded.text.size() && isWordChar(decoded.text.at(end))) {
            continue;
        }
        // The longest match is consumed even when it is not marked (skipped, or marked already),
        // so a shorter phrase never gets marked inside it.
        return &phrase;
    }
    return nullptr;
}

QString GlossaryMarker::markText(const QString &raw, QSet<QString> &marked, Scope scope,
                                 const QSet<QString> &skip) const {
    const DecodedText decoded = decode(raw);
    QString result;
    qsizetype copiedUpTo = 0; // raw offset
    qsizetype position = 0;   // decoded offset
    while (position < decoded.text.size()) {
        const Phrase *phrase = matchAt(decoded, position);
        if (phrase == nullptr) {
            ++position;
            continue;
        }
        const qsizetype end = position + phrase->folded.size();
        const bool wanted = !skip.contains(phrase->termId) &&
                            (scope == Scope::EveryOccurrence || !marked.contains(phrase->termId));
        if (wanted) {
            const qsizetype rawBegin = decoded.rawStart.at(position);
            const qsizetype rawEnd = decoded.rawStart.at(end);
            result += QStringView(raw).mid(copiedUpTo, rawBegin - copiedUpTo);
            result += QStringLiteral("<a class=\"term\" href=\"") +
                      Link::glossaryTerm(phrase->termId).href() + QStringLiteral("\">") +
                      QStringView(raw).mid(rawBegin, rawEnd - rawBegin) + QStringLiteral("</a>");
            copiedUpTo = rawEnd;
            marked.insert(phrase->termId);
        }
        position = end;
    }
    result += QStringView(raw).mid(copiedUpTo);
    return result;
}

QString GlossaryMarker::mark(const QString &html, Scope scope, const QSet<QString> &skip) const {
    if (isEmpty()) {
        return html;
    }
    QString result;
    result.reserve(html.size() + html.size() / 8);
    QSet<QString> marked;
    int protectedDepth = 0;
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype tagStart = html.indexOf(QLatin1Char('<'), i);
        const qsizetype textEnd = tagStart < 0 ? html.size() : tagStart;
        if (textEnd > i) {
            const QString text = html.mid(i, textEnd - i);
            result += protectedDepth > 0 ? text : markText(text, marked, scope, skip);
        }
        if (tagStart < 0) {
            break;
        }
        const qsizetype end = tagEnd(html, tagStart);
        const QString tag = html.mid(tagStart, end - tagStart);
        const TagInfo info = readTag(tag);
        if (isProtectedElement(info.name) && !info.selfClosing) {
            protectedDepth += info.closing ? -1 : 1;
            protectedDepth = std::max(protectedDepth, 0);
        }
        result += tag;
        i = end;
    }
    return result;
}

} // namespace cg
