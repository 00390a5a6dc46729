// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "window/location.h"

#include <QList>

namespace cg {

// Back and forward as in a web browser: visiting a new place drops the places ahead of the
// current one; going back and forward moves through the list without changing it.
class NavigationHistory {
public:
    static constexpr int kMaximumEntries = 100;

    void visit(const Location &location);
    // Keeps the reader's latest scroll position and target for the current entry.
    void updateCurrent(const Location &location);

    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index >= 0 && m_index + 1 < m_entries.size(); }
    Location back();
    Location forward();
    Location current() const;
    qsizetype size() const { return m_entries.size(); }
    // Every entry, oldest first, and which one is current (for Go > History).
    const QList<Location> &entries() const { return m_entries; }
    qsizetype currentIndex() const { return m_index; }
    // Makes entry `index` current (a jump through the history list); an invalid Location
    // when there is no such entry.
    Location goTo(qsizetype index);

private:
    QList<Location> m_entries;
    qsizetype m_index = -1;
};

} // namespace cg
