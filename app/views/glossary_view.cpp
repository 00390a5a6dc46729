// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/glossary_view.h"

#include "document/content_html.h"
#include "views/view_context.h"
#include "widgets/reading_page.h"
#include "widgets/rich_block.h"

#include <QCollator>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace cg {

namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

GlossaryView::GlossaryView(ViewContext &context, QWidget *parent)
    : SectionView(context, Page::Glossary, parent) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("glossaryIndex"));
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(16, 16, 8, 16);
    m_filterLabel = new QLabel(side);
    m_filter = new QLineEdit(side);
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_list = new QListWidget(side);
    m_list->setUniformItemSizes(true);
    sideLayout->addWidget(m_filterLabel);
    sideLayout->addWidget(m_filter);
    sideLayout->addWidget(m_list, 1);
    side->setFixedWidth(300);
    layout->addWidget(side);

    ReadingPage *readingPage = createPage();
    m_entry = createBlock(QString());
    readingPage->column()->addWidget(m_entry);
    readingPage->column()->addStretch(1);
    layout->addWidget(readingPage, 1);
    setTargetBlocks({m_entry});
    setReaderBlock(m_entry);

    connect(m_filter, &QLineEdit::textChanged, this, [this] { fillList(); });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item != nullptr) {
            showEntry(item->data(kIdRole).toString());
        }
    });
    setTabOrder(m_filter, m_list);
    setTabOrder(m_list, m_entry);
    GlossaryView::retranslate(); // its own texts; no subclass to dispatch to
}

void GlossaryView::retranslate() {
    m_filterLabel->setText(tr("Find a word:"));
    m_filter->setPlaceholderText(tr("Type to filter"));
    m_filter->setAccessibleName(tr("Find a word in the glossary"));
    m_list->setAccessibleName(tr("Glossary words"));
    m_entry->setAccessibleName(tr("Glossary entry"));
}

QString GlossaryView::title() const {
    return context().html().label(QStringLiteral("glossary_heading"));
}

void GlossaryView::populate() {
    m_terms = context().glossary();
    // The reading language's own alphabetical order (accents, Arabic and Chinese included).
    QCollator collator{QLocale(context().locale())};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(m_terms.begin(), m_terms.end(),
                     [&](const GlossaryTerm &a, const GlossaryTerm &b) {
                         return collator.compare(a.term, b.term) < 0;
                     });
    fillList();
    if (m_current.isEmpty() && !m_terms.isEmpty()) {
        showTarget(m_terms.constFirst().id);
    } else {
        showEntry(m_current);
    }
}

void GlossaryView::fillList() {
    const QString needle = m_filter->text().trimmed();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QListWidgetItem *currentItem = nullptr;
    for (const GlossaryTerm &term : std::as_const(m_terms)) {
        bool matches = needle.isEmpty() || term.term.contains(needle, Qt::CaseInsensitive);
        for (const QString &synonym : term.synonyms) {
            matches = matches || synonym.contains(needle, Qt::CaseInsensitive);
        }
        if (!matches) {
            continue;
        }
        auto *item = new QListWidgetItem(term.term, m_list);
        item->setData(kIdRole, term.id);
        if (term.id == m_current) {
            currentItem = item;
        }
    }
    if (currentItem != nullptr) {
        m_list->setCurrentItem(currentItem);
    } else if (!needle.isEmpty() && m_list->count() > 0) {
        // While filtering, show the best match straight away.
        m_list->setCurrentRow(0);
        showEntry(m_list->item(0)->data(kIdRole).toString());
    }
}

QStringList GlossaryView::shownTermIds() const {
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        ids.append(m_list->item(row)->data(kIdRole).toString());
    }
    return ids;
}

QString GlossaryView::entryHtml(const GlossaryTerm &term) const {
    const ContentHtml &html = context().html();
    QString result = QStringLiteral("<a name=\"%1\"></a><h1>%2</h1>")
                         .arg(term.id.toHtmlEscaped(), term.term.toHtmlEscaped());
    if (term.fallback) {
        result += html.fallbackNote();
    } else {
        result += html.translationNotice();
    }
    result += context().markTerms(html.summaryBox(term.definition), {term.id});
    if (!term.synonyms.isEmpty()) {
        result += QStringLiteral("<p><b>%1</b> %2</p>")
                      .arg(tr("Other words for it:").toHtmlEscaped(),
                           term.synonyms.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    QStringList links;
    for (const QString &id : term.seeAlso) {
        if (const auto other = context().term(id)) {
            // "See also" rather than a glossary term link: a plain link, not a marked word in
            // running text.
            links.append(
                QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(Link::seeAlso(id).href().toHtmlEscaped(), other->term.toHtmlEscaped()));
        }
    }
    if (!links.isEmpty()) {
        result += QStringLiteral("<h3>%1</h3><p>%2</p>")
                      .arg(html.label(QStringLiteral("see_also")).toHtmlEscaped(),
                           links.join(QStringLiteral(" &nbsp;\u00b7&nbsp; ")));
    }
    result += html.sourcesLine(term.sources);
    return result;
}

void GlossaryView::showEntry(const QString &id) {
    const auto term = context().term(id);
    if (!term) {
        return;
    }
    m_current = id;
    m_entry->setContent(context().styleSheet(), entryHtml(*term));
}

bool GlossaryView::showTarget(const QString &id) {
    if (!context().term(id)) {
        return false;
    }
    m_current = id;
    if (!shownTermIds().contains(id)) {
        m_filter->clear(); // refills the list
    }
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toString() == id) {
            m_list->setCurrentRow(row);
            m_list->scrollToItem(m_list->item(row));
        }
    }
    showEntry(id);
    return true;
}

QString GlossaryView::currentTarget() const {
    return m_current;
}

} // namespace cg
