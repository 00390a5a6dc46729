// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/model.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cg {

// The body-map regions where lumps often form in one condition, in the order the body sites
// list them, each once. The window's body map and the handout's picture both ask this, so
// screen and paper mark the same places.
QStringList regionsForCondition(const QList<Item> &bodySites, const QString &condition);

} // namespace cg
