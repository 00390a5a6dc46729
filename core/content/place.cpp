// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/place.h"

namespace cg {

namespace {

struct PageName {
    Page page;
    QLatin1String key;
};

constexpr std::array<PageName, 7> kPageNames = {{
    {Page::Overview, QLatin1String("overview")},
    {Page::Causes, QLatin1String("causes")},
    {Page::Diagnosis, QLatin1String("diagnosis")},
    {Page::Treatment, QLatin1String("treatment")},
    {Page::Living, QLatin1String("living")},
    {Page::Glossary, QLatin1String("glossary")},
    {Page::Sources, QLatin1String("sources")},
}};

struct SchemeName {
    Link::Kind kind;
    QLatin1String scheme;
};

constexpr std::array<SchemeName, 7> kSchemes = {{
    {Link::Kind::Page, QLatin1String("page")},
    {Link::Kind::Topic, QLatin1String("topic")},
    {Link::Kind::Item, QLatin1String("item")},
    {Link::Kind::GlossaryTerm, QLatin1String("glossary")},
    {Link::Kind::SeeAlso, QLatin1String("see")},
    {Link::Kind::Sources, QLatin1String("sources")},
    {Link::Kind::Evidence, QLatin1String("evidence")},
}};

Link make(Link::Kind kind, const QString &id) {
    Link link;
    if (!id.isEmpty()) {
        link.kind = kind;
        link.id = id;
    }
    return link;
}

} // namespace

QString pageKey(Page page) {
    for (const PageName &name : kPageNames) {
        if (name.page == page) {
            return name.key;
        }
    }
    return {};
}

std::optional<Page> pageFromKey(QStringView key) {
    for (const PageName &name : kPageNames) {
        if (key == name.key) {
            return name.page;
        }
    }
    return std::nullopt;
}

QStringList sectionKeys() {
    QStringList keys;
    for (const Page page : kSectionPages) {
        keys.append(pageKey(page));
    }
    return keys;
}

QString Place::key() const {
    return target.isEmpty() ? pageKey(page) : pageKey(page) + QLatin1Char('/') + target;
}

std::optional<Place> Place::fromKey(QStringView key) {
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    const std::optional<Page> page = pageFromKey(slash < 0 ? key : key.left(slash));
    if (!page) {
        return std::nullopt;
    }
    return Place{*page, slash < 0 ? QString() : key.mid(slash + 1).toString()};
}

QStringList Link::sourceIds() const {
    return kind == Kind::Sources ? id.split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList();
}

QString Link::href() const {
    if (kind == Kind::None) {
        return {};
    }
    if (kind == Kind::Anchor) {
        return QLatin1Char('#') + id;
    }
    const QString target = kind == Kind::Page ? pageKey(page) : id;
    for (const SchemeName &name : kSchemes) {
        if (name.kind == kind) {
            return name.scheme + QLatin1Char(':') + target;
        }
    }
    return {};
}

Link Link::toPage(Page page) {
    Link link;
    link.kind = Kind::Page;
    link.page = page;
    return link;
}

Link Link::topic(const QString &id) {
    return make(Kind::Topic, id);
}

Link Link::item(const QString &id) {
    return make(Kind::Item, id);
}

Link Link::glossaryTerm(const QString &id) {
    return make(Kind::GlossaryTerm, id);
}

Link Link::seeAlso(const QString &id) {
    return make(Kind::SeeAlso, id);
}

Link Link::sources(const QStringList &ids) {
    return make(Kind::Sources, ids.join(QLatin1Char(',')));
}

Link Link::evidence(const QString &id) {
    return make(Kind::Evidence, id);
}

Link Link::anchor(const QString &id) {
    return make(Kind::Anchor, id);
}

Link Link::parse(const QUrl &url) {
    if (!url.isValid() || url.hasQuery() || !url.host().isEmpty()) {
        return {};
    }
    const QString scheme = url.scheme();
    if (scheme.isEmpty()) {
        // "#part": a part of the same view; a relative path is nothing of ours.
        return url.path().isEmpty() && url.hasFragment() ? anchor(url.fragment()) : Link();
    }
    if (url.hasFragment()) {
        return {};
    }
    for (const SchemeName &name : kSchemes) {
        if (scheme != name.scheme) {
            continue;
        }
        if (name.kind == Kind::Page) {
            const std::optional<Page> page = pageFromKey(url.path());
            return page ? toPage(*page) : Link();
        }
        return make(name.kind, url.path());
    }
    return {};
}

} // namespace cg
