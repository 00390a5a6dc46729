// SPDX-License-Identifier: GPL-3.0-or-later
// The packed lists the compiler stores a language's search index in: what is packed unpacks
// the same, and bytes that are not such a list are refused, never read past or trusted.
#include "search/packed_index.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

namespace cg::search {
namespace {

TEST(PackedIndex, NumbersRoundTrip) {
    const std::vector<quint64> values{0, 1, 127, 128, 300, 16384, 0xFFFFFFFFULL, ~quint64(0)};
    std::vector<quint64> read;
    ASSERT_TRUE(unpackNumbers(packNumbers(values, false), values.size(), false, read));
    EXPECT_EQ(read, values);
    const std::vector<quint64> ascending{3, 3, 10, 1000, 1000000, ~quint64(0)};
    ASSERT_TRUE(unpackNumbers(packNumbers(ascending, true), ascending.size(), true, read));
    EXPECT_EQ(read, ascending);
    // One byte each below 128.
    EXPECT_EQ(packNumbers({1, 2, 3}, false).size(), 3);
}

TEST(PackedIndex, DamagedNumbersAreRefused) {
    const QByteArray packed = packNumbers({5, 500, 50000}, false);
    std::vector<quint64> read;
    EXPECT_FALSE(unpackNumbers(packed, 4, false, read));                         // fewer than said
    EXPECT_FALSE(unpackNumbers(packed, 2, false, read));                         // bytes left over
    EXPECT_FALSE(unpackNumbers(packed.left(packed.size() - 1), 3, false, read)); // cut short
    EXPECT_FALSE(unpackNumbers(QByteArray(11, char(0xFF)), 1, false, read));     // over 64 bits
    EXPECT_FALSE(unpackNumbers(packed, size_t(1) << 40, false, read)); // a count no bytes hold
    // Differences that add up past 64 bits.
    EXPECT_FALSE(unpackNumbers(packNumbers({~quint64(0), ~quint64(0)}, false), 2, true, read));
}

TEST(PackedIndex, KeysRoundTrip) {
    std::vector<TokenKey> keys{tokenKey(0, TitleColumn, 0),    tokenKey(0, TitleColumn, 3),
                               tokenKey(0, BodyColumn, 1),     tokenKey(0, BodyColumn, 70000),
                               tokenKey(5, KeywordsColumn, 2), tokenKey(9, BodyColumn, 0)};
    std::vector<TokenKey> read;
    ASSERT_TRUE(unpackKeys(packKeys(keys), 10, read));
    EXPECT_EQ(read, keys);
    // Random sorted lists of every shape.
    QRandomGenerator random(7);
    for (int round = 0; round < 200; ++round) {
        std::vector<TokenKey> many;
        for (int i = 0; i < 50; ++i) {
            many.push_back(
                tokenKey(random.bounded(1000U), random.bounded(3U), random.bounded(5000U)));
        }
        std::sort(many.begin(), many.end());
        many.erase(std::unique(many.begin(), many.end()), many.end());
        read.clear();
        ASSERT_TRUE(unpackKeys(packKeys(many), 1000, read));
        EXPECT_EQ(read, many);
    }
}

TEST(PackedIndex, DamagedKeysAreRefused) {
    const std::vector<TokenKey> keys{tokenKey(1, BodyColumn, 4), tokenKey(2, TitleColumn, 0)};
    const QByteArray packed = packKeys(keys);
    std::vector<TokenKey> read;
    EXPECT_FALSE(unpackKeys(packed, 2, read)); // passage 2 of 2
    read.clear();
    EXPECT_FALSE(unpackKeys(packed.left(packed.size() - 1), 3, read)); // cut short
    read.clear();
    EXPECT_FALSE(unpackKeys(packKeys({tokenKey(0, KindColumn, 0)}), 3, read)); // not indexed
    read.clear();
    // The same key twice, and a column going back within a passage.
    EXPECT_FALSE(
        unpackKeys(packKeys({tokenKey(0, BodyColumn, 2), tokenKey(0, BodyColumn, 2)}), 3, read));
    read.clear();
    QByteArray backwards = packKeys({tokenKey(0, BodyColumn, 2)});
    backwards += packKeys({tokenKey(0, TitleColumn, 1)});
    EXPECT_FALSE(unpackKeys(backwards, 3, read));
    read.clear();
    EXPECT_TRUE(unpackKeys(QByteArray(), 3, read)); // no places: a valid, empty list
    EXPECT_TRUE(read.empty());
}

} // namespace
} // namespace cg::search
