// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/clinic_settings.h"

#include "settings/clinic_keys.h"
#include "settings/managed_settings.h"

#include <QCoreApplication>

namespace cg {

namespace {

QString firstOf(const QString &explicitValue, const ManagedSettings &settings, const QString &key) {
    const QString given = explicitValue.trimmed();
    return given.isEmpty() ? settings.string(key) : given;
}

} // namespace

ClinicDetails ClinicDetails::resolve(const ManagedSettings &settings,
                                     const ClinicDetails &explicitValues) {
    // ManagedSettings::value() already prefers the user's own value unless the key is locked.
    return {firstOf(explicitValues.name, settings, clinic_keys::kClinicName),
            firstOf(explicitValues.phone, settings, clinic_keys::kClinicPhone)};
}

bool paperFromName(const QString &name, HandoutRequest::Paper *paper) {
    const QString key = name.trimmed().toLower();
    if (key.isEmpty() || key == QLatin1String("auto")) {
        *paper = HandoutRequest::Paper::FromLocale;
    } else if (key == QLatin1String("a4")) {
        *paper = HandoutRequest::Paper::A4;
    } else if (key == QLatin1String("letter")) {
        *paper = HandoutRequest::Paper::Letter;
    } else {
        return false;
    }
    return true;
}

QString paperName(HandoutRequest::Paper paper) {
    switch (paper) {
    case HandoutRequest::Paper::A4:
        return QStringLiteral("a4");
    case HandoutRequest::Paper::Letter:
        return QStringLiteral("letter");
    case HandoutRequest::Paper::FromLocale:
        break;
    }
    return QStringLiteral("auto");
}

HandoutDefaults HandoutDefaults::from(const ManagedSettings &settings) {
    HandoutDefaults defaults;
    defaults.language = settings.string(clinic_keys::kHandoutLanguage);
    defaults.preset = settings.string(clinic_keys::kHandoutPreset);
    const QString paper = settings.string(clinic_keys::kHandoutPaper);
    bool isNumber = false;
    const int legacy = paper.toInt(&isNumber); // 1.0 stored the composer's choice as 0, 1, 2
    if (isNumber && legacy >= 0 && legacy <= 2) {
        defaults.paper = static_cast<HandoutRequest::Paper>(legacy);
    } else if (!paperFromName(paper, &defaults.paper)) {
        settings.report(clinic_keys::kHandoutPaper,
                        QCoreApplication::translate("ManagedSettings",
                                                    "\"%1\" is not a4, letter or auto; using auto.")
                            .arg(paper));
        defaults.paper = HandoutRequest::Paper::FromLocale;
    }
    defaults.savingAllowed = settings.flag(clinic_keys::kSavingAllowed, true);
    return defaults;
}

KioskPolicy KioskPolicy::from(const ManagedSettings &settings) {
    KioskPolicy policy;
    policy.enabled = settings.flag(clinic_keys::kKioskEnabled, false);
    policy.idleTimeoutSeconds =
        settings.seconds(clinic_keys::kKioskIdleTimeout, kDefaultIdleTimeoutSeconds,
                         kMinimumIdleTimeoutSeconds, kMaximumIdleTimeoutSeconds);
    policy.printingAllowed = settings.flag(clinic_keys::kKioskPrinting, true);
    return policy;
}

} // namespace cg
