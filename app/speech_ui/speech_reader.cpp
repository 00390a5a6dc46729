// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech_ui/speech_reader.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSettings>
#include <QTextToSpeech>
#include <QVariant>
#include <QVoice>
#include <algorithm>
#include <optional>

namespace cg {

namespace {

const QString kRateKey = QStringLiteral("speech/rate");
const QString kVoiceKey = QStringLiteral("speech/voice/");

// Voice and speed choices while they are not remembered (a kiosk): keys as in the settings.
struct SessionChoices {
    bool remember = true;
    QHash<QString, QVariant> values;
};

SessionChoices &sessionChoices() {
    static SessionChoices choices;
    return choices;
}

QVariant choice(const QString &key, const QVariant &fallback = {}) {
    const SessionChoices &session = sessionChoices();
    return session.remember ? QSettings().value(key, fallback)
                            : session.values.value(key, fallback);
}

void setChoice(const QString &key, const QVariant &value) {
    SessionChoices &session = sessionChoices();
    if (session.remember) {
        QSettings().setValue(key, value);
    } else {
        session.values.insert(key, value);
    }
}

// Whether a voice speaks `language`. Qt 6.4's speech-dispatcher engine files the languages
// QLocale has no code for under the C locale, Mandarin ("cmn") among them: such a voice counts
// when its name starts with the language's English name ("Chinese (Mandarin, ...)"), never
// "Hakka Chinese" or a voice of another language.
bool speaks(const QVoice &voice, const QString &language) {
    const QLocale wanted(language);
    if (voice.locale().language() == wanted.language()) {
        return true;
    }
    return voice.locale().language() == QLocale::C &&
           voice.name().startsWith(QLocale::languageToString(wanted.language()));
}

// The engine locale to look for `language`'s voices in: the language's own (its default
// territory first), else the C locale where unnamed languages' voices are.
std::optional<QLocale> localeFor(const QTextToSpeech &tts, const QString &language) {
    const QLocale wanted(language);
    std::optional<QLocale> best;
    bool hasUnnamed = false;
    const QList<QLocale> locales = tts.availableLocales();
    for (const QLocale &locale : locales) {
        hasUnnamed = hasUnnamed || locale.language() == QLocale::C;
        if (locale.language() != wanted.language()) {
            continue;
        }
        if (!best || locale.territory() == wanted.territory()) {
            best = locale;
        }
    }
    if (!best && hasUnnamed) {
        best = QLocale::c();
    }
    return best;
}

QList<QVoice> voicesIn(const QTextToSpeech &tts, const QString &language) {
    QList<QVoice> result;
    const QList<QVoice> voices = tts.availableVoices();
    for (const QVoice &voice : voices) {
        if (speaks(voice, language)) {
            result.append(voice);
        }
    }
    // The default voice: a plain one (espeak-ng's variants are "Name+Variant"), of the
    // language's main territory when the names say ("English (America)", not "English
    // (Caribbean)", which comes first in speech-dispatcher's list).
    const QLocale wanted(language);
    const QString territory = wanted.territory() == QLocale::UnitedStates
                                  ? QStringLiteral("America")
                                  : QLocale::territoryToString(wanted.territory());
    std::stable_partition(result.begin(), result.end(), [&territory](const QVoice &voice) {
        return voice.name().contains(territory);
    });
    std::stable_partition(result.begin(), result.end(), [](const QVoice &voice) {
        return !voice.name().contains(QLatin1Char('+'));
    });
    if (wanted.language() == QLocale::Chinese) {
        // espeak-ng 1.51's "Chinese (Mandarin, latin as English)" reads its own pinyin as
        // English with tone digits ("ni three hao three"); the Pinyin voice says Mandarin.
        std::stable_partition(result.begin(), result.end(), [](const QVoice &voice) {
            return voice.name().contains(QStringLiteral("Pinyin"));
        });
    }
    return result;
}

} // namespace

SpeechReader::SpeechReader(QObject *parent) : QObject(parent) {}

SpeechReader::~SpeechReader() {
    if (m_tts != nullptr) {
        m_state = State::Idle; // no signals from a reader being destroyed
        m_tts->disconnect(this);
        m_tts->stop();
    }
}

void SpeechReader::setEngine(const QString &name, const QVariantMap &parameters) {
    m_engineName = name;
    m_engineParameters = parameters;
}

bool SpeechReader::ensureEngine() {
    if (m_tts != nullptr) {
        return m_tts->state() != QTextToSpeech::Error;
    }
    if (QTextToSpeech::availableEngines().isEmpty()) {
        return false;
    }
    m_tts = m_engineName.isEmpty() ? new QTextToSpeech(this)
                                   : new QTextToSpeech(m_engineName, m_engineParameters, this);
    connect(m_tts, &QTextToSpeech::stateChanged, this,
            [this](QTextToSpeech::State engineState) { onEngineState(engineState); });
    return m_tts->state() != QTextToSpeech::Error;
}

QString SpeechReader::noVoiceMessage(const QString &language) {
    const QLocale locale(language);
    //: %1 is a language named in itself ("Español"), %2 in English ("Spanish").
    return tr("This computer has no voice for %1 (%2), so this page cannot be read aloud in its "
              "language. To add voices for all six languages, ask whoever looks after this "
              "computer to run: apt install espeak-ng speech-dispatcher "
              "speech-dispatcher-espeak-ng")
        .arg(locale.nativeLanguageName(), QLocale::languageToString(locale.language()));
}

QString SpeechReader::noEngineMessage() {
    return tr("Reading aloud needs a speech engine, and this computer has none. Ask whoever "
              "looks after this computer to run: apt install qt6-speech-speechd-plugin "
              "espeak-ng speech-dispatcher speech-dispatcher-espeak-ng");
}

bool SpeechReader::chooseVoice(const QString &language) {
    const std::optional<QLocale> locale = localeFor(*m_tts, language);
    if (!locale) {
        return false;
    }
    if (m_tts->locale() != *locale) {
        m_tts->setLocale(*locale);
    }
    const QList<QVoice> voices = voicesIn(*m_tts, language);
    if (voices.isEmpty()) {
        return false;
    }
    const QString wanted = preferredVoice(language);
    QVoice chosen = voices.constFirst();
    for (const QVoice &voice : voices) {
        if (voice.name() == wanted) {
            chosen = voice;
        }
    }
    if (m_tts->voice() != chosen) {
        m_tts->setVoice(chosen);
    }
    // Never another language's voice: if the engine would not take ours, do not speak.
    return speaks(m_tts->voice(), language);
}

QStringList SpeechReader::voiceNames(const QString &language) {
    QStringList names;
    if (!ensureEngine()) {
        return names;
    }
    const std::optional<QLocale> locale = localeFor(*m_tts, language);
    if (!locale) {
        return names;
    }
    if (m_tts->locale() != *locale) {
        m_tts->setLocale(*locale);
    }
    const QList<QVoice> voices = voicesIn(*m_tts, language);
    for (const QVoice &voice : voices) {
        names.append(voice.name());
    }
    return names;
}

bool SpeechReader::start(const QList<Utterance> &script, const QString &language, int from) {
    stop();
    if (script.isEmpty()) {
        return false;
    }
    if (!ensureEngine()) {
        Q_EMIT problem(noEngineMessage());
        return false;
    }
    if (!chooseVoice(language)) {
        Q_EMIT problem(noVoiceMessage(language));
        return false;
    }
    m_tts->setRate(preferredRate());
    m_script = script;
    m_language = language;
    m_index = qBound(0, from, static_cast<int>(script.size()) - 1);
    setState(State::Speaking);
    if (m_stopsUnconfirmed > 0) {
        m_jumpPending = true; // the engine has not stopped the last reading yet
    } else {
        speakCurrent();
    }
    return true;
}

void SpeechReader::speakCurrent() {
    Q_EMIT sentenceStarted(m_index);
    m_tts->say(m_script.at(m_index).spoken);
}

void SpeechReader::jump(int index) {
    if (m_state == State::Idle || index < 0 || index >= m_script.size()) {
        return;
    }
    m_index = index;
    setState(State::Speaking);
    if (m_tts->state() == QTextToSpeech::Ready && m_stopsUnconfirmed == 0) {
        speakCurrent();
        return;
    }
    // The next sentence starts once the engine has stopped the current one.
    m_jumpPending = true;
    stopEngine();
}

void SpeechReader::next() {
    jump(m_index + 1);
}

void SpeechReader::previous() {
    jump(qMax(0, m_index - 1));
}

void SpeechReader::pause() {
    if (m_state != State::Speaking) {
        return;
    }
    setState(State::Paused);
    m_tts->pause(QTextToSpeech::BoundaryHint::Immediate);
}

void SpeechReader::resume() {
    if (m_state != State::Paused) {
        return;
    }
    setState(State::Speaking);
    if (m_tts->state() == QTextToSpeech::Paused) {
        m_tts->resume();
    } else if (m_tts->state() == QTextToSpeech::Ready) {
        speakCurrent(); // the engine let the sentence go while paused: say it again
    }
}

void SpeechReader::stop() {
    if (m_state == State::Idle) {
        return;
    }
    m_jumpPending = false;
    setState(State::Idle);
    stopEngine();
}

void SpeechReader::stopEngine() {
    if (m_tts->state() == QTextToSpeech::Speaking || m_tts->state() == QTextToSpeech::Paused) {
        // Its Ready comes later (speech-dispatcher reports from its own thread), and must not
        // be taken for the end of the sentence said next.
        ++m_stopsUnconfirmed;
    }
    m_tts->stop(QTextToSpeech::BoundaryHint::Immediate);
}

void SpeechReader::setState(State state) {
    if (m_state == state) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SpeechReader::onEngineState(int engineState) {
    switch (engineState) {
    case QTextToSpeech::Ready:
        if (m_stopsUnconfirmed > 0) {
            // The engine confirms a stop we asked for: go on with the sentence chosen meanwhile.
            --m_stopsUnconfirmed;
            if (m_stopsUnconfirmed == 0 && m_jumpPending && m_state != State::Idle) {
                m_jumpPending = false;
                speakCurrent();
            }
            return;
        }
        if (m_state == State::Idle || m_state == State::Paused) {
            return;
        }
        if (m_index + 1 < m_script.size()) {
            ++m_index;
            speakCurrent();
        } else {
            setState(State::Idle);
            Q_EMIT finished();
        }
        return;
    case QTextToSpeech::Error: {
        const QString reason = m_tts->errorString();
        m_jumpPending = false;
        m_stopsUnconfirmed = 0;
        setState(State::Idle);
        Q_EMIT problem(tr("Reading aloud stopped: %1").arg(reason));
        return;
    }
    default:
        return;
    }
}

QString SpeechReader::preferredVoice(const QString &language) {
    return choice(kVoiceKey + language).toString();
}

void SpeechReader::setVoice(const QString &language, const QString &name) {
    setChoice(kVoiceKey + language, name);
    if (m_tts != nullptr && m_state != State::Idle && language == m_language) {
        chooseVoice(language);
    }
}

double SpeechReader::preferredRate() {
    return qBound(-1.0, choice(kRateKey, 0.0).toDouble(), 1.0);
}

void SpeechReader::setRate(double rate) {
    setChoice(kRateKey, qBound(-1.0, rate, 1.0));
    if (m_tts != nullptr) {
        m_tts->setRate(preferredRate()); // from the next sentence on
    }
}

void SpeechReader::setRemembersChoices(bool remembers) {
    sessionChoices().remember = remembers;
    sessionChoices().values.clear();
}

void SpeechReader::forgetSessionChoices() {
    sessionChoices().values.clear();
}

} // namespace cg
