// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/language_manager.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace cg {

QString qtCatalogueName(const QString &code) {
    // Qt ships Chinese as zh_CN and zh_TW; our content's zh is Simplified Chinese.
    return code == QStringLiteral("zh") ? QStringLiteral("zh_CN") : code;
}

LanguageManager::LanguageManager(QList<LocaleInfo> languages, QObject *parent)
    : QObject(parent), m_languages(std::move(languages)) {}

QString LanguageManager::settingsKey() {
    return QStringLiteral("interface/language");
}

bool LanguageManager::isAvailable(const QString &code) const {
    for (const LocaleInfo &info : m_languages) {
        if (info.code == code) {
            return true;
        }
    }
    return false;
}

Qt::LayoutDirection LanguageManager::direction() const {
    for (const LocaleInfo &info : m_languages) {
        if (info.code == m_current) {
            return info.direction;
        }
    }
    return Qt::LeftToRight;
}

QString LanguageManager::startupLanguage(const QString &commandLineChoice) const {
    if (!commandLineChoice.isEmpty() && isAvailable(commandLineChoice)) {
        return commandLineChoice;
    }
    QString saved = QSettings().value(settingsKey()).toString();
    if (isAvailable(saved)) {
        return saved;
    }
    // uiLanguages() lists the user's preferences, best first ("de-CH", "de", "en-US").
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString &tag : preferred) {
        QString language = QLocale(tag).bcp47Name().section(QLatin1Char('-'), 0, 0);
        if (isAvailable(language)) {
            return language;
        }
    }
    return kSourceLocale;
}

void LanguageManager::loadTranslators(const QString &code) {
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    if (code == kSourceLocale) {
        return; // the source strings are English
    }
    if (m_appTranslator.load(QStringLiteral(":/i18n/calcinosis-guide_") + code)) {
        QCoreApplication::installTranslator(&m_appTranslator);
    }
    if (m_qtTranslator.load(QStringLiteral("qtbase_") + qtCatalogueName(code),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qtTranslator);
    }
}

bool LanguageManager::setLanguage(const QString &code) {
    if (!isAvailable(code)) {
        return false;
    }
    if (code == m_current) {
        return true;
    }
    m_current = code;
    loadTranslators(code);
    const QLocale locale(code);
    QLocale::setDefault(locale);
    QApplication::setLayoutDirection(direction());
    if (m_remember) {
        QSettings().setValue(settingsKey(), code);
    }
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace cg
