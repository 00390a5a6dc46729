// SPDX-License-Identifier: GPL-3.0-or-later
// What the window remembers (size, text size, palette, last place), the reader's bookmarks, and
// how it follows a change of language or system colours.
#include "language/language_manager.h"
#include "user/bookmark_store.h"
#include "views/section_view.h"
#include "views/view_context.h"
#include "widgets/navigation_list.h"
#include "widgets/notice_bar.h"
#include "window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QWindow>

namespace cg {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kTextScaleKey = QStringLiteral("view/textScale");
const QString kPaletteKey = QStringLiteral("view/palette");
const QString kLastPlaceKey = QStringLiteral("navigation/lastPlace");

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
    fitFrameToWidth();
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

QAction *MainWindow::paletteAction(PaletteChoice choice) const {
    switch (choice) {
    case PaletteChoice::Light:
        return m_lightAction;
    case PaletteChoice::Dark:
        return m_darkAction;
    case PaletteChoice::HighContrast:
        return m_highContrastAction;
    case PaletteChoice::FollowSystem:
        break;
    }
    return m_followSystemAction;
}

void MainWindow::setPaletteChoice(PaletteChoice choice) {
    m_paletteChoice = choice;
    if (!m_options.kiosk) {
        QSettings().setValue(kPaletteKey, schemeKey(choice));
    }
    paletteAction(choice)->setChecked(true);
    // The program's own schemes dress every window; following the system gives the desktop's
    // palette back, with the pairs that fall short mended.
    QApplication::setPalette(schemePalette(choice, m_systemPalette));
    applyDocumentOptions();
}

QFont MainWindow::desktopFont() {
    // The desktop's own font, remembered before the first window scales the application's:
    // every text size is measured from it, not from the last one set.
    static const char *const kKey = "cg-desktop-font";
    QVariant saved = qApp->property(kKey);
    if (!saved.isValid()) {
        saved = QApplication::font();
        qApp->setProperty(kKey, saved);
    }
    return saved.value<QFont>();
}

double MainWindow::scaledPointSize() const {
    // Never below 11 pt, and never below the desktop's own choice.
    return qMax(11.0, desktopFont().pointSizeF()) * m_textScale / 100.0;
}

void MainWindow::applyTextScaleToWidgets() {
    // Everything grows with the text: views, navigation, menus, toolbar, status line, search
    // results, glossary tooltips and every dialog. Class fonts a desktop theme sets for menus
    // and tooltips are replaced too, or they would stay small.
    QFont font = desktopFont();
    font.setPointSizeF(scaledPointSize());
    if (QApplication::font() != font) {
        QApplication::setFont(font);
        for (const char *className :
             {"QMenu", "QMenuBar", "QTipLabel", "QStatusBar", "QToolBar", "QToolButton",
              "QHeaderView", "QComboBox", "QLineEdit", "QListView", "QTreeView", "QPushButton",
              "QCheckBox", "QLabel", "QGroupBox", "QMessageBox"}) {
            QApplication::setFont(font, className);
        }
    }
    if (m_navigation != nullptr) {
        const int icon = qRound(font.pointSizeF() * 2.0);
        m_navigation->setIconSize(QSize(icon, icon));
    }
    if (m_disclaimer != nullptr) {
        // The status line grows too, but stops at 130%: at 200% on a 600 px high window the
        // always-visible disclaimer and version would take a third of the height from the page.
        QFont status = font;
        status.setPointSizeF(qMin(font.pointSizeF(), qMax(11.0, desktopFont().pointSizeF()) * 1.3));
        statusBar()->setFont(status);
    }
    if (m_toolBar != nullptr) {
        const int icon = qMax(22, qRound(font.pointSizeF() * 1.8));
        m_toolBar->setIconSize(QSize(icon, icon));
    }
}

void MainWindow::applyDocumentOptions() {
    applyTextScaleToWidgets();
    m_navigation->setFixedWidth(m_navigation->sizeHint().width());
    applyNavigationColors();
    DocumentOptions options = m_context->options();
    options.basePointSize = scaledPointSize();
    options.palette = documentPaletteNow();
    m_context->setOptions(options);
}

DocumentOptions::Palette MainWindow::documentPaletteNow() const {
    return documentPalette(m_paletteChoice, m_systemPalette);
}

void MainWindow::applyNavigationColors() {
    switch (documentPaletteNow()) {
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
    applyTextScaleToWidgets(); // before any widget is made, so each is measured once
    m_paletteChoice = schemeFromKey(settings.value(kPaletteKey).toString());
    QApplication::setPalette(schemePalette(m_paletteChoice, m_systemPalette));
}

void MainWindow::restoreFrameSettings() {
    if (!m_options.kiosk) {
        QSettings settings;
        restoreGeometry(settings.value(kGeometryKey).toByteArray());
        restoreState(settings.value(kStateKey).toByteArray());
    }
    paletteAction(m_paletteChoice)->setChecked(true);
    m_firstPlace = startPlace();
    // Marked in the navigation from the first frame, so nothing there moves when it opens.
    m_navigation->setCurrentPage(m_firstPlace.page);
}

Location MainWindow::startPlace() const {
    Location place = Location::fromKey(QSettings().value(kLastPlaceKey).toString());
    if (!m_options.restoreLastPlace || m_options.kiosk || !place.isValid()) {
        place = {Page::Overview};
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
            QApplication::setPalette(QPalette()); // the desktop's own, to read it afresh
            m_systemPalette = QApplication::palette();
            QApplication::setPalette(readableSystemPalette(m_systemPalette));
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
    fitFrameToWidth();
}

void MainWindow::fitFrameToWidth() {
    // On a narrow window (narrower still with big text) the navigation and the toolbar keep
    // only their icons, so the page and the search field keep their room.
    const bool narrow = width() < 860 * qMax(1.0, m_textScale / 100.0 * 0.75);
    m_navigation->setCompact(narrow);
    m_navigation->setFixedWidth(m_navigation->sizeHint().width());
    m_toolBar->setToolButtonStyle(narrow ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
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
