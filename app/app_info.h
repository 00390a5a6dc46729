// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cg {

// Names under which settings, user data and the desktop entry are kept.
inline const QString kOrganizationName = QStringLiteral("CalcinosisGuide");
inline const QString kApplicationName = QStringLiteral("calcinosis-guide");
inline const QString kDesktopFileName = QStringLiteral("org.calcinosisguide.CalcinosisGuide");

// Sets application name, organisation, version and desktop file name on the running app.
void applyApplicationInfo();

} // namespace cg
