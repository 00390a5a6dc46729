// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/search_index_layout.h"

#include <QByteArray>
#include <QByteArrayView>
#include <vector>

// How the content compiler stores a language's search index for the engine (the tables
// search_terms and search_passages, see search_index_layout.h): lists of numbers packed as
// variable-length integers (7 bits a byte, low bits first, the high bit set on every byte but
// the last), so that reading an index is a few rows and a loop over bytes rather than a row per
// token.
namespace cg::search {

// Where one token stands: passage (numbered densely from 0 in rowid order), column and token
// offset, packed so that keys sort in index order and the token after `key` is `key + 1`.
using TokenKey = quint64;

constexpr TokenKey tokenKey(quint32 passage, unsigned column, quint32 offset) {
    return (TokenKey(passage) << 34) | (TokenKey(column & 3U) << 32) | offset;
}
constexpr quint32 keyPassage(TokenKey key) {
    return quint32(key >> 34);
}
constexpr SearchColumn keyColumn(TokenKey key) {
    return SearchColumn((key >> 32) & 3U);
}
constexpr quint32 keyOffset(TokenKey key) {
    return quint32(key & 0xFFFFFFFFU);
}

// Numbers one after another. With `ascending` each is stored as its difference to the one
// before (the list must not decrease).
QByteArray packNumbers(const std::vector<quint64> &values, bool ascending);
// Exactly `count` numbers, or false when the bytes do not hold that (cut short, too long, a
// number over 64 bits).
bool unpackNumbers(QByteArrayView bytes, size_t count, bool ascending,
                   std::vector<quint64> &values);

// A term's token keys, strictly ascending: per key the difference in passage, then the offset
// (its difference to the previous one within the same passage and column) shifted left by two
// with the column below; two or three bytes a token on the guide's content.
QByteArray packKeys(const std::vector<TokenKey> &keys);
// Appends the keys to `keys`; false when the bytes are not a strictly ascending list of keys
// of passages below `passages` and indexed columns.
bool unpackKeys(QByteArrayView bytes, quint32 passages, std::vector<TokenKey> &keys);

} // namespace cg::search
