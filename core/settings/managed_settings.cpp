// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/managed_settings.h"

#include "settings/clinic_keys.h"
#include "settings/settings_files.h"

#include <QCoreApplication>
#include <QSettings>

namespace cg {

namespace {

QVariantMap readAll(const QSettings &settings) {
    QVariantMap values;
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        values.insert(key, settings.value(key));
    }
    return values;
}

// QSettings reads "a, b" in an INI file as a list and "a" as a string: accept both.
QSet<QString> lockedKeys(const QVariant &value) {
    QStringList items = value.toStringList();
    if (items.isEmpty() && !value.toString().isEmpty()) {
        items = value.toString().split(QLatin1Char(','));
    }
    QSet<QString> keys;
    for (const QString &item : std::as_const(items)) {
        const QString key = item.trimmed();
        if (!key.isEmpty()) {
            keys.insert(key);
        }
    }
    return keys;
}

} // namespace

ManagedSettings ManagedSettings::load() {
    return load(QCoreApplication::organizationName(), QCoreApplication::applicationName());
}

ManagedSettings ManagedSettings::load(const QString &organization, const QString &application) {
    ManagedSettings settings;
    settings.m_organization = organization;
    settings.m_application = application;

    // A file that is not a regular one (a FIFO would block the first read forever) is named
    // and its layer skipped.
    const QStringList systemFiles =
        settingsFiles(QSettings::SystemScope, organization, clinic_keys::kSystemFileName);
    settings.m_systemFile = systemFiles.value(0);
    const QStringList systemProblems =
        settingsFileProblems(QSettings::SystemScope, organization, clinic_keys::kSystemFileName);
    settings.m_problems += systemProblems;
    if (systemProblems.isEmpty()) {
        const QSettings system(QSettings::NativeFormat, QSettings::SystemScope, organization,
                               clinic_keys::kSystemFileName);
        settings.m_systemFile = system.fileName();
        settings.m_system = readAll(system);
        settings.m_locked = lockedKeys(settings.m_system.take(clinic_keys::kLocked));
        settings.checkSystemFormat(system.status());
    }

    const QStringList userProblems =
        settingsFileProblems(QSettings::UserScope, organization, application);
    for (const QString &problem : userProblems) {
        if (!settings.m_problems.contains(problem)) {
            settings.m_problems.append(problem);
        }
    }
    settings.m_unsafeUser = !userProblems.isEmpty();
    if (settings.m_unsafeUser) {
        return settings;
    }
    QSettings user(QSettings::NativeFormat, QSettings::UserScope, organization, application);
    user.setFallbacksEnabled(false);
    settings.m_user = readAll(user);
    settings.adoptLegacyClinicKeys();
    return settings;
}

void ManagedSettings::checkSystemFormat(int status) {
    if (status == QSettings::FormatError) {
        m_problems.append(
            QCoreApplication::translate("ManagedSettings",
                                        "%1: the file is not a valid settings file; its values "
                                        "were ignored. Check its [section] and key=value lines.")
                .arg(m_systemFile));
        m_system.clear();
        m_locked.clear();
    }
}

void ManagedSettings::adoptLegacyClinicKeys() {
    // Before clinic.conf, administrators put the clinic in the program's own system file
    // (<organization>/<application>.conf) and the composer copied it into every user's file
    // under the same keys. The old system values still count, below clinic.conf's; an old
    // user value counts only if it is not such a copy.
    QSettings legacy(QSettings::NativeFormat, QSettings::SystemScope, m_organization,
                     m_application);
    legacy.setFallbacksEnabled(false);
    const QList<std::pair<QString, QString>> renamed = {
        {QStringLiteral("handout/clinic_name"), clinic_keys::kClinicName},
        {QStringLiteral("handout/clinic_phone"), clinic_keys::kClinicPhone}};
    for (const auto &[oldKey, newKey] : renamed) {
        const QVariant oldSystem = legacy.value(oldKey);
        if (oldSystem.isValid() && !m_system.contains(newKey)) {
            m_system.insert(newKey, oldSystem);
            m_problems.append(QCoreApplication::translate(
                                  "ManagedSettings", "%1: %2 is still read, as %3; move it to %4.")
                                  .arg(legacy.fileName(), oldKey, newKey, m_systemFile));
        }
        const QVariant oldUser = m_user.take(oldKey);
        const bool copied = oldSystem.isValid() && oldUser.toString() == oldSystem.toString();
        if (oldUser.isValid() && !copied && !m_user.contains(newKey)) {
            m_user.insert(newKey, oldUser);
        }
    }
}

bool ManagedSettings::isPolicyKey(const QString &key) {
    return key.startsWith(QLatin1String("kiosk/")) || key == clinic_keys::kSavingAllowed;
}

bool ManagedSettings::isLocked(const QString &key) const {
    return isPolicyKey(key) || m_locked.contains(key);
}

ManagedSettings::Source ManagedSettings::source(const QString &key) const {
    if (!isLocked(key) && m_user.contains(key)) {
        return Source::User;
    }
    return m_system.contains(key) ? Source::System : Source::None;
}

QVariant ManagedSettings::value(const QString &key) const {
    switch (source(key)) {
    case Source::User:
        return m_user.value(key);
    case Source::System:
        return m_system.value(key);
    case Source::None:
        break;
    }
    return {};
}

bool ManagedSettings::setUserValue(const QString &key, const QVariant &value) {
    if (isLocked(key) || m_unsafeUser) {
        return false;
    }
    QSettings user(QSettings::NativeFormat, QSettings::UserScope, m_organization, m_application);
    user.setFallbacksEnabled(false);
    const QVariant system = m_system.value(key);
    const bool followsSystem =
        system.isValid() ? value.toString() == system.toString() : value.toString().isEmpty();
    if (followsSystem) {
        user.remove(key);
        m_user.remove(key);
    } else {
        user.setValue(key, value);
        m_user.insert(key, value);
    }
    user.sync();
    return user.status() == QSettings::NoError;
}

void ManagedSettings::report(const QString &key, const QString &problem) const {
    const QString line = QStringLiteral("%1: %2: %3").arg(m_systemFile, key, problem);
    if (!m_problems.contains(line)) {
        m_problems.append(line);
    }
}

bool ManagedSettings::flag(const QString &key, bool fallback) const {
    const QVariant raw = value(key);
    if (!raw.isValid()) {
        return fallback;
    }
    const QString text = raw.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("yes") ||
        text == QLatin1String("on") || text == QLatin1String("1")) {
        return true;
    }
    if (text == QLatin1String("false") || text == QLatin1String("no") ||
        text == QLatin1String("off") || text == QLatin1String("0")) {
        return false;
    }
    report(key,
           QCoreApplication::translate("ManagedSettings", "\"%1\" is not true or false; using %2.")
               .arg(raw.toString(), fallback ? QStringLiteral("true") : QStringLiteral("false")));
    return fallback;
}

int ManagedSettings::seconds(const QString &key, int fallback, int minimum, int maximum) const {
    const QVariant raw = value(key);
    if (!raw.isValid()) {
        return fallback;
    }
    bool ok = false;
    const int number = raw.toString().trimmed().toInt(&ok);
    if (!ok || number < minimum || number > maximum) {
        report(key, QCoreApplication::translate("ManagedSettings",
                                                "\"%1\" is not a number of seconds from %2 to "
                                                "%3; using %4.")
                        .arg(raw.toString())
                        .arg(minimum)
                        .arg(maximum)
                        .arg(fallback));
        return fallback;
    }
    return number;
}

} // namespace cg
