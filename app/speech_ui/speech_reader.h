// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "speech/speech_script.h"

#include <QList>
#include <QObject>
#include <QVariantMap>

class QTextToSpeech;
class QVoice;

namespace cg {

// Speaks a script sentence by sentence through Qt TextToSpeech, in the script's language only.
// The engine is made at the first use, never at start-up: loading it starts the speech
// dispatcher. Qt 6.4 has no word or sentence progress signal, so each sentence is its own
// say() and the next one starts when the engine is ready again.
class SpeechReader : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Speaking, Paused };
    Q_ENUM(State)

    explicit SpeechReader(QObject *parent = nullptr);
    ~SpeechReader() override;

    // Which engine plugin to use ("speechd"; empty for Qt's default) and its parameters. Takes
    // effect at the next first use.
    void setEngine(const QString &name, const QVariantMap &parameters = {});
    bool engineLoaded() const { return m_tts != nullptr; }

    // Reads `script` (in `language`, a content code such as "ar") from sentence `from`. False,
    // with problem() emitted, when there is no engine or no voice for the language: it never
    // falls back to a voice of another language.
    bool start(const QList<Utterance> &script, const QString &language, int from = 0);
    void pause();
    void resume();
    void stop();
    void next();
    void previous();

    State state() const { return m_state; }
    int currentIndex() const { return m_index; }
    const QList<Utterance> &script() const { return m_script; }
    const QString &language() const { return m_language; }

    // Voice names for a language on this machine (loads the engine); empty when it has none.
    QStringList voiceNames(const QString &language);
    // The remembered voice for a language; empty for the engine's first one.
    static QString preferredVoice(const QString &language);
    // Remembers a voice for a language and, when reading in it, speaks on with it.
    void setVoice(const QString &language, const QString &name);
    // Speaking rate, -1 (slowest) to 1 (fastest), remembered.
    static double preferredRate();
    void setRate(double rate);

    // Whether voice and speed are kept in the user's settings. A kiosk keeps them only for
    // the visitor's session (forgetSessionChoices() at its reset), so the next visitor starts
    // from the usual voice and speed and nothing is written.
    static void setRemembersChoices(bool remembers);
    static void forgetSessionChoices();

    // Why reading cannot start, in words for the reader.
    static QString noVoiceMessage(const QString &language);
    static QString noEngineMessage();

Q_SIGNALS:
    // Sentence `index` of the script is about to be spoken.
    void sentenceStarted(int index);
    void stateChanged(cg::SpeechReader::State state);
    // The last sentence has been spoken.
    void finished();
    // Reading could not start or stopped on an engine error.
    void problem(const QString &message);

private:
    bool ensureEngine();
    bool chooseVoice(const QString &language);
    void speakCurrent();
    void jump(int index);
    void stopEngine();
    void setState(State state);
    void onEngineState(int engineState);

    QTextToSpeech *m_tts = nullptr; // a child, made at the first use
    QString m_engineName;
    QVariantMap m_engineParameters;
    QList<Utterance> m_script;
    QString m_language;
    int m_index = -1;
    State m_state = State::Idle;
    bool m_jumpPending = false; // a sentence waits for the engine to confirm a stop
    int m_stopsUnconfirmed = 0; // stops asked of the engine whose Ready has not come yet
};

} // namespace cg
