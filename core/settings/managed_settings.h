// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace cg {

// Settings an administrator manages for every user of a computer, layered over each user's
// own. The system layer is one INI file (QSettings' native format on Linux, hence .conf), <system
// config>/<organization>/clinic.conf (on Linux /etc/xdg/CalcinosisGuide/clinic.conf), read with
// QSettings::SystemScope; the user layer is the user's ordinary settings file, read without
// QSettings' own fallback to system files. Neither is ever copied into the other: a value the
// administrator changes reaches every user who has not chosen their own.
//
// Resolution, key by key:
//   - a policy key (see isPolicyKey) comes from the system file only;
//   - a key listed in the system file's top-level `locked` list comes from the system file;
//   - otherwise the user's own value wins, and the system's value is the default.
class ManagedSettings {
public:
    enum class Source { None, System, User };

    // Reads both layers now, for the running application's organization and name.
    static ManagedSettings load();
    static ManagedSettings load(const QString &organization, const QString &application);

    // The system file's name, for messages and documentation ("/etc/xdg/.../clinic.conf").
    QString systemFilePath() const { return m_systemFile; }

    // The value in force for key, or an invalid QVariant if no layer has one.
    QVariant value(const QString &key) const;
    QString string(const QString &key) const { return value(key).toString().trimmed(); }
    Source source(const QString &key) const;
    QVariant systemValue(const QString &key) const { return m_system.value(key); }
    QVariant userValue(const QString &key) const { return m_user.value(key); }

    // True when the user's own value is ignored for key: it is locked, or it is a policy.
    bool isLocked(const QString &key) const;
    // Kiosk and saving policies: an administrator's decision, never a user's preference.
    static bool isPolicyKey(const QString &key);

    // Remembers the user's own choice for key. A locked key stores nothing and returns false.
    // A value equal to the system's (or empty with no system value) removes the user's entry,
    // so the user keeps following the administrator's value when it changes.
    bool setUserValue(const QString &key, const QVariant &value);

    // One line per unusable entry in the system file (what, where, what was used instead);
    // filled by the typed readers below as they meet bad values.
    QStringList problems() const { return m_problems; }

    // Typed readers. A value that cannot be read as the type is reported in problems() and
    // the fallback used.
    bool flag(const QString &key, bool fallback) const;
    int seconds(const QString &key, int fallback, int minimum, int maximum) const;
    // Records that key's value could not be used: "<file>: <key>: <problem>".
    void report(const QString &key, const QString &problem) const;

private:
    ManagedSettings() = default;
    void adoptLegacyClinicKeys();
    void checkSystemFormat(int status);

    QString m_organization;
    QString m_application;
    QString m_systemFile;
    QVariantMap m_system;
    QVariantMap m_user;
    QSet<QString> m_locked;
    mutable QStringList m_problems;
    bool m_unsafeUser = false; // a file the user layer reads is not a regular file: never written
};

} // namespace cg
