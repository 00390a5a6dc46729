// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>
#include <array>
#include <optional>

// The places of the guide and the links between them, as types. The only place where page keys
// ("overview", "glossary") and link schemes ("glossary:", "topic:") are spelled out: everything
// else names a Page or a Link, and strings from the database, settings, bookmarks and documents
// are turned into them here.
namespace cg {

// The window's pages, in navigation order: the five sections, then the two reference pages.
enum class Page { Overview, Causes, Diagnosis, Treatment, Living, Glossary, Sources };

inline constexpr std::array<Page, 7> kPages = {Page::Overview,  Page::Causes, Page::Diagnosis,
                                               Page::Treatment, Page::Living, Page::Glossary,
                                               Page::Sources};
inline constexpr std::array<Page, 5> kSectionPages = {Page::Overview, Page::Causes, Page::Diagnosis,
                                                      Page::Treatment, Page::Living};

// The sections have content of their own in the database (a section row, topics and items);
// the glossary and the sources do not.
constexpr bool isSectionPage(Page page) {
    return page != Page::Glossary && page != Page::Sources;
}

// The key a page is stored under: in the database (section keys), in settings and bookmarks
// (place keys), in object names. Fixed: content and saved bookmarks use them.
QString pageKey(Page page);
// The page a key names, or nothing for an unknown key (case matters: keys are lower case).
std::optional<Page> pageFromKey(QStringView key);

// The five section keys, in reading order.
QStringList sectionKeys();
inline const QStringList kSectionKeys = sectionKeys();

// A page and optionally a topic, item or glossary term on it. Its key
// ("treatment/medicines-for-calcinosis") names the place in history, bookmarks and settings.
struct Place {
    Page page = Page::Overview;
    QString target;

    QString key() const;
    // The place a key names; nothing when the page part is not a page.
    static std::optional<Place> fromKey(QStringView key);
    bool operator==(const Place &other) const {
        return page == other.page && target == other.target;
    }
    bool operator!=(const Place &other) const { return !(*this == other); }
};

// A link in a document the guide shows, or a search result to open. Parsed from an href once;
// views, the window and read aloud ask its kind instead of comparing schemes.
struct Link {
    enum class Kind {
        None,         // not a link of ours (a web address, a malformed link): never followed
        Page,         // "page:<key>"
        Topic,        // "topic:<id>"
        Item,         // "item:<id>"
        GlossaryTerm, // "glossary:<id>", a glossary word marked in running text
        SeeAlso,      // "see:<id>", a plain link to a glossary entry (the glossary's "See also")
        Sources,      // "sources:<id>,<id>": the sources behind a fact
        Evidence,     // "evidence:<id>": an evidence level's badge
        Anchor,       // "#<id>": a part of the same view
    };

    Kind kind = Kind::None;
    Page page = Page::Overview; // for Kind::Page
    QString id;                 // the topic, item, term, evidence or anchor id; source ids joined

    bool isValid() const { return kind != Kind::None; }
    // Whether following it opens a glossary entry (marked word or "See also").
    bool opensGlossaryTerm() const { return kind == Kind::GlossaryTerm || kind == Kind::SeeAlso; }
    // The source ids of a Sources link, in order.
    QStringList sourceIds() const;
    // The href that parses back to this link ("glossary:calcium"); empty for Kind::None.
    QString href() const;

    static Link toPage(Page page);
    static Link topic(const QString &id);
    static Link item(const QString &id);
    static Link glossaryTerm(const QString &id);
    static Link seeAlso(const QString &id);
    static Link sources(const QStringList &ids);
    static Link evidence(const QString &id);
    static Link anchor(const QString &id);

    // Every link the guide writes, and nothing else: an unknown scheme, a missing or empty id,
    // an unknown page, a host or a query part give Kind::None.
    static Link parse(const QUrl &url);
    static Link parse(const QString &href) { return parse(QUrl(href)); }

    bool operator==(const Link &other) const {
        return kind == other.kind && id == other.id && (kind != Kind::Page || page == other.page);
    }
    bool operator!=(const Link &other) const { return !(*this == other); }
};

} // namespace cg

Q_DECLARE_METATYPE(cg::Page)
Q_DECLARE_METATYPE(cg::Link)
