// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/navigation_history.h"

namespace cg {

void NavigationHistory::visit(const Location &location) {
    if (m_index >= 0 && m_entries.at(m_index).samePlace(location)) {
        return; // clicking where you are is not a step
    }
    m_entries.erase(m_entries.begin() + (m_index + 1), m_entries.end());
    m_entries.append(location);
    if (m_entries.size() > kMaximumEntries) {
        m_entries.removeFirst();
    }
    m_index = m_entries.size() - 1;
}

void NavigationHistory::updateCurrent(const Location &location) {
    if (m_index >= 0) {
        m_entries[m_index] = location;
    }
}

Location NavigationHistory::goTo(qsizetype index) {
    if (index < 0 || index >= m_entries.size()) {
        return {};
    }
    m_index = index;
    return m_entries.at(m_index);
}

Location NavigationHistory::back() {
    if (canGoBack()) {
        --m_index;
    }
    return current();
}

Location NavigationHistory::forward() {
    if (canGoForward()) {
        ++m_index;
    }
    return current();
}

Location NavigationHistory::current() const {
    return m_index >= 0 ? m_entries.at(m_index) : Location();
}

} // namespace cg
