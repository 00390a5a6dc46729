// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout/handout_request.h"

namespace cg {

QPageSize::PageSizeId paperForLocale(const QLocale &locale) {
    if (locale.measurementSystem() == QLocale::ImperialUSSystem) {
        return QPageSize::Letter;
    }
    // These use US Letter although QLocale reports them as metric.
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::PuertoRico:
    case QLocale::DominicanRepublic:
    case QLocale::ElSalvador:
    case QLocale::Nicaragua:
    case QLocale::Panama:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

QPageSize pageSizeFor(HandoutRequest::Paper paper, const QLocale &system) {
    switch (paper) {
    case HandoutRequest::Paper::A4:
        return QPageSize(QPageSize::A4);
    case HandoutRequest::Paper::Letter:
        return QPageSize(QPageSize::Letter);
    case HandoutRequest::Paper::FromLocale:
        break;
    }
    return QPageSize(paperForLocale(system));
}

} // namespace cg
