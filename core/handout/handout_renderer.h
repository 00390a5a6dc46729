// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handout/handout_document.h"
#include "handout/handout_pagination.h"

#include <QMarginsF>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace cg {

// Paints a handout on any paged device (QPdfWriter, QPrinter, the print preview): 20 mm
// margins, a running header (title, clinic), a footer ("Page n of N", date printed, content
// version, last review, disclaimer) and the body laid out by QTextDocument one page rectangle
// at a time. QTextDocument::print would add page numbers of its own, so pages are drawn here.
class HandoutRenderer {
public:
    explicit HandoutRenderer(const HandoutDocument &document);

    static constexpr double kMarginMillimetres = 20.0;

    // Sets the page size (and the 20 mm margins) a device prints this handout on.
    void preparePageLayout(QPagedPaintDevice &device) const;

    // Lays the handout out for the device and paints every page, keeping the device's page
    // size (a print dialog may have changed it). Returns the number of pages, 0 on failure.
    int render(QPagedPaintDevice &device) const;

    // The preview records pages as QPictures, which lay text out again when replayed and then
    // put the neutral characters of right-to-left lines (punctuation, digits) on the wrong side.
    // Previews of handouts with right-to-left text are therefore drawn as page images at this
    // resolution; printing and PDF always get vector text.
    static constexpr double kPreviewImageDpi = 150.0;

private:
    struct PageFrame;
    void paintPage(QPainter &painter, QTextDocument &text, const PageFrame &frame,
                   const PageSlice &slice, int page, int pageCount) const;
    void paintPageAsImage(QPainter &painter, QTextDocument &text, const PageFrame &frame,
                          const PageSlice &slice, int page, int pageCount) const;
    bool hasRightToLeftText() const;
    void drawHeader(QPainter &painter, const QRectF &band, const QFont &font) const;
    void drawFooter(QPainter &painter, const QRectF &band, const QFont &font, int page,
                    int pageCount) const;
    double footerHeight(const QFont &font, QPagedPaintDevice &device, double width) const;

    const HandoutDocument &m_document;
};

// The body as a QTextDocument in the handout's fonts, direction and style, laid out for the
// device (pass nullptr for the screen). The HTML export and the renderer share this setup.
void setUpHandoutTextDocument(QTextDocument &text, const HandoutDocument &document,
                              QPagedPaintDevice *device);
// The same with another form of the body (HandoutDocument::stackedCardsBodyHtml).
void setUpHandoutTextDocument(QTextDocument &text, const HandoutDocument &document,
                              QPagedPaintDevice *device, const QString &bodyHtml);

} // namespace cg
