// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/text_folding.h"

#include <QChar>

namespace cg::search {

namespace {

constexpr char32_t kTatweel = 0x0640;
constexpr char32_t kAlef = 0x0627;
constexpr char32_t kYeh = 0x064A;
constexpr char32_t kHeh = 0x0647;
constexpr char32_t kKaf = 0x0643;

bool isHangulSyllable(char32_t c) {
    return c >= 0xAC00 && c <= 0xD7A3;
}

bool isDropped(char32_t c) {
    if (c == kTatweel) {
        return true;
    }
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return true;
    default:
        return false;
    }
}

char32_t arabicVariant(char32_t c) {
    switch (c) {
    case 0x0622: // alef with madda above
    case 0x0623: // alef with hamza above
    case 0x0625: // alef with hamza below
    case 0x0671: // alef wasla
    case 0x0672: // alef with wavy hamza above
    case 0x0673: // alef with wavy hamza below
        return kAlef;
    case 0x0649: // alef maqsura
    case 0x06CC: // Farsi yeh
        return kYeh;
    case 0x0629: // teh marbuta
        return kHeh;
    case 0x06A9: // keheh
        return kKaf;
    default:
        return c;
    }
}

// Appends the folded form of one code point. Decomposition is recursive (a decomposed
// character may itself decompose) but Unicode keeps it shallow; the depth guard only protects
// against a broken table.
void foldCodePoint(char32_t c, qsizetype origin, FoldedText &out, int depth = 0) {
    if (c < 0x80) {
        const char32_t lower = (c >= U'A' && c <= U'Z') ? c + 32 : c;
        out.text.append(QChar(char16_t(lower)));
        out.origins.append(origin);
        return;
    }
    if (isDropped(c)) {
        return;
    }
    if (depth < 8 && !isHangulSyllable(c) && QChar::decompositionTag(c) != QChar::NoDecomposition) {
        const QString parts = QChar::decomposition(c);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            char32_t part = parts.at(i).unicode();
            if (parts.at(i).isHighSurrogate() && i + 1 < parts.size() &&
                parts.at(i + 1).isLowSurrogate()) {
                part = QChar::surrogateToUcs4(parts.at(i), parts.at(i + 1));
                ++i;
            }
            foldCodePoint(part, origin, out, depth + 1);
        }
        return;
    }
    const char32_t folded = QChar::toCaseFolded(arabicVariant(c));
    if (QChar::requiresSurrogates(folded)) {
        out.text.append(QChar(QChar::highSurrogate(folded)));
        out.text.append(QChar(QChar::lowSurrogate(folded)));
        out.origins.append(origin);
        out.origins.append(origin);
    } else {
        out.text.append(QChar(char16_t(folded)));
        out.origins.append(origin);
    }
}

bool isArabicLetter(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 0x0621 && u <= 0x064A) || (u >= 0x066E && u <= 0x06D3) ||
           (u >= 0x06FA && u <= 0x06FC);
}

// Removes a definite article from the start of every word of Arabic letters that keeps at
// least three letters without it. Runs after character folding, so alef forms are already one.
void stripArabicArticles(FoldedText &folded) {
    static const QString kPrefixes[] = {
        QStringLiteral("\u0648\u0627\u0644"), // وال
        QStringLiteral("\u0628\u0627\u0644"), // بال
        QStringLiteral("\u0641\u0627\u0644"), // فال
        QStringLiteral("\u0627\u0644"),       // ال
        QStringLiteral("\u0644\u0644"),       // لل
    };
    constexpr qsizetype kMinimumStem = 3;
    FoldedText result;
    result.text.reserve(folded.text.size());
    result.origins.reserve(folded.origins.size());
    const QString &text = folded.text;
    qsizetype i = 0;
    while (i < text.size()) {
        const bool wordStart =
            isArabicLetter(text.at(i)) &&
            (i == 0 || !(text.at(i - 1).isLetterOrNumber() || text.at(i - 1).isLowSurrogate()));
        if (wordStart) {
            qsizetype end = i;
            while (end < text.size() && isArabicLetter(text.at(end))) {
                ++end;
            }
            qsizetype skip = 0;
            for (const QString &prefix : kPrefixes) {
                if (end - i - prefix.size() >= kMinimumStem &&
                    QStringView(text).mid(i, prefix.size()) == prefix) {
                    skip = prefix.size();
                    break;
                }
            }
            for (qsizetype k = i + skip; k < end; ++k) {
                result.text.append(text.at(k));
                result.origins.append(folded.origins.at(k));
            }
            i = end;
            continue;
        }
        result.text.append(text.at(i));
        result.origins.append(folded.origins.at(i));
        ++i;
    }
    folded = std::move(result);
}

bool containsArabic(const QString &text) {
    for (const QChar c : text) {
        if (isArabicLetter(c)) {
            return true;
        }
    }
    return false;
}

} // namespace

FoldedText foldTextWithOrigins(QStringView text, FoldOptions options) {
    FoldedText out;
    out.text.reserve(text.size());
    out.origins.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype origin = i;
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
            text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        } else if (text.at(i).isSurrogate()) {
            continue; // a lone surrogate is not a character: drop it
        }
        foldCodePoint(c, origin, out);
    }
    if (options == FoldOptions::ArabicArticles && containsArabic(out.text)) {
        stripArabicArticles(out);
    }
    return out;
}

QString foldText(QStringView text, FoldOptions options) {
    return foldTextWithOrigins(text, options).text;
}

} // namespace cg::search
