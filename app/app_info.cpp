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
        // The installed hicolor icon (SVG and PNGs), named like the desktop file; the same
        // drawing from the program's resources where none is installed. Either is read only
        // when the window first draws its icon.
        QGuiApplication::setWindowIcon(QIcon::fromTheme(
            kDesktopFileName,
            QIcon(QStringLiteral(":/icons/") + kDesktopFileName + QStringLiteral(".svg"))));
    }
}

} // namespace cg
