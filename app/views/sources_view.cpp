// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sources_view.h"

#include "content/content_repository.h"
#include "document/content_html.h"
#include "views/view_context.h"
#include "widgets/reading_page.h"
#include "widgets/rich_block.h"

#include <QCoreApplication>
#include <QVBoxLayout>
#include <algorithm>

namespace cg {

SourcesView::SourcesView(ViewContext &context, QWidget *parent)
    : SectionView(context, Page::Sources, parent) {
    ReadingPage *readingPage = createPageFillingView();
    m_sources = createBlock(QString());
    m_about = createBlock(QString());
    readingPage->column()->addWidget(m_sources);
    readingPage->column()->addWidget(m_about);
    readingPage->column()->addStretch(1);
    setTargetBlocks({m_sources, m_about});
    setReaderBlock(m_sources);
    SourcesView::retranslate(); // its own texts; no subclass to dispatch to
}

void SourcesView::retranslate() {
    m_sources->setAccessibleName(tr("Sources"));
    m_about->setAccessibleName(tr("About this guide"));
    if (!m_sources->toPlainText().isEmpty()) {
        SourcesView::populate();
    }
}

void SourcesView::showCited(const QStringList &sourceIds) {
    if (sourceIds != m_marked) {
        m_marked = sourceIds;
        populate();
    }
    if (!sourceIds.isEmpty()) {
        showTarget(QStringLiteral("source-") + sourceIds.constFirst());
    }
}

QString SourcesView::title() const {
    return context().html().label(QStringLiteral("sources_heading"));
}

QString SourcesView::translationText(const LocaleInfo &info) const {
    if (info.status == QStringLiteral("source")) {
        return tr("Original language");
    }
    if (info.status == QStringLiteral("reviewed")) {
        //: %1 is the reviewer's role, such as "Medical translator"; %2 is a date.
        return tr("Translation checked by: %1, %2")
            .arg(info.translationReviewer, context().html().formatDate(info.translationReviewedOn));
    }
    return tr("Translated, awaiting clinical review");
}

// Counted from the sign-offs in the content itself, so the table can never claim more review
// than the record holds.
QString SourcesView::clinicalReviewText(const LocaleInfo &info) const {
    const QHash<QString, ReviewRecord> reviews = context().repository().reviews(info.code);
    const auto reviewed = std::count_if(reviews.cbegin(), reviews.cend(),
                                        [](const ReviewRecord &record) { return record.reviewed; });
    if (reviewed == 0) {
        return tr("Not yet reviewed by a clinician");
    }
    //: %1 and %2 are numbers of topics.
    return tr("%1 of %2 topics reviewed by a clinician").arg(reviewed).arg(reviews.size());
}

QString SourcesView::translationsHtml() const {
    const ContentRepository &repository = context().repository();
    const QString border = context().cardBorderColor();
    QString rows =
        QStringLiteral("<tr><th align=\"start\">%1</th><th align=\"start\">%2</th>"
                       "<th align=\"start\">%3</th><th align=\"start\">%4</th></tr>")
            .arg(tr("Language").toHtmlEscaped(), tr("Translation").toHtmlEscaped(),
                 tr("Clinical review").toHtmlEscaped(), tr("Translated").toHtmlEscaped());
    const QList<LocaleInfo> locales = repository.locales();
    for (const LocaleInfo &info : locales) {
        const ContentRepository::Coverage coverage = repository.coverage(info.code);
        const int percent =
            coverage.total > 0 ? qRound(100.0 * coverage.translated / coverage.total) : 100;
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(info.nativeName.toHtmlEscaped(), translationText(info).toHtmlEscaped(),
                         clinicalReviewText(info).toHtmlEscaped(), tr("%1%").arg(percent));
    }
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" border=\"1\" "
                          "style=\"border-color: %1; border-style: solid;\">%2</table>")
        .arg(border, rows);
}

void SourcesView::populate() {
    const ContentHtml &html = context().html();
    const QString style = context().styleSheet();
    QString about = QStringLiteral("<a name=\"about\"></a><h2>%1</h2>")
                        .arg(tr("About this guide").toHtmlEscaped());
    about += html.summaryBox(html.label(QStringLiteral("disclaimer")));
    about += QStringLiteral("<p>%1</p>").arg(html.reviewLine().toHtmlEscaped());
    about += html.translationNotice();
    about += QStringLiteral("<h3>%1</h3>").arg(tr("Languages").toHtmlEscaped());
    about += QStringLiteral("<p>%1</p>")
                 .arg(tr("Until a medical translator has reviewed a language, it is marked "
                         "\"awaiting clinical review\". Parts not yet translated are shown in "
                         "English, with a note.")
                          .toHtmlEscaped());
    about += translationsHtml();
    about += QStringLiteral("<h3>%1</h3><p>%2<br/>%3</p>")
                 .arg(tr("This program").toHtmlEscaped(),
                      tr("Calcinosis Guide %1")
                          .arg(QCoreApplication::applicationVersion())
                          .toHtmlEscaped(),
                      tr("Built with Qt %1. It works without the internet. It keeps only your "
                         "settings and bookmarks, on this computer.")
                          .arg(QString::fromLatin1(qVersion()))
                          .toHtmlEscaped());
    m_about->setContent(style, about);

    QString sources = QStringLiteral("<h1>%1</h1>").arg(SourcesView::title().toHtmlEscaped());
    sources += QStringLiteral("<p>%1 <a href=\"%2\">%3</a></p>")
                   .arg(tr("Every page names the sources it rests on. These are all of them.")
                            .toHtmlEscaped(),
                        Link::anchor(QStringLiteral("about")).href(),
                        tr("About this guide, its languages and versions").toHtmlEscaped());
    sources += html.sourcesList({}, m_marked);
    m_sources->setContent(style, sources);
}

} // namespace cg
