#include "widgets/icons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace cg {

namespace {

// Draws a one-colour SVG in the colour of the current palette for the icon's mode, so the same
// drawing serves every palette and a selected row.
class TintedSvgIconEngine : public QIconEngine {
public:
    explicit TintedSvgIconEngine(QString path) : m_path(std::move(path)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
               QIcon::State state) override {
        Q_UNUSED(state)
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

    QIconEngine *clone() const override { return new TintedSvgIconEngine(m_path); }
    QString key() const override { return QStringLiteral("cg-tinted-svg"); }

private:
    QString m_path;
};

} // namespace

QIcon themedIcon(const QString &themeName, const QString &fallbackName) {
    if (!themeName.isEmpty() && QIcon::hasThemeIcon(themeName)) {
        return QIcon::fromTheme(themeName);
    }
    return QIcon(new TintedSvgIconEngine(QStringLiteral(":/icons/") + fallbackName +
                                         QStringLiteral(".svg")));
}

QIcon sectionIcon(const QString &pageKey) {
    // Our own names first: an icon theme that ships the application's icons wins, the bundled
    // drawings keep the set consistent everywhere else.
    return themedIcon(QStringLiteral("calcinosis-guide-") + pageKey,
                      QStringLiteral("section-") + pageKey);
}

} // namespace cg
