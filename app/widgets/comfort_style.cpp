// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/comfort_style.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>

namespace cg {

namespace {

// A standard icon that is read from the style the first time it is needed. Qt's overflow arrows
// and the search field's clear button are PNG files, and reading one makes QImageReader load
// every image format plugin (GIF, ICO, JPEG with libjpeg, SVG) to ask whether it knows the file:
// about a millisecond and 0.5 MiB when the menu bar is made, for buttons that show only when the
// window is too narrow for its menus or tools, or when there is text to clear.
class DeferredStandardIconEngine : public QIconEngine {
public:
    DeferredStandardIconEngine(QStyle *style, QStyle::StandardPixmap which,
                               Qt::LayoutDirection direction)
        : m_style(style), m_which(which), m_direction(direction) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
               QIcon::State state) override {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override {
        return icon().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override {
        return icon().availableSizes(mode, state);
    }
    // Answered without reading the file: the base styles always have these icons.
    bool isNull() override { return false; }
    QIconEngine *clone() const override {
        auto *copy = new DeferredStandardIconEngine(m_style, m_which, m_direction);
        copy->m_icon = m_icon;
        copy->m_resolved = m_resolved;
        return copy;
    }
    QString key() const override { return QStringLiteral("cg-deferred-standard"); }

private:
    const QIcon &icon() {
        if (!m_resolved) {
            m_resolved = true;
            QStyleOption option;
            option.direction = m_direction;
            // The base style (m_style) goes with the ComfortStyle that made this icon; if that
            // style has been replaced since, the application's current one answers.
            QStyle *style = m_style != nullptr ? m_style.data() : QApplication::style();
            m_icon = style->standardIcon(m_which, &option);
        }
        return m_icon;
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_which;
    Qt::LayoutDirection m_direction;
    bool m_resolved = false;
    QIcon m_icon;
};

} // namespace

ComfortStyle::ComfortStyle() : QProxyStyle() {}

int ComfortStyle::pixelMetric(PixelMetric metric, const QStyleOption *option,
                              const QWidget *widget) const {
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    switch (metric) {
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
        if (widget != nullptr) {
            return qMax(base, widget->fontMetrics().height());
        }
        return base;
    default:
        return base;
    }
}

void ComfortStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                 QPainter *painter, const QWidget *widget) const {
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton) {
        return;
    }
    if (!option->state.testFlag(State_Enabled)) {
        return;
    }
    // Drawn over the base style's own outline, two pixels wide (more on large boxes).
    const qreal width = qMax<qreal>(2.0, option->rect.height() / 10.0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(option->palette.color(QPalette::Dark), width));
    painter->setBrush(Qt::NoBrush);
    const QRectF box = QRectF(option->rect).adjusted(width / 2, width / 2, -width / 2, -width / 2);
    if (element == PE_IndicatorCheckBox) {
        painter->drawRoundedRect(box, 2.0, 2.0);
    } else {
        painter->drawEllipse(box);
    }
    painter->restore();
}

QIcon ComfortStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                 const QWidget *widget) const {
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
    case SP_LineEditClearButton: {
        Qt::LayoutDirection direction = QApplication::layoutDirection();
        if (option != nullptr) {
            direction = option->direction;
        } else if (widget != nullptr) {
            direction = widget->layoutDirection();
        }
        return QIcon(new DeferredStandardIconEngine(baseStyle(), standardIcon, direction));
    }
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

} // namespace cg
