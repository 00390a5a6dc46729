// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick for start-up: the smallest Qt Widgets program with a window of the same size.
// tests/benchmarks/startup.sh launches it and the real program the same way and compares when
// each window first appears and how much memory each holds.
#include "startup_probe.h"

#include <QApplication>
#include <QWidget>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    window.resize(1200, 800);
    window.show();
    cg::installStartupProbe(&window);
    return QApplication::exec();
}
