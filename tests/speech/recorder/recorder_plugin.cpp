// SPDX-License-Identifier: GPL-3.0-or-later
// The test engine's plugin: Qt TextToSpeech finds it by the key "cgrecorder" in a
// texttospeech/ folder of the plugin path.
#include "recorder_engine.h"

#include <QTextToSpeechPlugin>

class RecorderPlugin : public QObject, public QTextToSpeechPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.qt-project.qt.speech.tts.plugin/6.0" FILE "cgrecorder.json")
    Q_INTERFACES(QTextToSpeechPlugin)

public:
    QTextToSpeechEngine *createTextToSpeechEngine(const QVariantMap &parameters, QObject *parent,
                                                  QString *errorString) const override {
        if (errorString != nullptr) {
            errorString->clear();
        }
        return new RecorderEngine(parameters, parent);
    }
};

#include "recorder_plugin.moc"
