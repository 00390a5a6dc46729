// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_info.h"

#include <QGuiApplication>

namespace cg {

void applyApplicationInfo() {
    QCoreApplication::setOrganizationName(kOrganizationName);
    QCoreApplication::setApplicationName(kApplicationName);
    QCoreApplication::setApplicationVersion(QStringLiteral(CG_VERSION));
    // Display name and desktop file belong to GUI applications only.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr) {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Calcinosis Guide"));
        QGuiApplication::setDesktopFileName(kDesktopFileName);
    }
}

} // namespace cg
