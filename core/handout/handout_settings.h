#pragma once

#include <QString>

class QSettings;

namespace cg {

struct HandoutRequest;

// The handout settings the composer remembers and the command line reads, under one set of
// keys: the clinic's name and phone and the paper size. Never anything about a patient.
namespace handout_settings {
inline QString clinicNameKey() {
    return QStringLiteral("handout/clinic_name");
}
inline QString clinicPhoneKey() {
    return QStringLiteral("handout/clinic_phone");
}
inline QString paperKey() {
    return QStringLiteral("handout/paper");
}
} // namespace handout_settings

// Fills the clinic's name and phone that the request leaves empty from the settings, so a
// handout from the command line carries the same clinic details as one from the composer.
void applyRememberedClinic(HandoutRequest &request, const QSettings &settings);

} // namespace cg
