// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>
#include <QTextToSpeechEngine>
#include <QVoice>

// A speech engine for tests: it records what it is asked to say and reports state changes as a
// real engine does (asynchronously, like speech-dispatcher), without making a sound. Tests find
// it through the application property "cgRecorderEngine".
//
// Parameters (QTextToSpeech(engine, parameters)):
//   "locales"    language codes it has voices for (default: en es fr de ar zh; empty: none)
//   "unnamedVoices" voice names filed under the C locale, as Qt 6.4's speech-dispatcher engine
//                files languages QLocale has no code for ("Chinese (Mandarin, ...)")
//   "voiceNames" a map from language code to its voices' names (default "<code>-one",
//                "<code>-two")
//   "autoFinish" finish each sentence by itself on the next event loop turn (default true);
//                false leaves it speaking until finishUtterance() is invoked
class RecorderEngine : public QTextToSpeechEngine {
    Q_OBJECT
    Q_PROPERTY(QStringList spoken READ spoken)
    Q_PROPERTY(QStringList events READ events)
    Q_PROPERTY(double currentRate READ rate)
    Q_PROPERTY(QString currentVoice READ currentVoiceName)

public:
    RecorderEngine(const QVariantMap &parameters, QObject *parent);
    ~RecorderEngine() override;

    QList<QLocale> availableLocales() const override;
    QList<QVoice> availableVoices() const override;
    void say(const QString &text) override;
    void stop(QTextToSpeech::BoundaryHint boundaryHint) override;
    void pause(QTextToSpeech::BoundaryHint boundaryHint) override;
    void resume() override;
    double rate() const override { return m_rate; }
    bool setRate(double rate) override;
    double pitch() const override { return m_pitch; }
    bool setPitch(double pitch) override;
    QLocale locale() const override { return m_locale; }
    bool setLocale(const QLocale &locale) override;
    double volume() const override { return m_volume; }
    bool setVolume(double volume) override;
    QVoice voice() const override { return m_voice; }
    bool setVoice(const QVoice &voice) override;
    QTextToSpeech::State state() const override { return m_state; }
    QTextToSpeech::ErrorReason errorReason() const override {
        return QTextToSpeech::ErrorReason::NoError;
    }
    QString errorString() const override { return {}; }

    QStringList spoken() const { return m_spoken; }
    QStringList events() const { return m_events; }
    QString currentVoiceName() const { return m_voice.name(); }

    // The sentence being spoken ends (as when the audio finishes).
    Q_INVOKABLE void finishUtterance();

private:
    QList<QVoice> voicesFor(const QLocale &locale) const;
    void setState(QTextToSpeech::State state);
    void scheduleFinish();

    QList<QLocale> m_locales;
    QStringList m_unnamedVoices;
    QVariantMap m_voiceNames;
    bool m_autoFinish = true;
    QLocale m_locale;
    QVoice m_voice;
    double m_rate = 0.0;
    double m_pitch = 0.0;
    double m_volume = 1.0;
    QTextToSpeech::State m_state = QTextToSpeech::Ready;
    quint64 m_utterance = 0; // counts say() calls, so a stale finish does nothing
    QStringList m_spoken;
    QStringList m_events;
};
