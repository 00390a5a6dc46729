// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QSvgRenderer>
#include <QWidget>

namespace cg {

// A plain drawing of a body from the front and the back with some body-map regions filled in
// the accent colour ("where lumps often form"). It only shows; the caption and the list of
// places beside it say the same in words, and the accessible description repeats them.
class BodyMapWidget : public QWidget {
    Q_OBJECT

public:
    explicit BodyMapWidget(QWidget *parent = nullptr);

    void setHighlightedRegions(const QStringList &regions);
    QStringList highlightedRegions() const { return m_regions; }
    void setAccentColor(const QColor &color);
    // "Front" and "Back", in the interface language.
    void setViewLabels(const QString &front, const QString &back);

    // Regions the drawing knows ("region-<id>" elements).
    QStringList knownRegions() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintMap(QPainter &painter);
    QRectF figureRect() const;
    QRectF mapped(const QRectF &figureRect, const QRectF &viewBoxRect) const;

    QSvgRenderer m_renderer;
    QStringList m_regions;
    QColor m_accent;
    QString m_front;
    QString m_back;
    QPixmap m_cache;
    QString m_cacheKey;
};

} // namespace cg
