// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document_options.h"

#include <QHash>
#include <QImage>
#include <QPageSize>
#include <QString>
#include <QStringList>

namespace cg {

// A handout ready to lay out: the body as HTML (built with ContentHtml, like the screen) and
// the texts of the running header and footer, all in the handout's language. The paged
// renderer and the HTML export both start from this, so preview, print, PDF and HTML agree.
struct HandoutDocument {
    QString language;       // primary content locale
    QString secondLanguage; // empty unless bilingual
    Qt::LayoutDirection direction = Qt::LeftToRight;
    Qt::LayoutDirection secondDirection = Qt::LeftToRight;
    DocumentOptions options;
    QPageSize pageSize;
    QStringList fontFamilies; // best first; see handoutFontFamilies()

    QString title;      // running header, leading side
    QString clinicLine; // running header, trailing side ("Clinic · Phone ..."), may be empty
    QString pageOf;     // "Page %1 of %2", in the handout language
    QString printedOn;  // "Printed on 20 November 2026"
    QString reviewLine; // "Written ...; not yet reviewed by a clinician · Content version ..."
    QStringList footerNotes; // the short disclaimer, once per language

    QString styleSheet; // documentStyleSheet() plus the handout's own rules
    QString bodyHtml;   // the body, without <html>/<body>
    // The same body with the three care cards one under another, or empty when that is not
    // another form (large print, the screen). The renderer uses it when the urgent and "soon"
    // cards, side by side, do not fit under the emergency card on the first page.
    QString stackedCardsBodyHtml;

    // Pictures the body shows by name (<img src="cg-image:...">): resources of the text
    // document, data URLs in the HTML export.
    QHash<QString, QImage> images;

    QStringList topicIds;     // what the body contains, in order
    QStringList citedSources; // source ids listed at the end

    // The body wrapped as a complete document for QTextDocument::setHtml().
    QString textDocumentHtml() const;
    QString textDocumentHtml(const QString &body) const;
};

} // namespace cg
