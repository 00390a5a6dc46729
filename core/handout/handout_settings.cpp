#include "handout/handout_settings.h"

#include "handout/handout_request.h"

#include <QSettings>

namespace cg {

void applyRememberedClinic(HandoutRequest &request, const QSettings &settings) {
    if (request.clinicName.trimmed().isEmpty()) {
        request.clinicName = settings.value(handout_settings::clinicNameKey()).toString();
    }
    if (request.clinicPhone.trimmed().isEmpty()) {
        request.clinicPhone = settings.value(handout_settings::clinicPhoneKey()).toString();
    }
}

} // namespace cg
