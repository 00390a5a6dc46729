// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/body_sites.h"

namespace cg {

QStringList regionsForCondition(const QList<Item> &bodySites, const QString &condition) {
    QStringList regions;
    for (const Item &site : bodySites) {
        if (site.conditions.contains(condition) && !regions.contains(site.region)) {
            regions.append(site.region);
        }
    }
    return regions;
}

} // namespace cg
