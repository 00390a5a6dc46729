// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_info.h"

#include <QGuiApplication>
#include <QIcon>

namespace cg {

void applyApplicationInfo() {
    QCoreApplication::setOrganizationName(kOrganizationName);
    QCoreApplication::setApplicationName(kApplicationName);
    QCoreApplication::setApplicationVersion(QStringLiteral(CG_VERSION));
    // Display name and desktop file belong to GUI applications only.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr) {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Calcinosis Guide"));
        QGuiApplication::setDesktopFileName(kDesktopFileName);
        // The program's own drawing, the same SVG the packages install in hicolor. Not
        // QIcon::fromTheme(): its search through the icon theme folders cost about 15 million
        // instructions (5 ms) before the window could appear; desktops take the launcher's
        // icon from the desktop file anyway.
        QGuiApplication::setWindowIcon(
            QIcon(QStringLiteral(":/icons/") + kDesktopFileName + QStringLiteral(".svg")));
    }
}

} // namespace cg
