// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cg {

// A place in the window: a page ("treatment", "glossary", ...) and optionally a topic, item or
// glossary term on it. Its key ("treatment/medicines-for-calcinosis") names the place in
// history, bookmarks and settings.
struct Location {
    QString page;
    QString target;
    int scroll = -1; // where the reader was; -1 when unknown (go to the target or the top)

    bool isValid() const { return !page.isEmpty(); }
    QString key() const { return target.isEmpty() ? page : page + QLatin1Char('/') + target; }
    bool samePlace(const Location &other) const {
        return page == other.page && target == other.target;
    }
    static Location fromKey(const QString &key) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        if (slash < 0) {
            return {key, QString(), -1};
        }
        return {key.left(slash), key.mid(slash + 1), -1};
    }
};

} // namespace cg
