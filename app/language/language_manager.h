// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/model.h"

#include <QObject>
#include <QTranslator>

namespace cg {

// Owns the display language: the interface translations (ours and Qt's own), the layout
// direction, and the content locale. Switching needs no restart: QEvent::LanguageChange reaches
// every widget (which re-sets its texts in changeEvent) and languageChanged() tells views to
// reload their content.
class LanguageManager : public QObject {
    Q_OBJECT

public:
    // `languages`: what the content offers (ContentSession::languages()).
    explicit LanguageManager(QList<LocaleInfo> languages, QObject *parent = nullptr);

    // Languages the content database offers, in menu order, named in their own language.
    QList<LocaleInfo> languages() const { return m_languages; }
    bool isAvailable(const QString &code) const;
    QString current() const { return m_current; }
    Qt::LayoutDirection direction() const;

    // The language to start in: the command line's, else the saved choice, else the system
    // language when the content has it, else English.
    QString startupLanguage(const QString &commandLineChoice) const;

    // Installs translators, mirrors the layout for right-to-left languages, remembers the
    // choice and announces it. Returns false (and changes nothing) for an unknown code.
    bool setLanguage(const QString &code);

    // The settings key under which the choice is remembered.
    static QString settingsKey();
    // A kiosk changes language for one visitor at a time and remembers nothing.
    void setRemembersChoice(bool remember) { m_remember = remember; }

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void loadTranslators(const QString &code);

    QList<LocaleInfo> m_languages;
    QString m_current;
    bool m_remember = true;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
};

// The Qt translation catalogue suffix for a content locale ("zh" -> "zh_CN").
QString qtCatalogueName(const QString &code);

} // namespace cg
