// SPDX-License-Identifier: GPL-3.0-or-later
// What the window remembers (size, text size, palette, last place), the reader's bookmarks, and
// how it follows a change of language or system colours.
#include "language/language_manager.h"
#include "user/bookmark_store.h"
#include "views/section_view.h"
#include "views/view_context.h"
#include "views/view_factory.h"
#include "widgets/navigation_list.h"
#include "widgets/notice_bar.h"
#include "window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QWindow>

namespace cg {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kTextScaleKey = QStringLiteral("view/textScale");
const QString kPaletteKey = QStringLiteral("view/palette");
const QString kLastPlaceKey = QStringLiteral("navigation/lastPlace");

// Black on white with a deep blue for selection: every pair well above 7:1.
QPalette highContrastPalette() {
    QPalette palette;
    const QColor black(0, 0, 0);
    const QColor white(255, 255, 255);
    const QColor blue(0x00, 0x30, 0x7a);
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase,
                            QPalette::Button, QPalette::ToolTipBase}) {
        palette.setColor(role, white);
    }
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                            QPalette::ToolTipText, QPalette::PlaceholderText}) {
        palette.setColor(role, black);
    }
    palette.setColor(QPalette::Highlight, blue);
    palette.setColor(QPalette::HighlightedText, white);
    palette.setColor(QPalette::Link, blue);
    palette.setColor(QPalette::Mid, black);
    palette.setColor(QPalette::Dark, black);
    // Disabled controls in a grey still at 4.5:1, so they read but look unavailable.
    const QColor grey(0x76, 0x76, 0x76);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, grey);
    palette.setColor(QPalette::Disabled, QPalette::Text, grey);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, grey);
    return palette;
}

} // namespace

QList<int> MainWindow::textScaleSteps() {
    return {90, 100, 115, 130, 150, 175, 200};
}

void MainWindow::setTextScale(int percent) {
    const QList<int> steps = textScaleSteps();
    const int clamped = qBound(steps.constFirst(), percent, steps.constLast());
    // Saved at once, so a crash or a second window does not lose the reader's choice; a kiosk
    // keeps it for the current visitor only.
    if (!m_options.kiosk) {
        QSettings().setValue(kTextScaleKey, clamped);
    }
    if (clamped == m_textScale) {
        return;
    }
    m_textScale = clamped;
    applyDocumentOptions();
    updateActionStates();
}

void MainWindow::changeTextScale(int steps) {
    const QList<int> scale = textScaleSteps();
    qsizetype index = 0;
    while (index + 1 < scale.size() && scale.at(index) < m_textScale) {
        ++index;
    }
    index = qBound<qsizetype>(0, index + steps, scale.size() - 1);
    setTextScale(scale.at(index));
}

void MainWindow::setPaletteChoice(PaletteChoice choice) {
    m_paletteChoice = choice;
    if (!m_options.kiosk) {
        QSettings().setValue(kPaletteKey, choice == PaletteChoice::HighContrast
                                              ? QStringLiteral("high-contrast")
                                              : QStringLiteral("system"));
    }
    (choice == PaletteChoice::HighContrast ? m_highContrastAction : m_followSystemAction)
        ->setChecked(true);
    // High contrast dresses the whole program; following the system gives its palette back.
    QApplication::setPalette(choice == PaletteChoice::HighContrast ? highContrastPalette()
                                                                   : m_systemPalette);
    applyDocumentOptions();
}

void MainWindow::applyTextScaleToWidgets() {
    // Native controls in the views and the navigation grow with the text.
    QFont font = QApplication::font();
    font.setPointSizeF(qMax(11.0, QApplication::font().pointSizeF()) * m_textScale / 100.0);
    m_stack->setFont(font);
    m_navigation->setFont(font);
    const int icon = qRound(font.pointSizeF() * 2.0);
    m_navigation->setIconSize(QSize(icon, icon));
}

void MainWindow::applyDocumentOptions() {
    applyTextScaleToWidgets();
    m_navigation->setFixedWidth(m_navigation->sizeHint().width());
    applyNavigationColors();
    if (!hasContent()) {
        return;
    }
    DocumentOptions options = m_context->options();
    // Body text never below 11 pt, and never below the desktop's own choice.
    options.basePointSize = qMax(11.0, QApplication::font().pointSizeF()) * m_textScale / 100.0;
    if (m_paletteChoice == PaletteChoice::HighContrast) {
        options.palette = DocumentOptions::Palette::HighContrast;
    } else {
        options.palette =
            darkSystemPalette() ? DocumentOptions::Palette::Dark : DocumentOptions::Palette::Light;
    }
    m_context->setOptions(options);
}

bool MainWindow::darkSystemPalette() const {
    return m_systemPalette.color(QPalette::Window).lightness() < 128;
}

void MainWindow::applyNavigationColors() {
    DocumentOptions::Palette palette = DocumentOptions::Palette::Light;
    if (m_paletteChoice == PaletteChoice::HighContrast) {
        palette = DocumentOptions::Palette::HighContrast;
    } else if (darkSystemPalette()) {
        palette = DocumentOptions::Palette::Dark;
    }
    switch (palette) {
    case DocumentOptions::Palette::Dark:
        m_navigation->setColors({QColor(0x26, 0x2e, 0x33), QColor(0xe8, 0xed, 0xee),
                                 QColor(0x1d, 0x5f, 0x9e), Qt::white, QColor(0x33, 0x42, 0x4c)});
        break;
    case DocumentOptions::Palette::HighContrast:
        m_navigation->setColors(
            {Qt::white, Qt::black, QColor(0x00, 0x30, 0x7a), Qt::white, QColor(0xdd, 0xdd, 0xdd)});
        break;
    case DocumentOptions::Palette::Light:
        m_navigation->setColors({QColor(0xf0, 0xf4, 0xf5), QColor(0x21, 0x2b, 0x32),
                                 QColor(0x00, 0x5e, 0xb8), Qt::white, QColor(0xdd, 0xe5, 0xe8)});
        break;
    }
}

void MainWindow::restoreDisplaySettings() {
    if (m_options.kiosk) {
        return; // every visitor starts from the same screen
    }
    const QSettings settings;
    const QList<int> steps = textScaleSteps();
    m_textScale =
        qBound(steps.constFirst(), settings.value(kTextScaleKey, 100).toInt(), steps.constLast());
    m_paletteChoice = settings.value(kPaletteKey).toString() == QStringLiteral("high-contrast")
                          ? PaletteChoice::HighContrast
                          : PaletteChoice::FollowSystem;
    if (m_paletteChoice == PaletteChoice::HighContrast) {
        QApplication::setPalette(highContrastPalette());
    }
}

void MainWindow::restoreFrameSettings() {
    if (!m_options.kiosk) {
        QSettings settings;
        restoreGeometry(settings.value(kGeometryKey).toByteArray());
        restoreState(settings.value(kStateKey).toByteArray());
    }
    if (m_paletteChoice == PaletteChoice::HighContrast) {
        m_highContrastAction->setChecked(true);
    }
    m_firstPlace = startPlace();
    // Marked in the navigation from the first frame, so nothing there moves when it opens.
    m_navigation->setCurrentPage(m_firstPlace.page);
}

Location MainWindow::startPlace() const {
    Location place = Location::fromKey(QSettings().value(kLastPlaceKey).toString());
    if (!m_options.restoreLastPlace || m_options.kiosk || !pageKeys().contains(place.page)) {
        place = {QStringLiteral("overview"), QString(), -1};
    }
    return place;
}

void MainWindow::saveSettings() {
    if (m_options.kiosk) {
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kTextScaleKey, m_textScale);
    if (m_current.isValid()) {
        settings.setValue(kLastPlaceKey, currentLocation().key());
    }
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event) {
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        break;
    case QEvent::LayoutDirectionChange:
        if (m_backAction != nullptr) {
            updateDirectionalIcons();
        }
        break;
    case QEvent::ThemeChange:
        // The desktop switched between light and dark: follow it unless high contrast is on.
        if (m_paletteChoice == PaletteChoice::FollowSystem) {
            m_systemPalette = QApplication::palette();
            applyDocumentOptions();
        }
        break;
    default:
        break;
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event) {
    QMainWindow::resizeEvent(event);
    // On a narrow window the navigation keeps only its icons, so the text keeps its room.
    m_navigation->setCompact(width() < 860);
    m_navigation->setFixedWidth(m_navigation->sizeHint().width());
}

void MainWindow::onLanguageChanged(const QString &code) {
    rememberCurrentPlace();
    m_context->setLocale(code);
    updateLanguageMenu();
    updateNavigationTitles();
    updateStatusLine();
    retranslate();
}

} // namespace cg
