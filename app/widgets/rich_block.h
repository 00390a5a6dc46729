// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>
#include <functional>

namespace cg {

// A piece of rich text that is exactly as tall as its content, for pages that mix text with
// native controls in one scrolling column. Links never open by themselves: they are announced
// through linkActivated(), and hovering a link shows the tooltip the provider gives (glossary
// definitions, evidence notes).
class RichBlock : public QTextBrowser {
    Q_OBJECT

public:
    using ToolTipProvider = std::function<QString(const QUrl &)>;

    explicit RichBlock(QWidget *parent = nullptr);

    // Distance between lines, in font sizes (the design's 1.4 on screen).
    static constexpr double kScreenLineSpacingEms = 1.4;

    void setToolTipProvider(ToolTipProvider provider) { m_toolTipProvider = std::move(provider); }
    // Replaces the content, with the style sheet set first so the text is laid out once.
    void setContent(const QString &styleSheet, const QString &html);

    // The vertical position of a named anchor in this block, or -1.
    int anchorTop(const QString &name) const;
    // Names of the anchors in document order ("<a name=...>"), e.g. the topics of a block.
    QStringList anchorNames() const;
    // Every anchor with its vertical position, in one pass over the document.
    QList<QPair<QString, int>> anchorPositions() const;
    // Marks every occurrence of these words (search results) with a highlight.
    void highlightWords(const QStringList &words);

    // Whether the block has a link to move the keyboard focus to.
    bool hasLinks() const { return m_hasLinks; }
    // Where the keyboard focus is drawn: the chosen link, in viewport coordinates (empty when
    // no link is chosen).
    QRect focusedLinkRect() const;
    // Scrolls the page around the block so the chosen link is in sight.
    void keepFocusedLinkInView();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    // The text cursor moved (find, keyboard): the page scrolls this rectangle into view.
    void cursorRectChanged(const QRect &rect);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
    static QString anchorsInsideBlocks(const QString &html);
    void dotTermLinks();
    void colourListMarkers();
    void showLinkToolTip(const QUrl &url, const QPoint &globalPos);

    ToolTipProvider m_toolTipProvider;
    QString m_hoveredAnchor;
    int m_contentHeight = 0;
    bool m_hasLinks = false;
};

} // namespace cg
