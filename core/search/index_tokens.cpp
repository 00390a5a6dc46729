// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/index_tokens.h"

namespace cg::search {

namespace {

bool isTokenCharacter(char32_t c) {
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

} // namespace

QList<TokenSpan> indexTokenSpans(QStringView text) {
    QList<TokenSpan> spans;
    qsizetype start = -1;
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = text.at(i).unicode();
        qsizetype length = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
            text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            length = 2;
        }
        if (isTokenCharacter(c)) {
            if (start < 0) {
                start = i;
            }
        } else if (start >= 0) {
            spans.append({start, i});
            start = -1;
        }
        i += length;
    }
    if (start >= 0) {
        spans.append({start, text.size()});
    }
    return spans;
}

QStringList indexTokens(QStringView text) {
    QStringList tokens;
    const QList<TokenSpan> spans = indexTokenSpans(text);
    tokens.reserve(spans.size());
    for (const TokenSpan &span : spans) {
        tokens.append(text.mid(span.start, span.end - span.start).toString());
    }
    return tokens;
}

} // namespace cg::search
