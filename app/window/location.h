// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/place.h"

#include <QString>

namespace cg {

// A place in the window (a page, optionally a topic, item or glossary term on it: see Place)
// and where the reader was on it. Default-constructed it is no place at all.
struct Location {
    Location() = default;
    // NOLINTNEXTLINE(google-explicit-constructor): {Page::Glossary, termId, -1} reads well.
    Location(Page onPage, QString targetId = {}, int scrollTo = -1)
        : page(onPage), target(std::move(targetId)), scroll(scrollTo), m_valid(true) {}
    explicit Location(const Place &at, int scrollTo = -1)
        : Location(at.page, at.target, scrollTo) {}

    Page page = Page::Overview;
    QString target;
    int scroll = -1; // where the reader was; -1 when unknown (go to the target or the top)

    bool isValid() const { return m_valid; }
    Place place() const { return {page, target}; }
    // The place's key (see Place::key()); empty for no place.
    QString key() const { return m_valid ? place().key() : QString(); }
    bool samePlace(const Location &other) const {
        return m_valid == other.m_valid && page == other.page && target == other.target;
    }
    // The place a key names; no place when the key names no page.
    static Location fromKey(QStringView key) {
        const std::optional<Place> place = Place::fromKey(key);
        return place ? Location(*place) : Location();
    }

private:
    bool m_valid = false;
};

} // namespace cg
