// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/cjk_bigrams.h"

#include <QList>

namespace cg::search {

namespace {

// One code point of folded text: where it is and how many UTF-16 units it takes.
struct Unit {
    qsizetype index = 0;
    qsizetype length = 1;
    bool cjk = false;
};

QList<Unit> units(const QString &text) {
    QList<Unit> result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        Unit unit{i, 1, false};
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
            text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            unit.length = 2;
        }
        unit.cjk = isCjk(c);
        result.append(unit);
        i += unit.length;
    }
    return result;
}

void append(FoldedText &out, const FoldedText &from, const Unit &unit) {
    for (qsizetype k = 0; k < unit.length; ++k) {
        out.text.append(from.text.at(unit.index + k));
        out.origins.append(from.origins.at(unit.index + k));
    }
}

void appendSpace(FoldedText &out, qsizetype origin) {
    out.text.append(QLatin1Char(' '));
    out.origins.append(origin);
}

} // namespace

bool isCjk(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x20000 && c <= 0x3134F) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x3040 && c <= 0x30FF) || c == 0x3007;
}

FoldedText toBigramText(const FoldedText &folded) {
    const QList<Unit> all = units(folded.text);
    FoldedText out;
    out.text.reserve(folded.text.size() * 3);
    out.origins.reserve(folded.text.size() * 3);
    qsizetype i = 0;
    while (i < all.size()) {
        if (!all.at(i).cjk) {
            append(out, folded, all.at(i));
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < all.size() && all.at(end).cjk) {
            ++end;
        }
        // Keep the run apart from letters on either side: "ct检查" -> "ct 检查 查".
        const qsizetype origin = folded.origins.at(all.at(i).index);
        if (!out.text.isEmpty() && !out.text.back().isSpace()) {
            appendSpace(out, origin);
        }
        for (qsizetype k = i; k + 1 < end; ++k) {
            append(out, folded, all.at(k));
            append(out, folded, all.at(k + 1));
            appendSpace(out, folded.origins.at(all.at(k + 1).index));
        }
        append(out, folded, all.at(end - 1));
        if (end < all.size()) {
            appendSpace(out, folded.origins.at(all.at(end).index));
        }
        i = end;
    }
    return out;
}

QStringList bigramTokens(const QString &word) {
    const QList<Unit> all = units(word);
    QStringList tokens;
    qsizetype i = 0;
    while (i < all.size()) {
        qsizetype end = i;
        const bool cjk = all.at(i).cjk;
        while (end < all.size() && all.at(end).cjk == cjk) {
            ++end;
        }
        const auto piece = [&](qsizetype first, qsizetype last) {
            const qsizetype from = all.at(first).index;
            return word.mid(from, all.at(last).index + all.at(last).length - from);
        };
        if (!cjk || end - i == 1) {
            tokens.append(piece(i, end - 1));
        } else {
            for (qsizetype k = i; k + 1 < end; ++k) {
                tokens.append(piece(k, k + 1));
            }
        }
        i = end;
    }
    return tokens;
}

} // namespace cg::search
