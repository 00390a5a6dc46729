// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout/handout_body_map.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QSvgRenderer>
#include <QtMath>

namespace cg {

namespace {

// Where an element of the drawing goes when the whole view box fills `figure`.
QRectF mapped(const QSvgRenderer &renderer, const QRectF &figure, const QString &element) {
    const QRectF box = renderer.viewBoxF();
    const QRectF bounds = renderer.boundsOnElement(element);
    const double scale = figure.width() / box.width();
    return {figure.x() + (bounds.x() - box.x()) * scale,
            figure.y() + (bounds.y() - box.y()) * scale, bounds.width() * scale,
            bounds.height() * scale};
}

} // namespace

QImage paperBodyMap(const QStringList &regions, const QString &front, const QString &back,
                    int width, const QFont &labelFont) {
    QSvgRenderer renderer(QStringLiteral(":/images/body-map.svg"));
    const QString body = QStringLiteral("body");
    if (!renderer.isValid() || !renderer.elementExists(body) || width <= 0) {
        return {};
    }
    const QSizeF box = renderer.viewBoxF().size();
    const QRectF figure(0, 0, width, width * box.height() / box.width());
    QImage probe(1, 1, QImage::Format_RGB32);
    const double labelHeight = QFontMetricsF(labelFont, &probe).height() * 1.4;
    QImage image(QSize(width, qCeil(figure.height() + labelHeight)),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, body, mapped(renderer, figure, body));
        // The places are drawn on a layer of their own and filled black there, whatever
        // colours the drawing gives them.
        QImage overlay(image.size(), QImage::Format_ARGB32_Premultiplied);
        overlay.fill(Qt::transparent);
        {
            QPainter places(&overlay);
            places.setRenderHint(QPainter::Antialiasing);
            for (const QString &region : regions) {
                const QString id = QStringLiteral("region-") + region;
                if (renderer.elementExists(id)) {
                    renderer.render(&places, id, mapped(renderer, figure, id));
                }
            }
            places.setCompositionMode(QPainter::CompositionMode_SourceIn);
            places.fillRect(overlay.rect(), Qt::black);
        }
        painter.drawImage(QPointF(0, 0), overlay);
        painter.setFont(labelFont);
        painter.setPen(Qt::black);
        const double half = width / 2.0;
        const QRectF labels(0, figure.bottom(), half, labelHeight);
        painter.drawText(labels, Qt::AlignCenter, front);
        painter.drawText(labels.translated(half, 0), Qt::AlignCenter, back);
    }
    return image.convertToFormat(QImage::Format_Grayscale8);
}

} // namespace cg
