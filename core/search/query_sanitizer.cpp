// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/query_sanitizer.h"

#include "search/text_folding.h"

#include <QChar>

namespace cg::search {

namespace {

// The code point starting at `i` and its length in UTF-16 units.
char32_t codePointAt(QStringView text, qsizetype i, qsizetype *length) {
    if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
    }
    *length = 1;
    return text.at(i).unicode();
}

bool isWordCharacter(char32_t c) {
    if (QChar::isLetterOrNumber(c)) {
        return true;
    }
    return QChar::category(c) == QChar::Mark_SpacingCombining;
}

struct Span {
    qsizetype start = 0;
    qsizetype end = 0; // exclusive
};

// Word spans of folded text, at most kMaxWords, each cut to kMaxWordLength on a code point
// boundary.
QList<Span> wordSpans(QStringView folded) {
    QList<Span> spans;
    qsizetype i = 0;
    while (i < folded.size() && spans.size() < kMaxWords) {
        qsizetype length = 0;
        if (!isWordCharacter(codePointAt(folded, i, &length))) {
            i += length;
            continue;
        }
        Span span{i, i};
        while (i < folded.size() && isWordCharacter(codePointAt(folded, i, &length))) {
            if (i + length - span.start <= kMaxWordLength) {
                span.end = i + length;
            }
            i += length;
        }
        spans.append(span);
    }
    return spans;
}

// The input cut to kMaxQueryLength without splitting a surrogate pair.
QStringView bounded(QStringView text) {
    if (text.size() <= kMaxQueryLength) {
        return text;
    }
    qsizetype length = kMaxQueryLength;
    if (text.at(length - 1).isHighSurrogate()) {
        --length;
    }
    return text.left(length);
}

} // namespace

QStringList SanitizedQuery::folded() const {
    QStringList result;
    result.reserve(words.size());
    for (const QueryWord &word : words) {
        result.append(word.folded);
    }
    return result;
}

SanitizedQuery sanitizeQuery(QStringView text) {
    const QStringView input = bounded(text);
    const FoldedText folded = foldTextWithOrigins(input);
    SanitizedQuery query;
    const QList<Span> spans = wordSpans(folded.text);
    for (const Span &span : spans) {
        QueryWord word;
        word.folded = folded.text.mid(span.start, span.end - span.start);
        const qsizetype first = folded.origins.at(span.start);
        qsizetype last = folded.origins.at(span.end - 1) + 1;
        // Take in the rest of the last original character (a surrogate pair, combining marks).
        while (last < input.size() &&
               (input.at(last).isLowSurrogate() ||
                QChar::category(input.at(last).unicode()) == QChar::Mark_NonSpacing)) {
            ++last;
        }
        word.original = input.mid(first, last - first).toString();
        query.words.append(word);
    }
    if (!spans.isEmpty() && spans.size() < kMaxWords) {
        query.lastWordOpen =
            spans.constLast().end == folded.text.size() && input.size() == text.size();
    }
    return query;
}

QStringList foldedWords(QStringView text) {
    return sanitizeQuery(text).folded();
}

} // namespace cg::search
