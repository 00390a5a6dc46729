#include "widgets/comfort_style.h"

#include <QWidget>

namespace cg {

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

} // namespace cg
