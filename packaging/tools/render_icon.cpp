// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: renders the application's SVG icon into square PNGs for the hicolor theme.
//   render-icon SOURCE.svg SIZE OUTPUT.png
// Uses the Qt SVG renderer the program already links, so packaging needs no extra tool.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a build machine has no display
    }
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = args.size() == 4 ? args.at(2).toInt(&sizeOk) : 0;
    if (!sizeOk || size < 16 || size > 1024) {
        err << "render-icon: usage: render-icon SOURCE.svg SIZE OUTPUT.png (SIZE 16 to 1024)\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "render-icon: " << args.at(1) << ": not a readable SVG file\n";
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    if (!image.save(args.at(3), "PNG")) {
        err << "render-icon: " << args.at(3) << ": cannot write the PNG file\n";
        return 3;
    }
    return 0;
}
