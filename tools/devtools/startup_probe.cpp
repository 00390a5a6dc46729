// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup_probe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <QWindow>
#include <chrono>
#include <cstdio>

namespace cg {

namespace {

long long monotonicNanoseconds() {
    // steady_clock is CLOCK_MONOTONIC on Linux, the clock the benchmark script reads.
    return static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                      std::chrono::steady_clock::now().time_since_epoch())
                                      .count());
}

QByteArray residentKilobytes() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return QByteArrayLiteral("unknown");
    }
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).simplified().split(' ').value(0);
        }
    }
    return QByteArrayLiteral("unknown");
}

class ExposeProbe : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        auto *window = qobject_cast<QWindow *>(watched);
        if (event->type() == QEvent::Expose && window != nullptr && window->isExposed()) {
            std::printf("startup-probe exposed-monotonic-ns %lld\n", monotonicNanoseconds());
            std::fflush(stdout);
            window->removeEventFilter(this);
            QTimer::singleShot(1000, qApp, [] {
                std::printf("startup-probe vmrss-kb %s\n", residentKilobytes().constData());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }
};

} // namespace

void reportStartupMilestone(const char *name) {
    if (qEnvironmentVariable("CG_STARTUP_PROBE") == QStringLiteral("1")) {
        std::printf("startup-probe %s-monotonic-ns %lld\n", name, monotonicNanoseconds());
        std::fflush(stdout);
    }
}

void installStartupProbe(QWidget *window) {
    if (qEnvironmentVariable("CG_STARTUP_PROBE") != QStringLiteral("1") || window == nullptr) {
        return;
    }
    window->winId(); // make sure the native window exists
    QWindow *handle = window->windowHandle();
    if (handle != nullptr) {
        handle->installEventFilter(new ExposeProbe(handle));
    }
}

} // namespace cg
