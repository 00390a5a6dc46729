// SPDX-License-Identifier: GPL-3.0-or-later
#include "recorder_engine.h"

#include <QCoreApplication>
#include <QTimer>

RecorderEngine::RecorderEngine(const QVariantMap &parameters, QObject *parent)
    : QTextToSpeechEngine(parent) {
    const QStringList codes =
        parameters.contains(QStringLiteral("locales"))
            ? parameters.value(QStringLiteral("locales")).toStringList()
            : QStringList{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
                          QStringLiteral("de"), QStringLiteral("ar"), QStringLiteral("zh")};
    for (const QString &code : codes) {
        m_locales.append(QLocale(code));
    }
    m_voiceNames = parameters.value(QStringLiteral("voiceNames")).toMap();
    m_unnamedVoices = parameters.value(QStringLiteral("unnamedVoices")).toStringList();
    if (!m_unnamedVoices.isEmpty()) {
        m_locales.append(QLocale::c());
    }
    m_autoFinish = parameters.value(QStringLiteral("autoFinish"), true).toBool();
    if (!m_locales.isEmpty()) {
        setLocale(m_locales.constFirst());
    }
    QCoreApplication::instance()->setProperty("cgRecorderEngine",
                                              QVariant::fromValue(static_cast<QObject *>(this)));
}

RecorderEngine::~RecorderEngine() {
    QCoreApplication::instance()->setProperty("cgRecorderEngine", QVariant());
}

QList<QLocale> RecorderEngine::availableLocales() const {
    return m_locales;
}

QList<QVoice> RecorderEngine::voicesFor(const QLocale &locale) const {
    QList<QVoice> voices;
    if (!m_locales.contains(locale)) {
        return voices;
    }
    if (locale.language() == QLocale::C) {
        for (const QString &name : m_unnamedVoices) {
            voices.append(createVoice(name, locale, QVoice::Unknown, QVoice::Other, QVariant()));
        }
        return voices;
    }
    const QString code = QLocale::languageToCode(locale.language());
    if (m_voiceNames.contains(code)) {
        const QStringList names = m_voiceNames.value(code).toStringList();
        for (const QString &name : names) {
            voices.append(createVoice(name, locale, QVoice::Unknown, QVoice::Other, QVariant()));
        }
        return voices;
    }
    voices.append(createVoice(code + QStringLiteral("-one"), locale, QVoice::Female, QVoice::Adult,
                              QVariant()));
    voices.append(createVoice(code + QStringLiteral("-two"), locale, QVoice::Male, QVoice::Adult,
                              QVariant()));
    return voices;
}

QList<QVoice> RecorderEngine::availableVoices() const {
    // As Qt 6.4's engines do: the voices of the current locale.
    return voicesFor(m_locale);
}

void RecorderEngine::setState(QTextToSpeech::State state) {
    if (m_state == state) {
        return;
    }
    m_state = state;
    // Reported from the event loop, as speech-dispatcher's callbacks are.
    QMetaObject::invokeMethod(
        this, [this, state] { Q_EMIT stateChanged(state); }, Qt::QueuedConnection);
}

void RecorderEngine::scheduleFinish() {
    if (!m_autoFinish) {
        return;
    }
    QTimer::singleShot(0, this, [this, utterance = m_utterance] {
        if (utterance == m_utterance && m_state == QTextToSpeech::Speaking) {
            finishUtterance();
        }
    });
}

void RecorderEngine::say(const QString &text) {
    ++m_utterance;
    m_spoken.append(text);
    m_events.append(QStringLiteral("say"));
    setState(QTextToSpeech::Speaking);
    scheduleFinish();
}

void RecorderEngine::finishUtterance() {
    if (m_state == QTextToSpeech::Speaking) {
        setState(QTextToSpeech::Ready);
    }
}

void RecorderEngine::stop(QTextToSpeech::BoundaryHint) {
    ++m_utterance;
    m_events.append(QStringLiteral("stop"));
    setState(QTextToSpeech::Ready);
}

void RecorderEngine::pause(QTextToSpeech::BoundaryHint) {
    if (m_state == QTextToSpeech::Speaking) {
        m_events.append(QStringLiteral("pause"));
        setState(QTextToSpeech::Paused);
    }
}

void RecorderEngine::resume() {
    if (m_state == QTextToSpeech::Paused) {
        m_events.append(QStringLiteral("resume"));
        setState(QTextToSpeech::Speaking);
        scheduleFinish();
    }
}

bool RecorderEngine::setRate(double rate) {
    m_rate = rate;
    return true;
}

bool RecorderEngine::setPitch(double pitch) {
    m_pitch = pitch;
    return true;
}

bool RecorderEngine::setVolume(double volume) {
    m_volume = volume;
    return true;
}

bool RecorderEngine::setLocale(const QLocale &locale) {
    if (!m_locales.contains(locale)) {
        return false;
    }
    m_locale = locale;
    m_voice = voicesFor(locale).constFirst();
    return true;
}

bool RecorderEngine::setVoice(const QVoice &voice) {
    if (!m_locales.contains(voice.locale())) {
        return false;
    }
    m_locale = voice.locale();
    m_voice = voice;
    return true;
}
