// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/model.h"
#include "content/place.h"
#include "widgets/rich_block.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace cg {

class ReadingPage;
class ViewContext;

// One place in the window (a section, the glossary, the sources). A view is built the first
// time it is shown, reloads its content when the language or the text size changes (keeping the
// reader's place), can jump to a topic or item by id, and tells the window which one the reader
// is looking at, for history and bookmarks.
class SectionView : public QWidget {
    Q_OBJECT

public:
    SectionView(ViewContext &context, Page page, QWidget *parent = nullptr);

    Page page() const { return m_pageId; }

    // Reads the content again and shows it, at the same place.
    void reload();

    // Scrolls to (and if needed reveals) a topic, item or term by id. False if not here.
    virtual bool showTarget(const QString &id);
    // The topic, item or term the reader is looking at; empty at the top of the view.
    virtual QString currentTarget() const;
    // The view's title in the content language: a section's own title, unless the view says
    // otherwise.
    virtual QString title() const;
    // The main reading pane.
    virtual QTextBrowser *reader() const;
    // Everything find in page searches, in reading order: every text block and every plain
    // label (checklist rows, filter counts), the leading pane before the trailing one.
    QList<QWidget *> findTargets() const;
    virtual int scrollPosition() const;
    virtual void setScrollPosition(int value);
    // Marks search words in the reading pane until the next navigation.
    void highlightWords(const QStringList &words);
    // True while the view's content could not be read: it shows why instead of empty lists.
    bool isUnreadable() const;

Q_SIGNALS:
    // A link the view does not handle itself (glossary terms, other topics).
    void linkActivated(const cg::Link &link);

protected:
    // The section's title in the content language.
    QString sectionTitle(Page section) const;
    // Builds or rebuilds everything the view shows from the context.
    virtual void populate() = 0;
    // Re-sets interface texts (tr) after a language change.
    virtual void retranslate() {}
    // Handles a link inside the view (a part of the view, "more" to expand a card); false
    // passes it on to the window.
    virtual bool handleLink(const Link &link);

    ViewContext &context() const { return m_context; }
    ReadingPage *readingPage() const { return m_page; }
    // The scrolling column most views read in; call once from the constructor.
    ReadingPage *createPage();
    // The reading page as the view's only content, filling it edge to edge.
    ReadingPage *createPageFillingView();
    // A text block on the page: links, tooltips, anchors and find-in-page go through it.
    RichBlock *createBlock(const QString &accessibleName, QWidget *parent = nullptr);
    // Blocks whose anchors count as targets, in page order (a view re-registers on rebuild).
    void setTargetBlocks(const QList<RichBlock *> &blocks);
    void setReaderBlock(RichBlock *block) { m_reader = block; }
    // Lays the page out now, so positions are right before the event loop runs.
    void settleLayout();
    // Chains the view's focusable controls in the order they are seen: the leading pane first,
    // top to bottom, then along each line. Called after every rebuild.
    void applyVisualTabOrder();
    // Applies page colours and column width from the context.
    void applyPageStyle();

    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onContextChanged();
    // Over the whole view when a query failed while it was built: what happened and what to
    // do, never a view that looks empty.
    void showUnreadable(const QString &reason);
    void retranslateUnreadable();

    ViewContext &m_context;
    Page m_pageId;
    ReadingPage *m_page = nullptr;
    QList<QPointer<RichBlock>> m_targetBlocks;
    QPointer<RichBlock> m_reader;
    QStringList m_highlightWords;
    QLabel *m_unreadable = nullptr;
    QString m_unreadableReason;
    bool m_stale = false;
    bool m_populated = false;
};

} // namespace cg
