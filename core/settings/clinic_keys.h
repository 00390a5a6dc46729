// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The keys of the managed clinic settings, as written in clinic.conf ("[clinic]" + "name=" is
// "clinic/name"). The README's "Clinic deployment" describes each one.
namespace cg::clinic_keys {

// <system config>/<organization>/<this>.conf
inline const QString kSystemFileName = QStringLiteral("clinic");
// Top-level list of keys whose user values are ignored: locked=clinic/name,clinic/phone
inline const QString kLocked = QStringLiteral("locked");

inline const QString kClinicName = QStringLiteral("clinic/name");
inline const QString kClinicPhone = QStringLiteral("clinic/phone");

inline const QString kHandoutLanguage = QStringLiteral("handout/language");
inline const QString kHandoutPaper = QStringLiteral("handout/paper"); // a4 | letter | auto
inline const QString kHandoutPreset = QStringLiteral("handout/preset");
inline const QString kSavingAllowed = QStringLiteral("handout/saving"); // policy

inline const QString kKioskEnabled = QStringLiteral("kiosk/enabled");          // policy
inline const QString kKioskIdleTimeout = QStringLiteral("kiosk/idle_timeout"); // policy, s
inline const QString kKioskPrinting = QStringLiteral("kiosk/printing");        // policy

} // namespace cg::clinic_keys
