#pragma once

#include <QListWidget>

namespace cg {

// The list of places down the side of the window: the five sections, a gap, then the glossary
// and the sources. The current place is filled in the accent colour; arrow keys and clicks
// choose a place.
class NavigationList : public QListWidget {
    Q_OBJECT

public:
    explicit NavigationList(QWidget *parent = nullptr);

    // Adds an entry (after a gap when `afterGap`); the title can change later with setTitle.
    void addEntry(const QString &pageKey, const QIcon &icon, bool afterGap = false);
    void setTitle(const QString &pageKey, const QString &title);
    void setIcon(const QString &pageKey, const QIcon &icon);
    // Selects without announcing: the window already knows where it is.
    void setCurrentPage(const QString &pageKey);
    QString currentPage() const;
    QStringList pages() const;
    // Row of a page, for tests that click it.
    int rowOf(const QString &pageKey) const;

    void setColors(const QColor &panel, const QColor &text, const QColor &accent,
                   const QColor &accentText, const QColor &hover);
    // Icons only, for narrow windows; titles move to tooltips.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void pageChosen(const QString &pageKey);

private:
    QListWidgetItem *itemFor(const QString &pageKey) const;
    void applyTitle(QListWidgetItem *item);

    bool m_compact = false;
    bool m_announce = true;
};

} // namespace cg
