// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handout/handout_request.h"

#include <QString>

namespace cg {

class ManagedSettings;

// The clinic's name and phone as printed on handouts. Each field comes from the first source
// that has a non-empty value: the explicit one given here (the command line, or a field the
// user is editing), then the user's own setting unless the administrator locked it, then the
// system-wide clinic.conf.
struct ClinicDetails {
    QString name;
    QString phone;

    static ClinicDetails resolve(const ManagedSettings &settings,
                                 const ClinicDetails &explicitValues = {});
};

// What a new handout starts from when nobody asked for anything else.
struct HandoutDefaults {
    QString language; // empty: the window's (or the system's) language
    HandoutRequest::Paper paper = HandoutRequest::Paper::FromLocale;
    QString preset;            // empty: the composer's usual first preset, or all sections
    bool savingAllowed = true; // may the window save PDF or HTML files

    static HandoutDefaults from(const ManagedSettings &settings);
};

// Kiosk mode: full screen, no way out but the administrator's key combination, no files
// written, back to the start after idleTimeoutSeconds without input.
struct KioskPolicy {
    static constexpr int kDefaultIdleTimeoutSeconds = 120;
    static constexpr int kMinimumIdleTimeoutSeconds = 1;
    static constexpr int kMaximumIdleTimeoutSeconds = 24 * 60 * 60;

    bool enabled = false;
    int idleTimeoutSeconds = kDefaultIdleTimeoutSeconds;
    bool printingAllowed = true;

    static KioskPolicy from(const ManagedSettings &settings);
};

// "a4", "letter" and "auto" (or nothing): the paper names clinic.conf and --paper share.
// Returns false for any other name.
bool paperFromName(const QString &name, HandoutRequest::Paper *paper);
QString paperName(HandoutRequest::Paper paper);

} // namespace cg
