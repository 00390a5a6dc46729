// SPDX-License-Identifier: GPL-3.0-or-later
// Every control can be reached and named: focusable widgets have accessible names, and Tab
// moves from the navigation into the view.
#include "views/section_view.h"
#include "views/view_factory.h"
#include "widgets/navigation_list.h"
#include "window_fixture.h"

#include <QAccessible>

namespace cg::test {
namespace {

QStringList unnamedFocusableWidgets(QWidget *window) {
    QStringList unnamed;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(window)) {
            continue;
        }
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name =
            accessible != nullptr ? accessible->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty()) {
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) +
                           QLatin1Char(' ') + widget->objectName());
        }
    }
    return unnamed;
}

TEST_F(WindowTest, EveryFocusableControlHasAnAccessibleName) {
    MainWindow &window = openWindow();
    for (const Page page : kPages) {
        window.openPage(page);
        QCoreApplication::processEvents();
        EXPECT_EQ(unnamedFocusableWidgets(&window), QStringList()) << pageKey(page).toStdString();
    }
}

TEST_F(WindowTest, TabMovesFromTheNavigationIntoTheView) {
    MainWindow &window = openWindow();
    window.activateWindow();
    window.openPage(Page::Causes);
    window.navigation()->setFocus();
    QCoreApplication::processEvents();
    ASSERT_TRUE(window.navigation()->hasFocus());
    QTest::keyClick(window.navigation(), Qt::Key_Tab);
    QWidget *focused = QApplication::focusWidget();
    ASSERT_NE(focused, nullptr);
    EXPECT_TRUE(window.currentView()->isAncestorOf(focused)) << focused->metaObject()->className();
}

} // namespace
} // namespace cg::test
