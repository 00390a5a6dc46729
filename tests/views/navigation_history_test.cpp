// SPDX-License-Identifier: GPL-3.0-or-later
// Back and forward behave like a browser's.
#include "window/navigation_history.h"

#include <gtest/gtest.h>

namespace cg {
namespace {

Location at(const QString &key) {
    return Location::fromKey(key);
}

TEST(NavigationHistory, GoesBackAndForward) {
    NavigationHistory history;
    EXPECT_FALSE(history.canGoBack());
    history.visit(at(QStringLiteral("overview")));
    history.visit(at(QStringLiteral("treatment/medicines-for-calcinosis")));
    history.visit(at(QStringLiteral("glossary/calcium")));
    ASSERT_TRUE(history.canGoBack());
    EXPECT_EQ(history.back().key(), QStringLiteral("treatment/medicines-for-calcinosis"));
    EXPECT_EQ(history.back().key(), QStringLiteral("overview"));
    EXPECT_FALSE(history.canGoBack());
    EXPECT_EQ(history.forward().key(), QStringLiteral("treatment/medicines-for-calcinosis"));
    EXPECT_TRUE(history.canGoForward());
}

TEST(NavigationHistory, AVisitDropsThePlacesAhead) {
    NavigationHistory history;
    history.visit(at(QStringLiteral("overview")));
    history.visit(at(QStringLiteral("causes")));
    history.back();
    history.visit(at(QStringLiteral("living")));
    EXPECT_FALSE(history.canGoForward());
    EXPECT_EQ(history.back().key(), QStringLiteral("overview"));
}

TEST(NavigationHistory, VisitingTheSamePlaceAgainIsNotAStep) {
    NavigationHistory history;
    history.visit(at(QStringLiteral("overview")));
    history.visit(at(QStringLiteral("overview")));
    EXPECT_EQ(history.size(), 1);
}

TEST(NavigationHistory, KeepsTheLatestPositionOfTheCurrentPlace) {
    NavigationHistory history;
    history.visit(at(QStringLiteral("overview")));
    history.updateCurrent({Page::Overview, QStringLiteral("five-types"), 420});
    history.visit(at(QStringLiteral("causes")));
    const Location back = history.back();
    EXPECT_EQ(back.target, QStringLiteral("five-types"));
    EXPECT_EQ(back.scroll, 420);
}

TEST(NavigationHistory, KeepsAtMostAHundredPlaces) {
    NavigationHistory history;
    for (int i = 0; i < 150; ++i) {
        history.visit({Page::Glossary, QString::number(i), -1});
    }
    EXPECT_EQ(history.size(), NavigationHistory::kMaximumEntries);
}

TEST(Location, KeysRoundTrip) {
    const Location place = at(QStringLiteral("treatment/medicines-for-calcinosis"));
    ASSERT_TRUE(place.isValid());
    EXPECT_EQ(place.page, Page::Treatment);
    EXPECT_EQ(place.target, QStringLiteral("medicines-for-calcinosis"));
    EXPECT_EQ(place.key(), QStringLiteral("treatment/medicines-for-calcinosis"));
    EXPECT_EQ(at(QStringLiteral("sources")).target, QString());
    // A key that names no page (a bookmark from a newer version, a hand-edited setting) is no
    // place, and no place has no key.
    EXPECT_FALSE(at(QStringLiteral("nowhere/calcium")).isValid());
    EXPECT_FALSE(at(QString()).isValid());
    EXPECT_EQ(Location().key(), QString());
}

} // namespace
} // namespace cg
