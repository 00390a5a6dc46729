// SPDX-License-Identifier: GPL-3.0-or-later
// Pages, places and links as types: every page's key round-trips, every link the guide writes
// parses back to what was written, and links that are not ours (or are malformed) are never
// taken for one of ours.
#include "content/place.h"
#include "test_support.h"

#include <QSet>
#include <gtest/gtest.h>

namespace cg {
namespace {

std::string text(const QString &value) {
    return value.toStdString();
}

TEST(PlaceTest, EveryPageKeyRoundTrips) {
    QSet<QString> keys;
    for (const Page page : kPages) {
        const QString key = pageKey(page);
        EXPECT_FALSE(key.isEmpty());
        EXPECT_EQ(pageFromKey(key), page) << text(key);
        keys.insert(key);
    }
    EXPECT_EQ(keys.size(), static_cast<qsizetype>(kPages.size())); // no two pages share a key
}

TEST(PlaceTest, KeysAreTheOnesContentAndBookmarksUse) {
    // Saved bookmarks, settings and the content database hold these exact keys: renaming one
    // would lose readers' bookmarks and the sections' content.
    EXPECT_EQ(sectionKeys(), (QStringList{QStringLiteral("overview"), QStringLiteral("causes"),
                                          QStringLiteral("diagnosis"), QStringLiteral("treatment"),
                                          QStringLiteral("living")}));
    EXPECT_EQ(pageKey(Page::Glossary), QStringLiteral("glossary"));
    EXPECT_EQ(pageKey(Page::Sources), QStringLiteral("sources"));
    EXPECT_EQ(kSectionKeys, sectionKeys());
}

TEST(PlaceTest, SectionsAreTheFirstFivePages) {
    ASSERT_EQ(kSectionPages.size(), 5U);
    for (std::size_t i = 0; i < kPages.size(); ++i) {
        EXPECT_EQ(isSectionPage(kPages.at(i)), i < kSectionPages.size()) << i;
        if (i < kSectionPages.size()) {
            EXPECT_EQ(kPages.at(i), kSectionPages.at(i)) << i;
        }
    }
}

TEST(PlaceTest, UnknownPageKeysAreNoPage) {
    for (const QString &key : {QString(), QStringLiteral("Overview"), QStringLiteral("overview "),
                               QStringLiteral("red-flags"), QStringLiteral("overview/x"),
                               QStringLiteral("glossaries")}) {
        EXPECT_FALSE(pageFromKey(key).has_value()) << text(key);
    }
}

TEST(PlaceTest, PlaceKeysRoundTrip) {
    for (const Page page : kPages) {
        for (const QString &target :
             {QString(), QStringLiteral("calcium"), QStringLiteral("medicines-for-calcinosis")}) {
            const Place place{page, target};
            const std::optional<Place> back = Place::fromKey(place.key());
            ASSERT_TRUE(back.has_value()) << text(place.key());
            EXPECT_TRUE(*back == place) << text(place.key());
        }
    }
    EXPECT_EQ((Place{Page::Treatment, QStringLiteral("diltiazem")}).key(),
              QStringLiteral("treatment/diltiazem"));
    EXPECT_EQ((Place{Page::Sources, QString()}).key(), QStringLiteral("sources"));
}

TEST(PlaceTest, PlaceKeysWithoutAPageAreNoPlace) {
    for (const QString &key : {QString(), QStringLiteral("/calcium"), QStringLiteral("nowhere"),
                               QStringLiteral("nowhere/calcium"), QStringLiteral("Glossary/x")}) {
        EXPECT_FALSE(Place::fromKey(key).has_value()) << text(key);
    }
    // Only the first slash divides: an id may hold one.
    const std::optional<Place> nested = Place::fromKey(QStringLiteral("glossary/a/b"));
    ASSERT_TRUE(nested.has_value());
    EXPECT_EQ(nested->target, QStringLiteral("a/b"));
}

TEST(PlaceTest, EveryLinkSchemeRoundTrips) {
    QList<Link> links = {Link::topic(QStringLiteral("what-is-calcinosis")),
                         Link::item(QStringLiteral("diltiazem")),
                         Link::glossaryTerm(QStringLiteral("calcium")),
                         Link::seeAlso(QStringLiteral("dermatomyositis")),
                         Link::sources({QStringLiteral("nhs-2023"), QStringLiteral("dmf")}),
                         Link::evidence(QStringLiteral("small-studies")),
                         Link::anchor(QStringLiteral("about"))};
    for (const Page page : kPages) {
        links.append(Link::toPage(page));
    }
    for (const Link &link : links) {
        ASSERT_TRUE(link.isValid());
        const QString href = link.href();
        const Link back = Link::parse(href);
        EXPECT_TRUE(back == link) << text(href) << " came back as " << text(back.href());
        EXPECT_EQ(back.href(), href);
        EXPECT_TRUE(Link::parse(QUrl(href)) == link) << text(href);
    }
}

TEST(PlaceTest, LinksParseToTheirKind) {
    struct Case {
        const char *href;
        Link::Kind kind;
        const char *id;
    };
    const Case cases[] = {
        {"glossary:calcium", Link::Kind::GlossaryTerm, "calcium"},
        {"see:calcium", Link::Kind::SeeAlso, "calcium"},
        {"topic:what-is-it", Link::Kind::Topic, "what-is-it"},
        {"item:diltiazem", Link::Kind::Item, "diltiazem"},
        {"sources:a,b", Link::Kind::Sources, "a,b"},
        {"evidence:guideline", Link::Kind::Evidence, "guideline"},
        {"#about", Link::Kind::Anchor, "about"},
    };
    for (const Case &c : cases) {
        const Link link = Link::parse(QString::fromLatin1(c.href));
        EXPECT_EQ(link.kind, c.kind) << c.href;
        EXPECT_EQ(link.id, QString::fromLatin1(c.id)) << c.href;
    }
    const Link page = Link::parse(QStringLiteral("page:treatment"));
    EXPECT_EQ(page.kind, Link::Kind::Page);
    EXPECT_EQ(page.page, Page::Treatment);
    EXPECT_EQ(Link::parse(QStringLiteral("sources:a,,b")).sourceIds(),
              (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_TRUE(Link::parse(QStringLiteral("glossary:calcium")).opensGlossaryTerm());
    EXPECT_TRUE(Link::parse(QStringLiteral("see:calcium")).opensGlossaryTerm());
    EXPECT_FALSE(Link::parse(QStringLiteral("topic:calcium")).opensGlossaryTerm());
    EXPECT_TRUE(Link::parse(QStringLiteral("topic:x")).sourceIds().isEmpty());
}

TEST(PlaceTest, MalformedAndForeignLinksAreNotFollowed) {
    for (const char *href : {
             "",                          // nothing
             "glossary:",                 // no id
             "topic:",                    //
             "item:",                     //
             "see:",                      //
             "sources:",                  //
             "evidence:",                 //
             "#",                         // an empty anchor
             "page:",                     // no page
             "page:nowhere",              // not a page
             "page:Overview",             // keys are lower case
             "page:red-flags",            // a search section, not a page
             "https://example.org/topic", // the guide never goes online
             "http:calcium",              //
             "mailto:someone@example.org",
             "file:///etc/passwd",
             "cg:overview",           // not a scheme of ours
             "glossary://calcium",    // a host is not an id
             "glossary:calcium?x=1",  // no queries
             "topic:what-is-it#part", // no fragments after an id
             "overview",              // a relative path
             "overview#part",         //
         }) {
        const Link link = Link::parse(QString::fromLatin1(href));
        EXPECT_FALSE(link.isValid()) << href << " parsed as " << text(link.href());
        EXPECT_TRUE(link.href().isEmpty()) << href;
    }
}

TEST(PlaceTest, LinksMadeWithoutAnIdAreNoLink) {
    EXPECT_FALSE(Link::topic(QString()).isValid());
    EXPECT_FALSE(Link::glossaryTerm(QString()).isValid());
    EXPECT_FALSE(Link::sources({}).isValid());
    EXPECT_FALSE(Link().isValid());
    EXPECT_TRUE(Link::toPage(Page::Overview).isValid());
}

} // namespace
} // namespace cg
