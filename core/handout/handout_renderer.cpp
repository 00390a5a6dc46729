// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout/handout_renderer.h"

#include "handout/handout_line_spacing.h"
#include "handout/handout_pagination.h"
#include "handout/handout_style.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QTextDocument>
#include <QTextOption>
#include <QtMath>

namespace cg {

namespace {

double millimetresToPixels(double mm, const QPaintDevice &device) {
    return mm / 25.4 * device.logicalDpiY();
}

// Header and footer type: small, but never below 8.5 pt, and larger in large print.
QFont bandFont(const HandoutDocument &document, bool header) {
    QFont font;
    font.setFamilies(document.fontFamilies);
    font.setStyleHint(QFont::SansSerif);
    const bool large = document.options.largePrint;
    font.setPointSizeF(header ? (large ? 14.0 : 9.5) : (large ? 13.0 : 8.5));
    return font;
}

// Alignment on the reading side (leading) or the far side (trailing) of a line, made absolute
// so painting does not mirror it a second time.
Qt::Alignment side(Qt::LayoutDirection direction, bool leading) {
    const bool left = (direction == Qt::LeftToRight) == leading;
    return Qt::AlignAbsolute | (left ? Qt::AlignLeft : Qt::AlignRight);
}

QTextOption textOption(Qt::LayoutDirection direction, Qt::Alignment alignment, bool wrap) {
    QTextOption option(alignment);
    option.setTextDirection(direction);
    option.setWrapMode(wrap ? QTextOption::WordWrap : QTextOption::NoWrap);
    return option;
}

// Height of a wrapped paragraph of text in a band of the given width.
double wrappedHeight(const QFont &font, QPaintDevice *device, double width, const QString &text) {
    const QFontMetricsF metrics(font, device);
    const QRectF bounds =
        metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text);
    return bounds.height();
}

} // namespace

void setUpHandoutTextDocument(QTextDocument &text, const HandoutDocument &document,
                              QPagedPaintDevice *device) {
    text.setUndoRedoEnabled(false);
    if (device != nullptr) {
        // Points and the style's pixel lengths scale to the device's resolution.
        text.documentLayout()->setPaintDevice(device);
    }
    text.setUseDesignMetrics(true);
    text.setDocumentMargin(0);
    QFont font;
    font.setFamilies(document.fontFamilies);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(document.options.bodyPointSize());
    text.setDefaultFont(font);
    QTextOption option = text.defaultTextOption();
    option.setTextDirection(document.direction);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    text.setDefaultTextOption(option);
    text.setDefaultStyleSheet(document.styleSheet);
    text.setHtml(document.textDocumentHtml());
    applyMinimumLineSpacing(text, handoutLineSpacingEms(document.options));
}

HandoutRenderer::HandoutRenderer(const HandoutDocument &document) : m_document(document) {}

void HandoutRenderer::preparePageLayout(QPagedPaintDevice &device) const {
    device.setPageLayout(QPageLayout(
        m_document.pageSize, QPageLayout::Portrait,
        QMarginsF(kMarginMillimetres, kMarginMillimetres, kMarginMillimetres, kMarginMillimetres),
        QPageLayout::Millimeter));
}

double HandoutRenderer::footerHeight(const QFont &font, QPagedPaintDevice &device,
                                     double width) const {
    const QFontMetricsF metrics(font, &device);
    // Page and date on one line; the review line (with the translation mark) wraps.
    double height =
        metrics.lineSpacing() + wrappedHeight(font, &device, width, m_document.reviewLine);
    for (const QString &note : m_document.footerNotes) {
        height += wrappedHeight(font, &device, width, note);
    }
    return height;
}

void HandoutRenderer::drawHeader(QPainter &painter, const QRectF &band, const QFont &font) const {
    const Qt::LayoutDirection direction = m_document.direction;
    const QFontMetricsF metrics(font, painter.device());
    const QRectF line(band.left(), band.top(), band.width(), metrics.lineSpacing());
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    // The clinic keeps its full width; the title is shortened if both do not fit.
    const double clinicWidth = m_document.clinicLine.isEmpty()
                                   ? 0.0
                                   : metrics.horizontalAdvance(m_document.clinicLine) +
                                         millimetresToPixels(4.0, *painter.device());
    const QString title =
        QFontMetricsF(bold, painter.device())
            .elidedText(m_document.title, Qt::ElideRight, band.width() - clinicWidth);
    painter.drawText(line, title, textOption(direction, side(direction, true), false));
    painter.setFont(font);
    painter.drawText(line, m_document.clinicLine,
                     textOption(direction, side(direction, false), false));
    const double ruleY = band.bottom() - painter.pen().widthF();
    painter.drawLine(QPointF(band.left(), ruleY), QPointF(band.right(), ruleY));
}

void HandoutRenderer::drawFooter(QPainter &painter, const QRectF &band, const QFont &font, int page,
                                 int pageCount) const {
    const Qt::LayoutDirection direction = m_document.direction;
    const QFontMetricsF metrics(font, painter.device());
    painter.drawLine(QPointF(band.left(), band.top()), QPointF(band.right(), band.top()));
    double y = band.top() + metrics.lineSpacing() * 0.4;
    const QLocale locale(m_document.language);
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    QRectF line(band.left(), y, band.width(), metrics.lineSpacing());
    painter.drawText(line, m_document.pageOf.arg(locale.toString(page), locale.toString(pageCount)),
                     textOption(direction, side(direction, true), false));
    painter.setFont(font);
    painter.drawText(line, m_document.printedOn,
                     textOption(direction, side(direction, false), false));
    y += metrics.lineSpacing();
    const double reviewHeight =
        wrappedHeight(font, painter.device(), band.width(), m_document.reviewLine);
    painter.drawText(QRectF(band.left(), y, band.width(), reviewHeight), m_document.reviewLine,
                     textOption(direction, side(direction, true), true));
    y += reviewHeight;
    for (int i = 0; i < m_document.footerNotes.size(); ++i) {
        const Qt::LayoutDirection noteDirection = i == 0 ? direction : m_document.secondDirection;
        const QString &note = m_document.footerNotes.at(i);
        const double height = wrappedHeight(font, painter.device(), band.width(), note);
        painter.drawText(QRectF(band.left(), y, band.width(), height), note,
                         textOption(noteDirection, side(noteDirection, true), true));
        y += height;
    }
}

// Where everything sits on a page, in device pixels, and the type of the header and footer.
struct HandoutRenderer::PageFrame {
    QRectF area; // inside the margins
    QRectF header;
    QRectF footer;
    QRectF body;
    QFont headerFont;
    QFont footerFont;
    double ruleWidth = 1.0;
};

bool HandoutRenderer::hasRightToLeftText() const {
    return m_document.direction == Qt::RightToLeft ||
           (!m_document.secondLanguage.isEmpty() && m_document.secondDirection == Qt::RightToLeft);
}

void HandoutRenderer::paintPage(QPainter &painter, QTextDocument &text, const PageFrame &frame,
                                int page, int pageCount) const {
    painter.setLayoutDirection(m_document.direction);
    QPen rule(Qt::black);
    rule.setWidthF(frame.ruleWidth);
    painter.setPen(rule);
    drawHeader(painter, frame.header, frame.headerFont);
    drawFooter(painter, frame.footer, frame.footerFont, page + 1, pageCount);
    painter.save();
    const double height = frame.body.height();
    painter.translate(frame.body.left(), frame.body.top() - page * height);
    // A line pushed to the top of this page may sit a hair above its edge in fixed-point
    // layout; a slightly narrower clip keeps it off the previous page, where it would be
    // invisible but still in the PDF's text.
    const double edge = height * 1e-4;
    text.drawContents(&painter,
                      QRectF(0, page * height + edge, frame.body.width(), height - 2 * edge));
    painter.restore();
}

void HandoutRenderer::paintPageAsImage(QPainter &painter, QTextDocument &text,
                                       const PageFrame &frame, int page, int pageCount) const {
    QPaintDevice *device = painter.device();
    const double scale = kPreviewImageDpi / device->logicalDpiY();
    QImage image(QSize(qCeil(frame.area.width() * scale), qCeil(frame.area.height() * scale)),
                 QImage::Format_RGB32);
    // The image claims the device's resolution, so point sizes resolve as on the device; the
    // painter's scale then draws everything at the image's real size.
    image.setDotsPerMeterX(qRound(device->logicalDpiX() / 0.0254));
    image.setDotsPerMeterY(qRound(device->logicalDpiY() / 0.0254));
    image.fill(Qt::white);
    QPainter imagePainter(&image);
    imagePainter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    imagePainter.scale(scale, scale);
    paintPage(imagePainter, text, frame, page, pageCount);
    imagePainter.end();
    // Handouts are black and white: grey levels keep a long preview light in memory.
    painter.drawImage(frame.area, image.convertToFormat(QImage::Format_Grayscale8));
}

int HandoutRenderer::render(QPagedPaintDevice &device) const {
    // Keep the device's paper (a print dialog may have changed it), with our margins.
    QPageLayout pageLayout = device.pageLayout();
    pageLayout.setUnits(QPageLayout::Millimeter);
    pageLayout.setMargins(
        QMarginsF(kMarginMillimetres, kMarginMillimetres, kMarginMillimetres, kMarginMillimetres));
    device.setPageLayout(pageLayout);

    PageFrame frame;
    const QRect paintRect = device.pageLayout().paintRectPixels(device.logicalDpiY());
    frame.area = QRectF(0, 0, paintRect.width(), paintRect.height());
    frame.headerFont = bandFont(m_document, true);
    frame.footerFont = bandFont(m_document, false);
    frame.ruleWidth = millimetresToPixels(0.25, device);
    const double gap = millimetresToPixels(5.0, device);
    const double headerHeight = QFontMetricsF(frame.headerFont, &device).lineSpacing() * 1.4;
    const double footerBand = footerHeight(frame.footerFont, device, frame.area.width()) +
                              QFontMetricsF(frame.footerFont, &device).lineSpacing() * 0.5;
    frame.header = QRectF(frame.area.left(), frame.area.top(), frame.area.width(), headerHeight);
    frame.footer =
        QRectF(frame.area.left(), frame.area.bottom() - footerBand, frame.area.width(), footerBand);
    frame.body = QRectF(frame.area.left(), frame.header.bottom() + gap, frame.area.width(),
                        frame.footer.top() - gap - (frame.header.bottom() + gap));
    if (frame.body.height() <= 0 || frame.body.width() <= 0) {
        return 0;
    }

    QTextDocument text;
    setUpHandoutTextDocument(text, m_document, &device);
    text.setPageSize(frame.body.size());
    keepHeadingsWithNext(text);
    const int pageCount = text.pageCount();

    QPainter painter;
    if (!painter.begin(&device)) {
        return 0;
    }
    const bool recordedPreview =
        device.paintEngine() != nullptr && device.paintEngine()->type() == QPaintEngine::Picture;
    const bool asImages = recordedPreview && hasRightToLeftText();
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device.newPage()) {
            return 0;
        }
        if (asImages) {
            paintPageAsImage(painter, text, frame, page, pageCount);
        } else {
            paintPage(painter, text, frame, page, pageCount);
        }
    }
    painter.end();
    return pageCount;
}

} // namespace cg
