#include "handout/handout_renderer.h"

#include "handout/handout_line_spacing.h"
#include "handout/handout_pagination.h"
#include "handout/handout_style.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextOption>

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
    applyMinimumLineSpacing(text, document.options.largePrint ? kLargePrintLineSpacingEms
                                                              : kLineSpacingEms);
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
    double height = 2 * metrics.lineSpacing(); // page and date, review line
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
                                   : metrics.horizontalAdvance(m_document.clinicLine) + 12.0;
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
    painter.drawText(QRectF(band.left(), y, band.width(), metrics.lineSpacing()),
                     m_document.reviewLine, textOption(direction, side(direction, true), false));
    y += metrics.lineSpacing();
    for (int i = 0; i < m_document.footerNotes.size(); ++i) {
        const Qt::LayoutDirection noteDirection = i == 0 ? direction : m_document.secondDirection;
        const QString &note = m_document.footerNotes.at(i);
        const double height = wrappedHeight(font, painter.device(), band.width(), note);
        painter.drawText(QRectF(band.left(), y, band.width(), height), note,
                         textOption(noteDirection, side(noteDirection, true), true));
        y += height;
    }
}

int HandoutRenderer::render(QPagedPaintDevice &device) const {
    // Keep the device's paper (a print dialog may have changed it), with our margins.
    QPageLayout pageLayout = device.pageLayout();
    pageLayout.setUnits(QPageLayout::Millimeter);
    pageLayout.setMargins(
        QMarginsF(kMarginMillimetres, kMarginMillimetres, kMarginMillimetres, kMarginMillimetres));
    device.setPageLayout(pageLayout);

    const QRect paintRect = device.pageLayout().paintRectPixels(device.logicalDpiY());
    const QRectF area(0, 0, paintRect.width(), paintRect.height());
    const QFont headerFont = bandFont(m_document, true);
    const QFont footerFont = bandFont(m_document, false);
    const double gap = millimetresToPixels(5.0, device);
    const double headerHeight = QFontMetricsF(headerFont, &device).lineSpacing() * 1.4;
    const double footerBand = footerHeight(footerFont, device, area.width()) +
                              QFontMetricsF(footerFont, &device).lineSpacing() * 0.5;
    const QRectF headerRect(area.left(), area.top(), area.width(), headerHeight);
    const QRectF footerRect(area.left(), area.bottom() - footerBand, area.width(), footerBand);
    const QRectF body(area.left(), headerRect.bottom() + gap, area.width(),
                      footerRect.top() - gap - (headerRect.bottom() + gap));
    if (body.height() <= 0 || body.width() <= 0) {
        return 0;
    }

    QTextDocument text;
    setUpHandoutTextDocument(text, m_document, &device);
    text.setPageSize(body.size());
    keepHeadingsWithNext(text);
    const int pageCount = text.pageCount();

    QPainter painter;
    if (!painter.begin(&device)) {
        return 0;
    }
    painter.setLayoutDirection(m_document.direction);
    QPen rule(Qt::black);
    rule.setWidthF(millimetresToPixels(0.25, device));
    painter.setPen(rule);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device.newPage()) {
            return 0;
        }
        drawHeader(painter, headerRect, headerFont);
        drawFooter(painter, footerRect, footerFont, page + 1, pageCount);
        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        // A line pushed to the top of this page may sit a hair above its edge in fixed-point
        // layout; a slightly narrower clip keeps it off the previous page, where it would be
        // invisible but still in the PDF's text.
        const double edge = body.height() * 1e-4;
        text.drawContents(&painter, QRectF(0, page * body.height() + edge, body.width(),
                                           body.height() - 2 * edge));
        painter.restore();
    }
    painter.end();
    return pageCount;
}

} // namespace cg
