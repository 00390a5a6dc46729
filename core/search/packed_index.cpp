// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/packed_index.h"

namespace cg::search {

namespace {

void appendNumber(QByteArray &out, quint64 value) {
    while (value >= 0x80) {
        out.append(char(0x80 | (value & 0x7F)));
        value >>= 7;
    }
    out.append(char(value));
}

// Reads one number at `at`, moving past it; false at the end or on a number over 64 bits.
bool readNumber(QByteArrayView bytes, qsizetype &at, quint64 &value) {
    value = 0;
    for (unsigned shift = 0; at < bytes.size(); shift += 7) {
        const auto byte = quint8(bytes.at(at++));
        if (shift == 63 && byte > 1) {
            return false;
        }
        value |= quint64(byte & 0x7F) << shift;
        if ((byte & 0x80) == 0) {
            return true;
        }
        if (shift == 63) {
            return false;
        }
    }
    return false;
}

} // namespace

QByteArray packNumbers(const std::vector<quint64> &values, bool ascending) {
    QByteArray out;
    out.reserve(qsizetype(values.size()) * 2);
    quint64 previous = 0;
    for (const quint64 value : values) {
        appendNumber(out, ascending ? value - previous : value);
        previous = value;
    }
    return out;
}

bool unpackNumbers(QByteArrayView bytes, size_t count, bool ascending,
                   std::vector<quint64> &values) {
    values.clear();
    if (count > size_t(bytes.size())) {
        return false; // every number takes a byte at least: no reserving for a damaged count
    }
    values.reserve(count);
    qsizetype at = 0;
    quint64 previous = 0;
    for (size_t i = 0; i < count; ++i) {
        quint64 value = 0;
        if (!readNumber(bytes, at, value)) {
            return false;
        }
        if (ascending) {
            if (value > ~previous) {
                return false; // past 64 bits
            }
            value += previous;
        }
        values.push_back(value);
        previous = value;
    }
    return at == bytes.size();
}

QByteArray packKeys(const std::vector<TokenKey> &keys) {
    QByteArray out;
    out.reserve(qsizetype(keys.size()) * 3);
    quint32 passage = 0;
    quint32 offset = 0;
    unsigned column = 0;
    bool first = true;
    for (const TokenKey key : keys) {
        const bool sameRun = !first && keyPassage(key) == passage && keyColumn(key) == column;
        appendNumber(out, keyPassage(key) - passage);
        appendNumber(out, (quint64(sameRun ? keyOffset(key) - offset : keyOffset(key)) << 2) |
                              unsigned(keyColumn(key)));
        passage = keyPassage(key);
        column = unsigned(keyColumn(key));
        offset = keyOffset(key);
        first = false;
    }
    return out;
}

bool unpackKeys(QByteArrayView bytes, quint32 passages, std::vector<TokenKey> &keys) {
    qsizetype at = 0;
    quint64 passage = 0;
    quint64 offset = 0;
    unsigned column = 0;
    bool first = true;
    while (at < bytes.size()) {
        quint64 step = 0;
        quint64 packed = 0;
        if (!readNumber(bytes, at, step) || !readNumber(bytes, at, packed)) {
            return false;
        }
        const auto nextColumn = unsigned(packed & 3U);
        const quint64 value = packed >> 2;
        if (step > passages || passage + step >= passages || nextColumn > BodyColumn) {
            return false;
        }
        const bool sameRun = !first && step == 0 && nextColumn == column;
        if (!first && step == 0 && nextColumn < column) {
            return false; // keys must ascend
        }
        const quint64 nextOffset = sameRun ? offset + value : value;
        if (nextOffset > 0xFFFFFFFFU || (sameRun && value == 0)) {
            return false;
        }
        passage += step;
        column = nextColumn;
        offset = nextOffset;
        keys.push_back(tokenKey(quint32(passage), column, quint32(offset)));
        first = false;
    }
    return true;
}

} // namespace cg::search
