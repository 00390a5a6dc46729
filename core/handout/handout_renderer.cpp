// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout/handout_renderer.h"

#include "handout/handout_band_text.h"
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
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextOption>
#include <QUrl>
#include <QtMath>
#include <memory>

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

// The page a document position is on.
qsizetype pageAt(const QList<PageSlice> &pages, double y) {
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (y < pages.at(i).bottom) {
            return i;
        }
    }
    return pages.size() - 1;
}

// True when the frame after the emergency card (the urgent and "soon" cards side by side) is
// not on the emergency card's page.
bool cardPairMovedToNextPage(QTextDocument &text, const QList<PageSlice> &pages) {
    const QString anchor = QStringLiteral("card-emergency");
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (!it.fragment().charFormat().anchorNames().contains(anchor)) {
                continue;
            }
            // The heading sits in a cell of the card's table, a child of the root frame.
            QTextFrame *card = QTextCursor(block).currentFrame();
            const QList<QTextFrame *> frames = text.rootFrame()->childFrames();
            const qsizetype index = frames.indexOf(card);
            if (index < 0 || index + 1 >= frames.size()) {
                return false;
            }
            return pageAt(pages, frameDrawnTop(text, frames.at(index + 1))) >
                   pageAt(pages, frameDrawnTop(text, card));
        }
    }
    return false;
}

} // namespace

void setUpHandoutTextDocument(QTextDocument &text, const HandoutDocument &document,
                              QPagedPaintDevice *device) {
    setUpHandoutTextDocument(text, document, device, document.bodyHtml);
}

void setUpHandoutTextDocument(QTextDocument &text, const HandoutDocument &document,
                              QPagedPaintDevice *device, const QString &bodyHtml) {
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
    // Lists indent by two of the body's ems rather than Qt's fixed 40 px (about 11 mm on paper):
    // in the half-width care cards that indent alone made every sign wrap onto more lines.
    // The width is in 96 dpi pixels; a point is 96/72 of them.
    text.setIndentWidth(document.options.bodyPointSize() * 96.0 / 72.0 * 1.8);
    QTextOption option = text.defaultTextOption();
    option.setTextDirection(document.direction);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    text.setDefaultTextOption(option);
    text.setDefaultStyleSheet(document.styleSheet);
    for (auto it = document.images.cbegin(); it != document.images.cend(); ++it) {
        text.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    }
    text.setHtml(document.textDocumentHtml(bodyHtml));
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
    // Page and date on one line; the review line (with the translation mark) wraps, and so does
    // the short disclaimer in each language.
    const Qt::LayoutDirection direction = m_document.direction;
    double height = bandLinePitch(font, &device) +
                    bandTextHeight(m_document.reviewLine, font, &device, width,
                                   textOption(direction, side(direction, true), true));
    for (int i = 0; i < m_document.footerNotes.size(); ++i) {
        const Qt::LayoutDirection noteDirection = i == 0 ? direction : m_document.secondDirection;
        height += bandTextHeight(m_document.footerNotes.at(i), font, &device, width,
                                 textOption(noteDirection, side(noteDirection, true), true));
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
    QPaintDevice *device = painter.device();
    const double pitch = bandLinePitch(font, device);
    painter.drawLine(QPointF(band.left(), band.top()), QPointF(band.right(), band.top()));
    double y = band.top() + pitch * 0.4;
    const QLocale locale(m_document.language);
    QFont bold = font;
    bold.setBold(true);
    drawBandText(painter, QPointF(band.left(), y), band.width(),
                 m_document.pageOf.arg(locale.toString(page), locale.toString(pageCount)), bold,
                 textOption(direction, side(direction, true), false));
    drawBandText(painter, QPointF(band.left(), y), band.width(), m_document.printedOn, font,
                 textOption(direction, side(direction, false), false));
    y += pitch;
    const QTextOption reviewOption = textOption(direction, side(direction, true), true);
    drawBandText(painter, QPointF(band.left(), y), band.width(), m_document.reviewLine, font,
                 reviewOption);
    y += bandTextHeight(m_document.reviewLine, font, device, band.width(), reviewOption);
    for (int i = 0; i < m_document.footerNotes.size(); ++i) {
        const Qt::LayoutDirection noteDirection = i == 0 ? direction : m_document.secondDirection;
        const QTextOption option = textOption(noteDirection, side(noteDirection, true), true);
        const QString &note = m_document.footerNotes.at(i);
        drawBandText(painter, QPointF(band.left(), y), band.width(), note, font, option);
        y += bandTextHeight(note, font, device, band.width(), option);
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
                                const PageSlice &slice, int page, int pageCount) const {
    painter.setLayoutDirection(m_document.direction);
    QPen rule(Qt::black);
    rule.setWidthF(frame.ruleWidth);
    painter.setPen(rule);
    drawHeader(painter, frame.header, frame.headerFont);
    drawFooter(painter, frame.footer, frame.footerFont, page + 1, pageCount);
    painter.save();
    painter.translate(frame.body.left(), frame.body.top() - slice.top);
    // Pages end where one line ends and the next begins: a clip a hair inside the slice keeps
    // the next page's first line out, where it would be invisible but still in the PDF's text.
    const double edge = frame.body.height() * 1e-4;
    text.drawContents(&painter, QRectF(0, slice.top + edge, frame.body.width(),
                                       slice.bottom - slice.top - 2 * edge));
    painter.restore();
}

void HandoutRenderer::paintPageAsImage(QPainter &painter, QTextDocument &text,
                                       const PageFrame &frame, const PageSlice &slice, int page,
                                       int pageCount) const {
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
    paintPage(imagePainter, text, frame, slice, page, pageCount);
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
                              bandLinePitch(frame.footerFont, &device) * 0.5;
    frame.header = QRectF(frame.area.left(), frame.area.top(), frame.area.width(), headerHeight);
    frame.footer =
        QRectF(frame.area.left(), frame.area.bottom() - footerBand, frame.area.width(), footerBand);
    frame.body = QRectF(frame.area.left(), frame.header.bottom() + gap, frame.area.width(),
                        frame.footer.top() - gap - (frame.header.bottom() + gap));
    if (frame.body.height() <= 0 || frame.body.width() <= 0) {
        return 0;
    }

    struct LaidOut {
        std::unique_ptr<QTextDocument> text;
        QList<PageSlice> pages;
    };
    auto layOut = [&](const QString &body) {
        LaidOut result{std::make_unique<QTextDocument>(), {}};
        setUpHandoutTextDocument(*result.text, m_document, &device, body);
        // One long page, cut into pages by paginate(): one layout in all.
        result.text->setTextWidth(frame.body.width());
        result.pages = paginate(*result.text, frame.body.height());
        return result;
    };
    LaidOut laidOut = layOut(m_document.bodyHtml);
    // Long languages make the urgent and "soon" cards, side by side, too tall to fit under the
    // emergency card: the pair then moves to page 2 and leaves page 1 half empty. Stacked, the
    // urgent card stays on page 1; take that form unless it needs more pages.
    if (!m_document.stackedCardsBodyHtml.isEmpty() &&
        cardPairMovedToNextPage(*laidOut.text, laidOut.pages)) {
        LaidOut stacked = layOut(m_document.stackedCardsBodyHtml);
        if (stacked.pages.size() <= laidOut.pages.size()) {
            laidOut = std::move(stacked);
        }
    }
    QTextDocument &text = *laidOut.text;
    const int pageCount = int(laidOut.pages.size());
    if (pageCount == 0) {
        return 0;
    }

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
            paintPageAsImage(painter, text, frame, laidOut.pages.at(page), page, pageCount);
        } else {
            paintPage(painter, text, frame, laidOut.pages.at(page), page, pageCount);
        }
    }
    painter.end();
    return pageCount;
}

} // namespace cg
