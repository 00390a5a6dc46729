// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "speech_ui/speech_reader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTest>
#include <QTimer>
#include <QVariant>
#include <functional>

namespace cg::test {

// The recording engine (tests/speech/recorder): found in its own plugin folder, chosen by name,
// so no test ever reaches a real speech dispatcher.
inline const QString kRecorder = QStringLiteral("cgrecorder");

inline void addRecorderPluginFolder() {
    QCoreApplication::addLibraryPath(QStringLiteral(CG_TEST_SPEECH_PLUGINS));
}

inline void useRecorder(SpeechReader &reader, const QVariantMap &parameters = {}) {
    addRecorderPluginFolder();
    reader.setEngine(kRecorder, parameters);
}

// The newest recording engine, or null before the first use.
inline QObject *recorder() {
    return QCoreApplication::instance()->property("cgRecorderEngine").value<QObject *>();
}

inline QStringList recorded(const char *property) {
    QObject *engine = recorder();
    return engine != nullptr ? engine->property(property).toStringList() : QStringList();
}

inline QStringList spokenByEngine() {
    return recorded("spoken");
}

inline QStringList engineEvents() {
    return recorded("events");
}

inline void finishSentence() {
    QMetaObject::invokeMethod(recorder(), "finishUtterance");
    QCoreApplication::processEvents();
}

// Runs the event loop until the reader has read its script to the end (or a minute passed):
// at full speed, where polling would wait ten milliseconds a sentence.
inline bool readToTheEnd(SpeechReader &reader) {
    QEventLoop loop;
    bool done = false;
    QObject::connect(&reader, &SpeechReader::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return done;
}

inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 20000) {
    return QTest::qWaitFor(condition, timeoutMs);
}

} // namespace cg::test
