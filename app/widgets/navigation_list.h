// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/place.h"

#include <QListWidget>
#include <optional>

namespace cg {

// The list of places down the side of the window: the five sections, a gap, then the glossary
// and the sources. The current place is filled in the accent colour; arrow keys and clicks
// choose a place.
class NavigationList : public QListWidget {
    Q_OBJECT

public:
    explicit NavigationList(QWidget *parent = nullptr);

    // Adds an entry (after a gap when `afterGap`); the title can change later with setTitle.
    void addEntry(Page page, const QIcon &icon, bool afterGap = false);
    void setTitle(Page page, const QString &title);
    void setIcon(Page page, const QIcon &icon);
    // Selects without announcing: the window already knows where it is.
    void setCurrentPage(Page page);
    std::optional<Page> currentPage() const;
    QList<Page> pages() const;
    // Row of a page, for tests that click it.
    int rowOf(Page page) const;

    struct Colors {
        QColor panel, text, accent, accentText, hover;
    };
    void setColors(const Colors &colors);
    const Colors &colors() const { return m_colors; }
    // Icons only, for narrow windows; titles move to tooltips.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

    QSize sizeHint() const override;
    // True while pageChosen is sent for a move made with an arrow key (or Home, End, Page Up,
    // Page Down), not a click or Enter.
    bool choseByArrowKey() const { return m_byArrowKey; }

Q_SIGNALS:
    void pageChosen(cg::Page page);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QListWidgetItem *itemFor(Page page) const;
    void applyTitle(QListWidgetItem *item);

    Colors m_colors{QColor(0xf0, 0xf4, 0xf5), QColor(0x21, 0x2b, 0x32), QColor(0x00, 0x5e, 0xb8),
                    QColor(0xff, 0xff, 0xff), QColor(0xdd, 0xe5, 0xe8)};
    bool m_compact = false;
    mutable int m_widestTitle = -1; // cached width of the longest title, -1 when unknown
    bool m_announce = true;
    bool m_byArrowKey = false;
};

} // namespace cg
