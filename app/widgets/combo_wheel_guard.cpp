// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/combo_wheel_guard.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QWheelEvent>

namespace cg {

ComboWheelGuard::ComboWheelGuard(QObject *parent) : QObject(parent) {}

void ComboWheelGuard::install() {
    QCoreApplication *app = QCoreApplication::instance();
    if (app == nullptr ||
        app->findChild<ComboWheelGuard *>(QString(), Qt::FindDirectChildrenOnly)) {
        return;
    }
    app->installEventFilter(new ComboWheelGuard(app));
}

bool ComboWheelGuard::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::Wheel && watched->isWidgetType()) {
        // The box itself or its line edit; the open list is a separate window and keeps the
        // wheel.
        auto *widget = static_cast<QWidget *>(watched);
        const bool inCombo =
            qobject_cast<QComboBox *>(widget) != nullptr ||
            (widget->parentWidget() != nullptr &&
             qobject_cast<QComboBox *>(widget->parentWidget()) != nullptr && !widget->isWindow());
        if (inCombo) {
            // Not delivered to the box: the page around it scrolls. Handed over by hand, since
            // Qt passes only the platform's own wheel events on to parents.
            auto *wheel = static_cast<QWheelEvent *>(event);
            wheel->ignore();
            for (QWidget *up = widget->parentWidget(); up != nullptr && !up->isWindow();
                 up = up->parentWidget()) {
                if (auto *area = qobject_cast<QAbstractScrollArea *>(up)) {
                    QWidget *viewport = area->viewport();
                    const QPointF local = viewport->mapFromGlobal(wheel->globalPosition());
                    QWheelEvent copy(local, wheel->globalPosition(), wheel->pixelDelta(),
                                     wheel->angleDelta(), wheel->buttons(), wheel->modifiers(),
                                     wheel->phase(), wheel->inverted(), wheel->source());
                    QCoreApplication::sendEvent(viewport, &copy);
                    wheel->setAccepted(copy.isAccepted());
                    break;
                }
            }
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cg
