// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/icons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace cg {

namespace {

// Without a desktop session Qt's theme is plain "hicolor", which holds application icons only;
// searching it for action icons always fails and loads every image plugin on the way.
bool desktopHasIconTheme() {
    const QString theme = QIcon::themeName();
    return !theme.isEmpty() && theme != QStringLiteral("hicolor");
}

// The desktop theme's icon when it has one, else a one-colour SVG drawn in the colour of the
// current palette for the icon's mode, so the same drawing serves every palette and a selected
// row. The theme is asked at the first paint, not at start-up: searching icon themes takes
// milliseconds the window does not need before it appears.
class ThemedSvgIconEngine : public QIconEngine {
public:
    ThemedSvgIconEngine(QString themeName, QString path)
        : m_themeName(std::move(themeName)), m_path(std::move(path)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
               QIcon::State state) override {
        if (!m_resolved) {
            m_resolved = true;
            if (!m_themeName.isEmpty() && desktopHasIconTheme()) {
                m_theme = QIcon::fromTheme(m_themeName);
            }
        }
        if (!m_theme.isNull()) {
            m_theme.paint(painter, rect, Qt::AlignCenter, mode, state);
            return;
        }
        const QPalette palette = QGuiApplication::palette();
        QColor color = palette.color(QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Disabled) {
            color = palette.color(QPalette::Disabled, QPalette::WindowText);
        } else if (mode == QIcon::Selected) {
            color = palette.color(QPalette::Active, QPalette::HighlightedText);
        }
        const qreal ratio =
            painter->device() != nullptr ? painter->device()->devicePixelRatioF() : 1.0;
        QImage image((QSizeF(rect.size()) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter imagePainter(&image);
            QSvgRenderer renderer(m_path);
            renderer.render(&imagePainter);
            imagePainter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            imagePainter.fillRect(image.rect(), color);
        }
        image.setDevicePixelRatio(ratio);
        painter->drawImage(rect, image);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        QPixmap result(size);
        result.fill(Qt::transparent);
        QPainter painter(&result);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return result;
    }

    QIconEngine *clone() const override { return new ThemedSvgIconEngine(m_themeName, m_path); }
    QString key() const override { return QStringLiteral("cg-themed-svg"); }

private:
    QString m_themeName;
    QString m_path;
    bool m_resolved = false;
    QIcon m_theme;
};

} // namespace

QIcon themedIcon(const QString &themeName, const QString &fallbackName) {
    return QIcon(new ThemedSvgIconEngine(themeName, QStringLiteral(":/icons/") + fallbackName +
                                                        QStringLiteral(".svg")));
}

QIcon sectionIcon(Page page) {
    const QString key = pageKey(page);
    // Our own names first: an icon theme that ships the application's icons wins, the bundled
    // drawings keep the set consistent everywhere else.
    return themedIcon(QStringLiteral("calcinosis-guide-") + key, QStringLiteral("section-") + key);
}

} // namespace cg
