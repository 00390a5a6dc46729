// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/body_map_widget.h"

#include <QPainter>
#include <QPainterPath>

namespace cg {

namespace {

QString regionElement(const QString &region) {
    return QStringLiteral("region-") + region;
}

} // namespace

BodyMapWidget::BodyMapWidget(QWidget *parent)
    : QWidget(parent), m_renderer(QStringLiteral(":/images/body-map.svg")),
      m_accent(0x00, 0x5e, 0xb8) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setFocusPolicy(Qt::NoFocus);
}

void BodyMapWidget::setHighlightedRegions(const QStringList &regions) {
    if (regions != m_regions) {
        m_regions = regions;
        update();
    }
}

void BodyMapWidget::setAccentColor(const QColor &color) {
    m_accent = color;
    update();
}

void BodyMapWidget::setViewLabels(const QString &front, const QString &back) {
    m_front = front;
    m_back = back;
    update();
}

QStringList BodyMapWidget::knownRegions() const {
    static const QStringList all = {
        QStringLiteral("face"),       QStringLiteral("shoulders"), QStringLiteral("upper-arms"),
        QStringLiteral("elbows"),     QStringLiteral("forearms"),  QStringLiteral("wrists"),
        QStringLiteral("hands"),      QStringLiteral("fingers"),   QStringLiteral("hips"),
        QStringLiteral("buttocks"),   QStringLiteral("thighs"),    QStringLiteral("knees"),
        QStringLiteral("lower-legs"), QStringLiteral("feet"),      QStringLiteral("trunk")};
    QStringList known;
    for (const QString &region : all) {
        if (m_renderer.elementExists(regionElement(region))) {
            known.append(region);
        }
    }
    return known;
}

int BodyMapWidget::heightForWidth(int width) const {
    const QSizeF box = m_renderer.viewBoxF().size();
    const int labels = fontMetrics().height() + 8;
    return qRound(width * box.height() / box.width()) + labels;
}

QSize BodyMapWidget::sizeHint() const {
    const int width = fontMetrics().averageCharWidth() * 38;
    return {width, heightForWidth(width)};
}

QSize BodyMapWidget::minimumSizeHint() const {
    return {200, heightForWidth(200)};
}

QRectF BodyMapWidget::figureRect() const {
    const QSizeF box = m_renderer.viewBoxF().size();
    const qreal labels = fontMetrics().height() + 8;
    const QSizeF available(width(), qMax<qreal>(10.0, height() - labels));
    const QSizeF scaled = box.scaled(available, Qt::KeepAspectRatio);
    return {(width() - scaled.width()) / 2.0, 0.0, scaled.width(), scaled.height()};
}

QRectF BodyMapWidget::mapped(const QRectF &figure, const QRectF &viewBoxRect) const {
    const QRectF box = m_renderer.viewBoxF();
    const qreal scale = figure.width() / box.width();
    return {figure.x() + (viewBoxRect.x() - box.x()) * scale,
            figure.y() + (viewBoxRect.y() - box.y()) * scale, viewBoxRect.width() * scale,
            viewBoxRect.height() * scale};
}

void BodyMapWidget::paintEvent(QPaintEvent *event) {
    Q_UNUSED(event)
    // Drawing the SVG is slow next to copying a picture: keep the picture until something
    // changes (size, regions, colours), so scrolling past the map stays smooth.
    const qreal ratio = devicePixelRatioF();
    const QString key = QStringLiteral("%1x%2@%3|%4|%5|%6|%7|%8")
                            .arg(width())
                            .arg(height())
                            .arg(ratio)
                            .arg(m_regions.join(QLatin1Char(',')), m_accent.name(),
                                 palette().color(QPalette::WindowText).name(), m_front, m_back);
    if (key != m_cacheKey) {
        m_cache = QPixmap((QSizeF(size()) * ratio).toSize());
        m_cache.setDevicePixelRatio(ratio);
        m_cache.fill(Qt::transparent);
        QPainter cachePainter(&m_cache);
        cachePainter.setFont(font()); // a pixmap's painter does not know the widget's font
        paintMap(cachePainter);
        m_cacheKey = key;
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_cache);
}

void BodyMapWidget::paintMap(QPainter &painter) {
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF figure = figureRect();
    // Each element is drawn into its own bounds mapped the same way, so parts line up exactly.
    const QString body = QStringLiteral("body");
    m_renderer.render(&painter, body, mapped(figure, m_renderer.boundsOnElement(body)));

    if (!m_regions.isEmpty()) {
        const qreal ratio = devicePixelRatioF();
        QImage overlay((QSizeF(size()) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
        overlay.setDevicePixelRatio(ratio);
        overlay.fill(Qt::transparent);
        {
            QPainter overlayPainter(&overlay);
            overlayPainter.setRenderHint(QPainter::Antialiasing);
            for (const QString &region : m_regions) {
                const QString id = regionElement(region);
                if (m_renderer.elementExists(id)) {
                    m_renderer.render(&overlayPainter, id,
                                      mapped(figure, m_renderer.boundsOnElement(id)));
                }
            }
            overlayPainter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            overlayPainter.fillRect(QRectF(QPointF(0, 0), QSizeF(size())), m_accent);
        }
        painter.drawImage(QPointF(0, 0), overlay);
    }

    painter.setPen(palette().color(QPalette::WindowText));
    const qreal labelTop = figure.bottom() + 4;
    const qreal half = figure.width() / 2.0;
    painter.drawText(QRectF(figure.left(), labelTop, half, fontMetrics().height() + 4),
                     Qt::AlignHCenter | Qt::AlignTop, m_front);
    painter.drawText(QRectF(figure.left() + half, labelTop, half, fontMetrics().height() + 4),
                     Qt::AlignHCenter | Qt::AlignTop, m_back);
}

} // namespace cg
