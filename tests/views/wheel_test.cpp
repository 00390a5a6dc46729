// SPDX-License-Identifier: GPL-3.0-or-later
// The mouse wheel over a combo box scrolls the page, never the box: a reader scrolling down
// Treatment with the pointer resting on a filter must not hide treatments without noticing.
#include "handout_ui/open_handout_composer.h"
#include "views/section_view.h"
#include "window_fixture.h"

#include <QComboBox>
#include <QDialog>
#include <QScrollArea>
#include <QScrollBar>
#include <QWheelEvent>

namespace cg::test {
namespace {

// One notch of the wheel, downwards, over the middle of `widget`, as the platform sends it.
void wheelDown(QWidget *widget) {
    const QPointF local = QRectF(widget->rect()).center();
    QWheelEvent event(local, widget->mapToGlobal(local), QPoint(0, -120), QPoint(0, -120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    event.setAccepted(false);
    QApplication::sendEvent(widget, &event);
}

QScrollArea *pageAround(QWidget *widget) {
    for (QWidget *up = widget->parentWidget(); up != nullptr; up = up->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(up)) {
            return area;
        }
    }
    return nullptr;
}

TEST_F(WindowTest, WheelOverAViewsComboBoxScrollsThePageInstead) {
    MainWindow &window = openWindow();
    window.resize(1024, 600);
    int combos = 0;
    for (const Page page : {Page::Overview, Page::Causes, Page::Diagnosis, Page::Treatment,
                            Page::Living, Page::Glossary, Page::Sources}) {
        window.openPage(page);
        QCoreApplication::processEvents();
        const QList<QComboBox *> boxes = window.currentView()->findChildren<QComboBox *>();
        for (QComboBox *box : boxes) {
            if (!box->isVisible() || box->count() < 2) {
                continue;
            }
            ++combos;
            box->setCurrentIndex(1); // the wheel would step to 0 or 2 from here
            QScrollArea *area = pageAround(box);
            ASSERT_NE(area, nullptr) << pageKey(page).toStdString();
            area->verticalScrollBar()->setValue(0);
            wheelDown(box);
            wheelDown(box);
            QCoreApplication::processEvents();
            EXPECT_EQ(box->currentIndex(), 1)
                << pageKey(page).toStdString() << ": " << box->accessibleName().toStdString();
            // The wheel went to the page: it scrolled down, as it does anywhere else on it.
            if (area->verticalScrollBar()->maximum() > 0) {
                EXPECT_GT(area->verticalScrollBar()->value(), 0) << pageKey(page).toStdString();
            }
        }
    }
    EXPECT_GE(combos, 3); // Causes' condition, Treatment's kind and size
}

TEST_F(WindowTest, WheelOverTheComposersComboBoxesLeavesThemAlone) {
    MainWindow &window = openWindow();
    openHandoutComposer(&window, *m_repository, *m_languages);
    QCoreApplication::processEvents();
    auto *composer = window.findChild<QDialog *>(QStringLiteral("HandoutComposerDialog"));
    ASSERT_NE(composer, nullptr);
    const QList<QComboBox *> boxes = composer->findChildren<QComboBox *>();
    int tried = 0;
    for (QComboBox *box : boxes) {
        if (box->count() < 2 || !box->isEnabled()) {
            continue;
        }
        ++tried;
        const int before = box->currentIndex();
        wheelDown(box);
        QCoreApplication::processEvents();
        EXPECT_EQ(box->currentIndex(), before) << box->objectName().toStdString();
    }
    EXPECT_GE(tried, 2);
    composer->close();
}

} // namespace
} // namespace cg::test
